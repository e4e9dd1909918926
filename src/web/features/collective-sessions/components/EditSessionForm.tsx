import { Button } from '@codegouvfr/react-dsfr/Button';
import { useRef, useState, type FormEvent } from 'react';
import type { CollectiveSession } from '../../../../shared/contracts/collective-sessions.ts';
import { errorMessages } from '../../../api/client.ts';
import { ErrorSummary, focusSoon } from '../../../components/ErrorSummary.tsx';
import { useUpdateSession } from '../api/sessions.ts';
import { SessionFields } from './SessionFields.tsx';
import { changesFrom, changesInvitation, formFieldErrors, readValues, summaryOf, valuesOf, type SessionFormValues } from './session-form-values.ts';

/** What came of a submission: saved (and whether the registered people were sent the updated invitation), or nothing to save. */
export type EditOutcome = { saved: CollectiveSession; toldRegistered: number } | { saved: null };

/** « 1 personne inscrite », « 37 personnes inscrites ». */
const registeredText = (n: number) => (n === 1 ? '1 personne inscrite' : `${n} personnes inscrites`);

/**
 * The organiser changes a session not yet started: the creation form's fields, pre-filled. Only
 * the fields changed are sent, so that the registered people hear of a new time or place and of
 * nothing else; the server's refusals go next to their fields.
 */
export function EditSessionForm({ session: s, audienceDepartements, onDone, onAbandon }: {
  session: CollectiveSession; audienceDepartements: string[]; onDone: (outcome: EditOutcome) => void; onAbandon: () => void;
}) {
  const update = useUpdateSession();
  const [v, setV] = useState<SessionFormValues>(() => valuesOf(s));
  const [errors, setErrors] = useState<Record<string, string>>({});
  const summaryRef = useRef<HTMLDivElement>(null);
  const registered = s.capacity - s.seatsLeft;
  const set = <K extends keyof SessionFormValues>(key: K, value: SessionFormValues[K]) => {
    setV((p) => ({ ...p, [key]: value }));
    setErrors(({ [key]: _, ...rest }) => rest);
  };

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    const { errors: found, fields } = readValues(v);
    setErrors(found);
    if (fields === null) { focusSoon(() => summaryRef.current); return; }
    const changes = changesFrom(s, fields);
    if (Object.keys(changes).length === 0) { onDone({ saved: null }); return; }
    update.mutate({ id: s.id, body: changes }, {
      onSuccess: (saved) => onDone({ saved, toldRegistered: changesInvitation(changes) ? registered : 0 }),
      onError: (error) => {
        const { summary, fields: failed } = errorMessages(error, 'Les modifications n’ont pas pu être enregistrées. Réessayez.');
        setErrors(Object.keys(failed).length > 0 ? formFieldErrors(failed) : { form: summary });
        focusSoon(() => summaryRef.current);
      },
    });
  };

  return (
    <form onSubmit={onSubmit} noValidate aria-busy={update.isPending}>
      <ErrorSummary ref={summaryRef} items={summaryOf(errors)} title={errors.form ? 'Les modifications n’ont pas pu être enregistrées' : undefined} />
      <p className="fr-hint-text">
        Sauf mention contraire, tous les champs sont obligatoires. Les heures sont celles de Paris.
        {registered > 0 && ` ${registeredText(registered)} : si vous changez le titre, la date, les heures ou le lieu, ${registered === 1 ? 'elle reçoit' : 'elles reçoivent'} un courriel avec l’invitation mise à jour pour leur agenda.`}
      </p>
      <SessionFields values={v} set={set} errors={errors} audienceDepartements={[...new Set([...audienceDepartements, ...s.audience.departements])]} />
      <ul className="fr-btns-group fr-btns-group--inline-md fr-mb-0">
        <li><Button type="submit" disabled={update.isPending}>Enregistrer les modifications</Button></li>
        <li><Button type="button" priority="secondary" onClick={onAbandon} disabled={update.isPending}>Annuler les modifications</Button></li>
      </ul>
    </form>
  );
}
