import { Button } from '@codegouvfr/react-dsfr/Button';
import { Input } from '@codegouvfr/react-dsfr/Input';
import { Select } from '@codegouvfr/react-dsfr/Select';
import { useRef, useState, type FormEvent } from 'react';
import type { ListeningLineBody, ListeningLineSettings } from '../../../../shared/contracts/knowledge-base-editor.ts';
import {
  DEFAULT_LISTENING_LINE_LABEL, LISTENING_LINE_HOURS_MAX, LISTENING_LINE_LABEL_MAX, LISTENING_LINE_PHONE_MAX, PHONE_FORMAT_MESSAGE, frenchPhoneNumber,
} from '../../../../shared/listening-line.ts';
import { ACADEMIES, academieLabel, elide } from '../../../../shared/territories.ts';
import { errorMessages } from '../../../api/client.ts';
import { ErrorSummary, focusSoon, type SummaryItem } from '../../../components/ErrorSummary.tsx';
import { ErrorAlert, Loading } from '../../../components/QueryStates.tsx';
import { useRequiredSession } from '../../../components/RequireAbility.tsx';
import { spaceGrants } from '../../../components/spaces.ts';
import { useListeningLine, useSaveListeningLine } from '../api/contents.ts';

const FIELDS = {
  label: { id: 'ligne-ecoute-nom', label: 'Nom de la ligne' },
  phone: { id: 'ligne-ecoute-telephone', label: 'Numéro de téléphone' },
  hours: { id: 'ligne-ecoute-horaires', label: 'Horaires' },
} as const;
type Field = keyof typeof FIELDS;
type Errors = Partial<Record<Field | 'form', string>>;

/** The académies whose line this editor sets: theirs, or every one for a national editor. */
function useEditedAcademies(): string[] {
  const grants = spaceGrants(useRequiredSession(), 'editContent').map((grant) => grant.territory);
  if (grants.some((t) => t.level === 'national')) return ACADEMIES.map((a) => a.code);
  return grants.filter((t) => t.level === 'academie').map((t) => t.code);
}

/**
 * « Ligne d'écoute »: the number the assistant gives an agent whose question touches health,
 * violence, harassment or distress, beside the offer to write to an adviser. Each académie sets
 * its own; without one, the assistant gives none.
 */
export function ListeningLineTab() {
  const academies = useEditedAcademies();
  const [chosen, setChosen] = useState<string | null>(academies.length === 1 ? academies[0]! : null);
  const settings = useListeningLine(chosen);

  return (
    <section aria-labelledby="ligne-ecoute-titre" className="fr-mb-6w">
      <h2 id="ligne-ecoute-titre" className="fr-h4">Ligne d’écoute de l’académie</h2>
      <p>
        Quand une question touche à la santé, à la sécurité, au harcèlement ou à une situation de détresse, l’assistant « Poser une
        question » propose d’écrire à un conseiller et donne ce numéro, pour parler tout de suite à quelqu’un. La mallette de
        l’accompagnement l’affiche aussi.
      </p>
      {academies.length > 1 && (
        <Select label="Académie" className="fr-col-md-6"
          nativeSelectProps={{ id: 'ligne-ecoute-academie', value: chosen ?? '', onChange: (e) => setChosen(e.target.value === '' ? null : e.target.value) }}>
          <option value="" disabled>Choisir l’académie</option>
          {ACADEMIES.filter((a) => academies.includes(a.code)).map((a) => <option key={a.code} value={a.code}>{academieLabel(a.code)}</option>)}
        </Select>
      )}
      {settings.isPending && chosen !== null && <Loading />}
      {settings.isError && <ErrorAlert error={settings.error} title="La ligne d’écoute n’a pas pu être chargée" />}
      {settings.data && <ListeningLineForm key={settings.data.academie.code} settings={settings.data} />}
    </section>
  );
}

function ListeningLineForm({ settings }: { settings: ListeningLineSettings }) {
  const save = useSaveListeningLine(settings.academie.code);
  const current = settings.listeningLine;
  const academie = `académie ${elide('de', settings.academie.name)}`;
  const [values, setValues] = useState({ label: current?.label ?? DEFAULT_LISTENING_LINE_LABEL, phone: current?.phone ?? '', hours: current?.hours ?? '' });
  const [errors, setErrors] = useState<Errors>({});
  const [done, setDone] = useState<string | null>(null);
  const summaryRef = useRef<HTMLDivElement>(null);

  const fail = (found: Errors) => {
    setErrors(found);
    focusSoon(() => summaryRef.current);
  };

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    setDone(null);
    const found: Errors = {};
    if (values.label.trim() === '') found.label = 'Indiquez le nom de la ligne, tel que les agents le liront.';
    else if (values.label.trim().length > LISTENING_LINE_LABEL_MAX) found.label = `Le nom dépasse ${LISTENING_LINE_LABEL_MAX} caractères.`;
    if (values.phone.trim() === '') found.phone = 'Indiquez le numéro de la ligne.';
    else if (frenchPhoneNumber(values.phone) === null) found.phone = PHONE_FORMAT_MESSAGE;
    if (values.hours.trim().length > LISTENING_LINE_HOURS_MAX) found.hours = `Les horaires dépassent ${LISTENING_LINE_HOURS_MAX} caractères.`;
    if (Object.keys(found).length > 0) {
      fail(found);
      return;
    }
    const body: ListeningLineBody = { label: values.label.trim(), phone: values.phone.trim(), hours: values.hours.trim() };
    save.mutate(body, {
      onSuccess: (saved) => {
        setErrors({});
        const line = saved.listeningLine;
        if (line) setValues({ label: line.label, phone: line.phone, hours: line.hours ?? '' });
        setDone(`La ligne d’écoute est enregistrée : l’assistant donne désormais le ${line?.phone ?? values.phone}.`);
      },
      onError: (error) => {
        const { summary, fields } = errorMessages(error, 'La ligne d’écoute n’a pas pu être enregistrée.');
        fail(Object.keys(fields).length > 0 ? fields : { form: summary });
      },
    });
  };

  const summary: SummaryItem[] = Object.entries(errors).map(([field, message]) => (field in FIELDS
    ? { message: message!, targetId: FIELDS[field as Field].id, label: FIELDS[field as Field].label }
    : { message: message! }));
  const fieldProps = (field: Field) => ({
    ...(errors[field] ? { state: 'error' as const, stateRelatedMessage: errors[field] } : {}),
    nativeInputProps: {
      id: FIELDS[field].id, value: values[field], autoComplete: 'off',
      onChange: (e: { target: { value: string } }) => setValues({ ...values, [field]: e.target.value }),
    },
  });

  return (
    <>
      <p className="fr-mb-2w">
        {current
          ? <>Aujourd’hui, pour l’{academie}, l’assistant donne : <strong>{current.label}</strong>, au <strong>{current.phone}</strong>{current.hours ? ` (${current.hours})` : ''}.</>
          : <>L’{academie} n’a pas encore de ligne d’écoute : l’assistant n’en donne aucune.</>}
      </p>
      <p role="status" aria-live="polite" className="fr-text--sm">{done ?? ''}</p>
      <ErrorSummary ref={summaryRef} items={summary} />
      <form onSubmit={onSubmit} noValidate className="fr-col-md-8">
        <Input label={FIELDS.label.label} hintText="Tel que les agents le liront : « Cellule d’écoute des psychologues du travail »" {...fieldProps('label')} />
        <Input label={FIELDS.phone.label} hintText="10 chiffres (03 22 82 38 25), ou un numéro court à 4 chiffres (3114)"
          {...fieldProps('phone')} nativeInputProps={{ ...fieldProps('phone').nativeInputProps, type: 'tel', maxLength: LISTENING_LINE_PHONE_MAX }} />
        <Input label={`${FIELDS.hours.label} (facultatif)`} hintText="Par exemple : « Du lundi au vendredi, de 9 h à 17 h »" {...fieldProps('hours')} />
        <Button type="submit" disabled={save.isPending}>Enregistrer la ligne d’écoute</Button>
      </form>
    </>
  );
}
