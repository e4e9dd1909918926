import { Button } from '@codegouvfr/react-dsfr/Button';
import { Checkbox } from '@codegouvfr/react-dsfr/Checkbox';
import { Input } from '@codegouvfr/react-dsfr/Input';
import { RadioButtons } from '@codegouvfr/react-dsfr/RadioButtons';
import { Select } from '@codegouvfr/react-dsfr/Select';
import { useRef, useState, type FormEvent } from 'react';
import { CONTACT_POINT_KIND_LABELS, CONTACT_POINT_KINDS } from '../../../../shared/glossary.ts';
import type { ContactPoint, ContactPointKind, CreateContactPointBody, TerritoryInput } from '../../../../shared/contracts/orientation.ts';
import { CONTACT_POINT_NAME_MAX, CONTACT_POINT_PHONE_MAX, CONTACT_POINT_TEXT_MAX } from '../../../../shared/contracts/limits.ts';
import { AGENT_CATEGORIES, AGENT_CATEGORY_LABELS, TOPIC_LABELS, TOPICS, type AgentCategory, type Topic } from '../../../../shared/glossary.ts';
import { ACADEMIES, academieLabel } from '../../../../shared/territories.ts';
import { errorMessages } from '../../../api/client.ts';
import { ErrorSummary, focusSoon, type SummaryItem } from '../../../components/ErrorSummary.tsx';
import { useCharacterLimit } from '../../requests/components/characterLimit.tsx';
import { useAcademie } from '../api/directory.ts';

/** The field ids, and how the error summary names each field. */
const FIELDS = {
  kind: { id: 'fiche-type', label: 'Type d’interlocuteur' },
  academieCode: { id: 'fiche-academie', label: 'Annuaire' },
  name: { id: 'fiche-nom', label: 'Nom' },
  description: { id: 'fiche-description', label: 'Présentation' },
  email: { id: 'fiche-courriel', label: 'Adresse électronique' },
  phone: { id: 'fiche-telephone', label: 'Téléphone' },
  hours: { id: 'fiche-horaires', label: 'Horaires' },
  address: { id: 'fiche-adresse', label: 'Adresse' },
  website: { id: 'fiche-site', label: 'Site internet' },
  territories: { id: 'fiche-territoire-0', label: 'Territoires couverts' },
  topics: { id: 'fiche-theme-0', label: 'Thèmes traités' },
  categories: { id: 'fiche-categorie-0', label: 'Personnels concernés' },
} as const;
type Field = keyof typeof FIELDS;
/** The server names a territory's error by its part (`territories.0.code` reads as `code`). */
const TERRITORY_PARTS = new Set(['level', 'code', 'departementCode', 'label']);

const NATIONAL = 'national';

export interface FormValues {
  kind: ContactPointKind | '';
  academieCode: string;
  name: string;
  description: string;
  email: string;
  phone: string;
  hours: string;
  address: string;
  website: string;
  topics: Topic[];
  categories: AgentCategory[];
  /** The whole académie, or the départements and bassins ticked. */
  wholeAcademie: boolean;
  departements: string[];
  bassins: string[];
  /** The bassins already covered, with their département and name (a bassin named freely is not in the académie's list). */
  knownBassins: Array<{ code: string; name: string; departementCode: string }>;
}

export function valuesOf(cp: ContactPoint): FormValues {
  return {
    kind: cp.kind, academieCode: cp.academieCode ?? NATIONAL, name: cp.name, description: cp.description ?? '', email: cp.email ?? '',
    phone: cp.phone ?? '', hours: cp.hours ?? '', address: cp.address ?? '', website: cp.website ?? '', topics: cp.topics, categories: cp.categories,
    wholeAcademie: cp.territories.some((t) => t.level === 'academie' || t.level === 'national'),
    departements: cp.territories.filter((t) => t.level === 'departement').map((t) => t.code),
    bassins: cp.territories.filter((t) => t.level === 'bassin').map((t) => t.code),
    knownBassins: cp.territories.filter((t) => t.level === 'bassin')
      .map((t) => ({ code: t.code, name: t.label, departementCode: t.departementCode ?? '' })),
  };
}

export function emptyValues(academieCode: string | null): FormValues {
  return {
    kind: '', academieCode: academieCode ?? '', name: '', description: '', email: '', phone: '', hours: '', address: '', website: '',
    topics: [], categories: [], wholeAcademie: true, departements: [], bassins: [], knownBassins: [],
  };
}

/** One line for the server: the line breaks of a pasted text become spaces. */
const oneLine = (value: string) => value.replace(/\s*[\r\n\u2028\u2029]+\s*/g, ' ').trim();
const orNull = (value: string) => (oneLine(value) === '' ? null : oneLine(value));
const toggle = <T,>(list: T[], item: T, on: boolean) => (on ? [...list.filter((x) => x !== item), item] : list.filter((x) => x !== item));

/** What the form sends: the body of a creation, whose fields other than kind and académie also make a change. */
export function bodyOf(values: FormValues, bassinsByCode: Map<string, { departementCode: string; name: string }>): CreateContactPointBody {
  const academieCode = values.academieCode === NATIONAL ? null : values.academieCode;
  const territories: TerritoryInput[] = academieCode === null
    ? [{ level: 'national', code: 'FR' }]
    : values.wholeAcademie
      ? [{ level: 'academie', code: academieCode }]
      : [
        ...values.departements.map((code): TerritoryInput => ({ level: 'departement', code })),
        ...values.bassins.map((code): TerritoryInput => {
          const bassin = bassinsByCode.get(code);
          return { level: 'bassin', code, ...(bassin && bassin.departementCode !== '' ? { departementCode: bassin.departementCode, label: bassin.name } : {}) };
        }),
      ];
  return {
    kind: values.kind as ContactPointKind, academieCode, name: oneLine(values.name), description: orNull(values.description),
    email: orNull(values.email), phone: orNull(values.phone), hours: orNull(values.hours), address: orNull(values.address),
    website: orNull(values.website), topics: values.topics, categories: values.categories, territories,
  };
}

interface Props {
  mode: 'create' | 'edit';
  initial: FormValues;
  /** The académies the person may write in (`national` for a national partner); one: fixed. */
  academies: string[];
  submitLabel: string;
  busy: boolean;
  onSubmit: (body: CreateContactPointBody) => Promise<void>;
  onCancel?: () => void;
  failure: string;
}

/** Every field of a contact point, with its counters, the server’s field errors and a summary that leads to each. */
export function ContactPointForm({ mode, initial, academies, submitLabel, busy, onSubmit, onCancel, failure }: Props) {
  const [values, setValues] = useState(initial);
  const [errors, setErrors] = useState<Partial<Record<Field | 'form', string>>>({});
  const summaryRef = useRef<HTMLDivElement>(null);
  const set = <K extends keyof FormValues>(key: K, value: FormValues[K]) => setValues((v) => ({ ...v, [key]: value }));
  const national = values.academieCode === NATIONAL;
  const academie = useAcademie(values.academieCode !== '' && !national ? values.academieCode : null);
  const bassins = [...(academie.data?.bassins ?? []), ...values.knownBassins.filter((k) => !academie.data?.bassins.some((b) => b.code === k.code))];
  const bassinsByCode = new Map(bassins.map((b) => [b.code, b]));

  const limits = {
    name: useCharacterLimit(FIELDS.name.id, values.name, CONTACT_POINT_NAME_MAX),
    description: useCharacterLimit(FIELDS.description.id, values.description, CONTACT_POINT_TEXT_MAX),
    hours: useCharacterLimit(FIELDS.hours.id, values.hours, CONTACT_POINT_TEXT_MAX),
    address: useCharacterLimit(FIELDS.address.id, values.address, CONTACT_POINT_TEXT_MAX),
  };

  function check(): Partial<Record<Field, string>> {
    const local: Partial<Record<Field, string>> = {};
    if (values.kind === '') local.kind = 'Choisissez le type d’interlocuteur.';
    if (values.academieCode === '') local.academieCode = 'Choisissez l’annuaire où le publier.';
    if (oneLine(values.name) === '') local.name = 'Donnez le nom de l’interlocuteur.';
    for (const key of ['name', 'description', 'hours', 'address'] as const) {
      if (limits[key].tooLong) local[key] = `Ce champ dépasse la longueur permise : raccourcissez-le.`;
    }
    if (values.phone.length > CONTACT_POINT_PHONE_MAX || !/^[0-9 +().-]*$/.test(values.phone)) {
      local.phone = 'Indiquez un numéro de téléphone : des chiffres, des espaces et les signes + ( ) . - seulement.';
    }
    if (values.website.trim() !== '' && !/^https:\/\/\S+$/.test(values.website.trim())) local.website = 'Indiquez une adresse qui commence par https://.';
    if (!national && !values.wholeAcademie && values.departements.length + values.bassins.length === 0) {
      local.territories = 'Cochez au moins un département ou un bassin, ou choisissez toute l’académie.';
    }
    return local;
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    const local = check();
    setErrors(local);
    if (Object.keys(local).length > 0) return focusSoon(() => summaryRef.current);
    try {
      await onSubmit(bodyOf(values, bassinsByCode));
      setErrors({});
    } catch (error) {
      const { summary, fields } = errorMessages(error, failure);
      const known: Partial<Record<Field | 'form', string>> = {};
      for (const [field, message] of Object.entries(fields)) {
        if (field in FIELDS) known[field as Field] = message;
        else if (TERRITORY_PARTS.has(field)) known.territories = message;
      }
      setErrors(Object.keys(known).length > 0 ? known : { form: summary });
      focusSoon(() => summaryRef.current);
    }
  }

  const stateOf = (field: Field) => (errors[field] ? { state: 'error' as const, stateRelatedMessage: errors[field] } : {});
  const summary: SummaryItem[] = Object.entries(errors).map(([field, message]) => (field === 'form'
    ? { message }
    : { message, label: FIELDS[field as Field].label, targetId: FIELDS[field as Field].id }));

  return (
    <form onSubmit={submit} noValidate aria-label={mode === 'create' ? 'Nouvel interlocuteur' : 'Informations de l’interlocuteur'}>
      <ErrorSummary ref={summaryRef} items={summary} title={errors.form ? failure : 'Le formulaire contient des erreurs'} />
      <p className="fr-hint-text">Sauf mention contraire, les champs sont facultatifs.</p>
      {mode === 'create' ? (
        <>
          <Select label="Type d’interlocuteur (obligatoire)" {...stateOf('kind')}
            nativeSelectProps={{ id: FIELDS.kind.id, value: values.kind, onChange: (e) => set('kind', e.target.value as ContactPointKind) }}>
            <option value="" disabled>Choisir un type</option>
            {CONTACT_POINT_KINDS.map((k) => <option key={k} value={k}>{CONTACT_POINT_KIND_LABELS[k]}</option>)}
          </Select>
          {academies.length > 1 && (
            <Select label="Annuaire (obligatoire)" hint="Un partenaire national est présenté dans toutes les académies." {...stateOf('academieCode')}
              nativeSelectProps={{ id: FIELDS.academieCode.id, value: values.academieCode,
                onChange: (e) => setValues((v) => ({ ...v, academieCode: e.target.value, wholeAcademie: true, departements: [], bassins: [] })) }}>
              <option value="" disabled>Choisir l’annuaire</option>
              {academies.map((code) => (
                <option key={code} value={code}>{code === NATIONAL ? 'Partenaire national (France entière)' : academieLabel(code)}</option>
              ))}
            </Select>
          )}
        </>
      ) : (
        <p>
          <span className="fr-text--bold">Type d’interlocuteur : </span>
          {values.kind === '' ? '' : CONTACT_POINT_KIND_LABELS[values.kind]}
          <span className="fr-hint-text">Le type et l’annuaire sont fixés à la création.</span>
        </p>
      )}
      <Input label="Nom (obligatoire)" hintText="Tel que les agents le liront, par exemple « Cellule mobilité »." {...stateOf('name')}
        nativeInputProps={{ id: FIELDS.name.id, value: values.name, autoComplete: 'off', 'aria-describedby': limits.name.describedBy,
          onChange: (e) => set('name', e.target.value) }} />
      {limits.name.counter}
      <Input label="Présentation" hintText="Ce que fait cet interlocuteur et pour qui." textArea {...stateOf('description')}
        nativeTextAreaProps={{ id: FIELDS.description.id, value: values.description, rows: 4, 'aria-describedby': limits.description.describedBy,
          onChange: (e) => set('description', e.target.value) }} />
      {limits.description.counter}

      <fieldset className="fr-fieldset" aria-labelledby="fiche-joindre-titre">
        <legend id="fiche-joindre-titre" className="fr-fieldset__legend fr-text--lead fr-mb-0">Comment le joindre</legend>
        <div className="fr-fieldset__element">
          <Input label="Adresse électronique" hintText="Une adresse de service, par exemple cellule-mobilite@ac-amiens.fr." {...stateOf('email')}
            nativeInputProps={{ id: FIELDS.email.id, type: 'email', value: values.email, autoComplete: 'off', onChange: (e) => set('email', e.target.value) }} />
        </div>
        <div className="fr-fieldset__element">
          <Input label="Téléphone" hintText="Par exemple 03 22 82 38 25." {...stateOf('phone')}
            nativeInputProps={{ id: FIELDS.phone.id, type: 'tel', value: values.phone, autoComplete: 'off', onChange: (e) => set('phone', e.target.value) }} />
        </div>
        <div className="fr-fieldset__element">
          <Input label="Horaires" hintText="Par exemple « Du lundi au vendredi, de 9 h à 12 h »." {...stateOf('hours')}
            nativeInputProps={{ id: FIELDS.hours.id, value: values.hours, autoComplete: 'off', 'aria-describedby': limits.hours.describedBy,
              onChange: (e) => set('hours', e.target.value) }} />
          {limits.hours.counter}
        </div>
        <div className="fr-fieldset__element">
          <Input label="Adresse" hintText="Sur une ligne, par exemple « Rectorat, 20 boulevard d’Alsace-Lorraine, 80000 Amiens »." {...stateOf('address')}
            nativeInputProps={{ id: FIELDS.address.id, value: values.address, autoComplete: 'off', 'aria-describedby': limits.address.describedBy,
              onChange: (e) => set('address', e.target.value) }} />
          {limits.address.counter}
        </div>
        <div className="fr-fieldset__element">
          <Input label="Site internet" hintText="Une adresse qui commence par https://." {...stateOf('website')}
            nativeInputProps={{ id: FIELDS.website.id, type: 'url', value: values.website, autoComplete: 'off', onChange: (e) => set('website', e.target.value) }} />
        </div>
      </fieldset>

      <TerritoriesFields values={values} setValues={setValues} national={national} error={errors.territories}
        departements={academie.data?.departements ?? []} bassins={bassins} />

      <Checkbox id="fiche-theme" legend="Thèmes traités" hintText="Les questions pour lesquelles on peut l’orienter." {...stateOf('topics')}
        options={TOPICS.map((topic) => ({ label: TOPIC_LABELS[topic], nativeInputProps: { checked: values.topics.includes(topic),
          onChange: (e) => set('topics', toggle(values.topics, topic, e.target.checked)) } }))} />
      <Checkbox id="fiche-categorie" legend="Personnels concernés" hintText="Aucune case cochée : tous les personnels." {...stateOf('categories')}
        options={AGENT_CATEGORIES.map((category) => ({ label: AGENT_CATEGORY_LABELS[category], nativeInputProps: {
          checked: values.categories.includes(category), onChange: (e) => set('categories', toggle(values.categories, category, e.target.checked)) } }))} />

      <ul className="fr-btns-group fr-btns-group--inline-md">
        <li><Button type="submit" disabled={busy}>{submitLabel}</Button></li>
        {onCancel && <li><Button type="button" priority="secondary" onClick={onCancel}>Annuler</Button></li>}
      </ul>
    </form>
  );
}

/** The whole académie, or some of its départements and bassins; a national partner covers France. */
function TerritoriesFields({ values, setValues, national, error, departements, bassins }: {
  values: FormValues; setValues: (update: (v: FormValues) => FormValues) => void; national: boolean; error: string | undefined;
  departements: Array<{ code: string; name: string }>; bassins: Array<{ code: string; name: string; departementCode: string }>;
}) {
  if (values.academieCode === '') return null;
  if (national) {
    return <p><span className="fr-text--bold">Territoire couvert : </span>France entière.</p>;
  }
  const state = error ? { state: 'error' as const, stateRelatedMessage: error } : {};
  const academieName = academieLabel(values.academieCode);
  return (
    <>
      <RadioButtons id="fiche-territoire" legend="Territoires couverts (obligatoire)" {...state}
        options={[
          { label: `Toute l’${academieName.replace(/^Académie/, 'académie')}`, nativeInputProps: { checked: values.wholeAcademie,
            onChange: () => setValues((v) => ({ ...v, wholeAcademie: true })) } },
          { label: 'Certains départements ou bassins', nativeInputProps: { checked: !values.wholeAcademie,
            onChange: () => setValues((v) => ({ ...v, wholeAcademie: false })) } },
        ]} />
      {!values.wholeAcademie && (
        <>
          <Checkbox legend="Départements"
            options={departements.map((d) => ({ label: `${d.name} (${d.code})`, nativeInputProps: { checked: values.departements.includes(d.code),
              onChange: (e) => setValues((v) => ({ ...v, departements: toggle(v.departements, d.code, e.target.checked) })) } }))} />
          {bassins.length > 0 && (
            <Checkbox legend="Bassins" hintText="Un bassin seul : l’interlocuteur couvre les établissements de ce bassin." small
              options={bassins.map((b) => ({ label: `${b.name} (${b.departementCode})`, nativeInputProps: { checked: values.bassins.includes(b.code),
                onChange: (e) => setValues((v) => ({ ...v, bassins: toggle(v.bassins, b.code, e.target.checked) })) } }))} />
          )}
        </>
      )}
    </>
  );
}

/** The académies a person may write in, from the grants of their session (display only: the server decides). */
export function writableAcademies(grants: Array<{ role: string; territory: { level: string; code: string } }>): string[] {
  const managing = grants.filter((g) => g.role === 'coordinator' || g.role === 'admin');
  if (managing.some((g) => g.territory.level === 'national')) return [NATIONAL, ...ACADEMIES.map((a) => a.code)];
  const codes = new Set<string>();
  for (const g of managing) {
    if (g.territory.level === 'academie') codes.add(g.territory.code);
    else codes.add(ACADEMIES.find((a) => a.departements.some((d) => d.code === g.territory.code))?.code ?? '');
  }
  codes.delete('');
  return [...codes];
}
