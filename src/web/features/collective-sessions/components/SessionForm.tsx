import { Button } from '@codegouvfr/react-dsfr/Button';
import { Select } from '@codegouvfr/react-dsfr/Select';
import { useRef, useState, type FormEvent } from 'react';
import type { CollectiveSession } from '../../../../shared/contracts/collective-sessions.ts';
import { departementName } from '../../../../shared/territories.ts';
import { errorMessages } from '../../../api/client.ts';
import { ErrorSummary, focusSoon } from '../../../components/ErrorSummary.tsx';
import { useCreateSession } from '../api/sessions.ts';
import { SessionFields } from './SessionFields.tsx';
import { blankValues, formFieldErrors, readValues, summaryOf, type SessionFormValues } from './session-form-values.ts';

/** The organiser's form: a new session (title, kind, when in Paris time, where, capacity, audience). */
export function SessionForm({ departements, onCreated }: { departements: string[]; onCreated: (s: CollectiveSession) => void }) {
  const create = useCreateSession();
  const [v, setV] = useState<SessionFormValues>(() => blankValues(departements));
  const [errors, setErrors] = useState<Record<string, string>>({});
  const summaryRef = useRef<HTMLDivElement>(null);
  const set = <K extends keyof SessionFormValues>(key: K, value: SessionFormValues[K]) => {
    setV((p) => ({ ...p, [key]: value }));
    setErrors(({ [key]: _, ...rest }) => rest);
  };

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    const { errors: found, fields } = readValues(v);
    setErrors(found);
    if (fields === null) { focusSoon(() => summaryRef.current); return; }
    create.mutate({ ...fields, ...(v.departement ? { departement: v.departement } : {}) }, {
      onSuccess: onCreated,
      onError: (error) => {
        const { summary, fields: failed } = errorMessages(error, 'L’atelier n’a pas pu être programmé. Réessayez.');
        setErrors(Object.keys(failed).length > 0 ? formFieldErrors(failed) : { form: summary });
        focusSoon(() => summaryRef.current);
      },
    });
  };

  return (
    <form onSubmit={onSubmit} noValidate aria-busy={create.isPending}>
      <ErrorSummary ref={summaryRef} items={summaryOf(errors)} title={errors.form ? 'L’atelier n’a pas pu être programmé' : undefined} />
      <p className="fr-hint-text">Sauf mention contraire, tous les champs sont obligatoires. Les heures sont celles de Paris.</p>
      <SessionFields values={v} set={set} errors={errors} audienceDepartements={departements} afterPlace={departements.length > 1 && (
        <Select label="Département où il a lieu" {...(errors.departement === undefined ? {} : { state: 'error' as const, stateRelatedMessage: errors.departement })}
          nativeSelectProps={{ id: 'atelier-departement', value: v.departement, onChange: (e) => set('departement', e.target.value) }}>
          {departements.map((d) => <option key={d} value={d}>{departementName(d)} ({d})</option>)}
        </Select>
      )} />
      <Button type="submit" disabled={create.isPending}>Programmer</Button>
    </form>
  );
}
