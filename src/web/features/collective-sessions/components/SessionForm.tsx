import { Button } from '@codegouvfr/react-dsfr/Button';
import { Checkbox } from '@codegouvfr/react-dsfr/Checkbox';
import { Input } from '@codegouvfr/react-dsfr/Input';
import { RadioButtons } from '@codegouvfr/react-dsfr/RadioButtons';
import { Select } from '@codegouvfr/react-dsfr/Select';
import { useRef, useState, type FormEvent } from 'react';
import type { CollectiveSession, CreateSessionBody } from '../../../../shared/contracts/collective-sessions.ts';
import { SESSION_CAPACITY_MAX, SESSION_DESCRIPTION_MAX, SESSION_TITLE_MAX } from '../../../../shared/contracts/limits.ts';
import { AGENT_CATEGORIES, AGENT_CATEGORY_LABELS, SESSION_KINDS, SESSION_KIND_LABELS, type AgentCategory, type SessionKind } from '../../../../shared/glossary.ts';
import { departementName } from '../../../../shared/territories.ts';
import { errorMessages } from '../../../api/client.ts';
import { ErrorSummary, focusSoon, type SummaryItem } from '../../../components/ErrorSummary.tsx';
import { useCreateSession } from '../api/sessions.ts';
import { parisInstant } from './paris-time.ts';

const PLACES = [
  { kind: 'dsden', label: 'DSDEN' }, { kind: 'rectorat', label: 'Rectorat' }, { kind: 'establishment', label: 'Établissement (code UAI)' },
  { kind: 'visio', label: 'Visioconférence (webinaire)' },
] as const;
type PlaceKind = (typeof PLACES)[number]['kind'];

const LABELS: Record<string, string> = {
  title: 'Titre', kind: 'Type', description: 'Description', day: 'Date', start: 'Heure de début', end: 'Heure de fin', placeKind: 'Lieu',
  label: 'Nom du lieu', address: 'Adresse', uai: 'Code UAI', url: 'Lien de la visioconférence', capacity: 'Nombre de places',
  departement: 'Département', departements: 'Départements', startsAt: 'Date et heure de début', endsAt: 'Heure de fin',
};

/** The organiser's form: a new session (title, kind, when in Paris time, where, capacity, audience). */
export function SessionForm({ departements, onCreated }: { departements: string[]; onCreated: (s: CollectiveSession) => void }) {
  const create = useCreateSession();
  const [v, setV] = useState({
    title: '', kind: 'information_meeting' as SessionKind, description: '', day: '', start: '09:30', end: '11:30', placeKind: 'dsden' as PlaceKind,
    label: '', address: '', uai: '', url: '', capacity: '20', departement: departements[0] ?? '', audience: [] as string[], categories: [] as AgentCategory[],
  });
  const [errors, setErrors] = useState<Record<string, string>>({});
  const summaryRef = useRef<HTMLDivElement>(null);
  const set = <K extends keyof typeof v>(key: K, value: (typeof v)[K]) => { setV((p) => ({ ...p, [key]: value })); setErrors(({ [key]: _, ...rest }) => rest); };
  const state = (field: string) => (errors[field] === undefined ? {} : { state: 'error' as const, stateRelatedMessage: errors[field] });

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    const found: Record<string, string> = {};
    if (v.title.trim() === '') found.title = 'Indiquez le titre.';
    if (v.label.trim() === '') found.label = 'Indiquez le nom du lieu.';
    const startsAt = parisInstant(v.day, v.start);
    const endsAt = parisInstant(v.day, v.end);
    if (startsAt === null) found.day = 'Indiquez la date et l’heure de début.';
    if (endsAt === null) found.end = 'Indiquez l’heure de fin.';
    const capacity = Number(v.capacity);
    if (!Number.isInteger(capacity) || capacity < 1 || capacity > SESSION_CAPACITY_MAX) found.capacity = `Indiquez un nombre de places entre 1 et ${SESSION_CAPACITY_MAX}.`;
    setErrors(found);
    if (Object.keys(found).length > 0 || startsAt === null || endsAt === null) { focusSoon(() => summaryRef.current); return; }
    const body: CreateSessionBody = {
      title: v.title.trim(), kind: v.kind, ...(v.description.trim() ? { description: v.description } : {}), startsAt, endsAt,
      place: { kind: v.placeKind, label: v.label.trim(), ...(v.address.trim() ? { address: v.address.trim() } : {}),
        ...(v.placeKind === 'establishment' ? { uai: v.uai.trim().toUpperCase() } : {}), ...(v.placeKind === 'visio' ? { url: v.url.trim() } : {}) },
      capacity, audience: { departements: v.audience, categories: v.categories },
      ...(v.departement ? { departement: v.departement } : {}),
    };
    create.mutate(body, {
      onSuccess: onCreated,
      onError: (error) => {
        const { summary, fields } = errorMessages(error, 'L’atelier n’a pas pu être programmé. Réessayez.');
        setErrors(Object.keys(fields).length > 0 ? fields : { form: summary });
        focusSoon(() => summaryRef.current);
      },
    });
  };

  const summary: SummaryItem[] = Object.entries(errors).map(([field, message]) => (field === 'form' ? { message }
    : { message, targetId: `atelier-${field}`, label: LABELS[field] ?? field }));

  return (
    <form onSubmit={onSubmit} noValidate aria-busy={create.isPending}>
      <ErrorSummary ref={summaryRef} items={summary} title={errors.form ? 'L’atelier n’a pas pu être programmé' : undefined} />
      <p className="fr-hint-text">Sauf mention contraire, tous les champs sont obligatoires. Les heures sont celles de Paris.</p>
      <Input label="Titre" hintText="Par exemple : « Présentation des circulaires mobilité »" {...state('title')}
        nativeInputProps={{ id: 'atelier-title', value: v.title, maxLength: SESSION_TITLE_MAX, onChange: (e) => set('title', e.target.value) }} />
      <Select label="Type" nativeSelectProps={{ id: 'atelier-kind', value: v.kind, onChange: (e) => set('kind', e.target.value as SessionKind) }}>
        {SESSION_KINDS.map((k) => <option key={k} value={k}>{SESSION_KIND_LABELS[k]}</option>)}
      </Select>
      <Input label="Description (facultatif)" textArea hintText="Texte simple : le programme, le public, ce qu’il faut apporter." {...state('description')}
        nativeTextAreaProps={{ id: 'atelier-description', value: v.description, rows: 4, maxLength: SESSION_DESCRIPTION_MAX, onChange: (e) => set('description', e.target.value) }} />
      <div className="fr-grid-row fr-grid-row--gutters">
        <div className="fr-col-12 fr-col-md-4">
          <Input label="Date" {...state('day')} nativeInputProps={{ id: 'atelier-day', type: 'date', value: v.day, onChange: (e) => set('day', e.target.value) }} />
        </div>
        <div className="fr-col-6 fr-col-md-4">
          <Input label="Heure de début" {...state('start')} nativeInputProps={{ id: 'atelier-start', type: 'time', value: v.start, onChange: (e) => set('start', e.target.value) }} />
        </div>
        <div className="fr-col-6 fr-col-md-4">
          <Input label="Heure de fin" {...state('end')} nativeInputProps={{ id: 'atelier-end', type: 'time', value: v.end, onChange: (e) => set('end', e.target.value) }} />
        </div>
      </div>
      <RadioButtons legend="Lieu" name="atelier-place" orientation="horizontal" {...state('placeKind')}
        options={PLACES.map((p) => ({ label: p.label, nativeInputProps: { value: p.kind, checked: v.placeKind === p.kind, onChange: () => set('placeKind', p.kind) } }))} />
      <Input label="Nom du lieu" hintText="Par exemple : « DSDEN de la Somme, salle 2 » ou « Webinaire »" {...state('label')}
        nativeInputProps={{ id: 'atelier-label', value: v.label, maxLength: 200, onChange: (e) => set('label', e.target.value) }} />
      {v.placeKind === 'visio' ? (
        <Input label="Lien de la visioconférence" hintText="Adresse commençant par https://, donnée aux seuls inscrits" {...state('url')}
          nativeInputProps={{ id: 'atelier-url', type: 'url', value: v.url, onChange: (e) => set('url', e.target.value) }} />
      ) : (
        <>
          {v.placeKind === 'establishment' && (
            <Input label="Code UAI de l’établissement" hintText="8 caractères, par exemple 0801004D" {...state('uai')}
              nativeInputProps={{ id: 'atelier-uai', value: v.uai, maxLength: 8, onChange: (e) => set('uai', e.target.value) }} />
          )}
          <Input label="Adresse (facultatif)" {...state('address')}
            nativeInputProps={{ id: 'atelier-address', value: v.address, maxLength: 300, onChange: (e) => set('address', e.target.value) }} />
        </>
      )}
      {departements.length > 1 && (
        <Select label="Département où il a lieu" {...state('departement')}
          nativeSelectProps={{ id: 'atelier-departement', value: v.departement, onChange: (e) => set('departement', e.target.value) }}>
          {departements.map((d) => <option key={d} value={d}>{departementName(d)} ({d})</option>)}
        </Select>
      )}
      <Input label="Nombre de places" {...state('capacity')}
        nativeInputProps={{ id: 'atelier-capacity', type: 'number', min: 1, max: SESSION_CAPACITY_MAX, inputMode: 'numeric', value: v.capacity, onChange: (e) => set('capacity', e.target.value) }} />
      {departements.length > 0 && (
        <Checkbox legend="Pour les agents de (facultatif)" hintText="Aucun coché : toute l’académie." orientation="horizontal" {...state('departements')}
          options={departements.map((d) => ({ label: `${departementName(d)} (${d})`, nativeInputProps: {
            checked: v.audience.includes(d), onChange: () => set('audience', v.audience.includes(d) ? v.audience.filter((x) => x !== d) : [...v.audience, d]) } }))} />
      )}
      <Checkbox legend="Catégories de personnels (facultatif)" hintText="Aucune cochée : tous les personnels." orientation="horizontal"
        options={AGENT_CATEGORIES.map((c) => ({ label: AGENT_CATEGORY_LABELS[c], nativeInputProps: {
          checked: v.categories.includes(c), onChange: () => set('categories', v.categories.includes(c) ? v.categories.filter((x) => x !== c) : [...v.categories, c]) } }))} />
      <Button type="submit" disabled={create.isPending}>Programmer</Button>
    </form>
  );
}
