import { Button } from '@codegouvfr/react-dsfr/Button';
import { Checkbox } from '@codegouvfr/react-dsfr/Checkbox';
import { Input } from '@codegouvfr/react-dsfr/Input';
import { RadioButtons } from '@codegouvfr/react-dsfr/RadioButtons';
import { Select } from '@codegouvfr/react-dsfr/Select';
import { useRef, useState, type FormEvent } from 'react';
import {
  APPOINTMENT_REASONS, APPOINTMENT_REASON_LABELS, PLACE_KINDS, PLACE_KIND_LABELS, type PlaceKind,
} from '../../../../shared/glossary.ts';
import { academieLabel, academieOf, departementName } from '../../../../shared/territories.ts';
import { errorMessages } from '../../../api/client.ts';
import { ErrorSummary, focusSoon, type SummaryItem } from '../../../components/ErrorSummary.tsx';
import { useAdvisers } from '../../people/api/people.ts';
import { MONTH_WEEKS, WEEKDAY_NAMES } from '../format.ts';
import { DayListField } from './DayListField.tsx';
import {
  FIELD_IDS, FIELD_LABELS, PLACE_DEFAULT_LABELS, formFieldOf, formProblems, type FieldName, type Frequency, type OfficeHourFormValues,
} from './officeHourFormModel.ts';

const SLOT_LENGTHS = [10, 15, 20, 30, 45, 60, 90, 120];
const FREQUENCIES: Array<{ value: Frequency; label: string; hint: string }> = [
  { value: 'weekly', label: 'Chaque semaine', hint: 'Les mêmes jours chaque semaine.' },
  { value: 'biweekly', label: 'Une semaine sur deux', hint: 'À partir de la semaine de la première date.' },
  { value: 'monthly', label: 'Chaque mois', hint: 'Par exemple le premier mardi du mois.' },
  { value: 'dates', label: 'À des dates précises', hint: 'Une ou plusieurs dates, choisies une à une.' },
];
const PLACE_HINTS: Record<PlaceKind, string> = {
  establishment: 'Une école, un collège, un lycée : identifié par son numéro UAI.',
  dsden: 'Les services départementaux.', rectorat: 'Les services académiques.',
  visio: 'Le lien est donné à l’agent une fois le rendez-vous pris.', phone: 'Vous appelez l’agent à l’heure du rendez-vous.',
};
const toggle = <T,>(list: T[], item: T, on: boolean) => (on ? [...list.filter((x) => x !== item), item] : list.filter((x) => x !== item));

type Errors = Partial<Record<FieldName, string>>;

/** The DSFR groups (radios, checkboxes) number their inputs `<id>-0`, `<id>-1`…: the summary leads to the first. */
const GROUPS = new Set<keyof typeof FIELD_IDS>(['kind', 'recurrence', 'reasons']);
const firstInputOf = (field: keyof typeof FIELD_IDS) => (GROUPS.has(field) ? `${FIELD_IDS[field]}-0` : FIELD_IDS[field]);

/**
 * The form of an office hour: where, when (a recurrence, its hours, its slots), for what, when it
 * may be booked and by whom. `chooseAdviser`: a coordinator names the adviser (creation only).
 */
export function OfficeHourForm({ initial, chooseAdviser, selfIsAdviser, departements, submitLabel, busy, onSubmit, onCancel }: {
  initial: OfficeHourFormValues; chooseAdviser: boolean; selfIsAdviser: boolean; departements: string[]; submitLabel: string; busy: boolean;
  onSubmit: (values: OfficeHourFormValues, onError: (error: unknown) => void) => void; onCancel: () => void;
}) {
  const [v, setValues] = useState(initial);
  const [errors, setErrors] = useState<Errors>({});
  const summaryRef = useRef<HTMLDivElement>(null);
  const set = <K extends keyof OfficeHourFormValues>(key: K, value: OfficeHourFormValues[K]) => setValues((current) => ({ ...current, [key]: value }));
  const advisers = useAdvisers(chooseAdviser ? v.adviserDepartement || departements[0] : undefined);
  const stateOf = (field: FieldName) => (errors[field] === undefined ? {} : { state: 'error' as const, stateRelatedMessage: errors[field] });
  const inPerson = v.kind === 'establishment' || v.kind === 'dsden' || v.kind === 'rectorat';

  const audiences = [...new Set(departements.flatMap((d) => [`departement:${d}`, `academie:${academieOf(d) ?? ''}`]))]
    .filter((a) => !a.endsWith(':'));

  const showErrors = (found: Errors) => {
    setErrors(found);
    focusSoon(() => summaryRef.current);
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const problems = formProblems(v, chooseAdviser && !selfIsAdviser);
    if (Object.keys(problems).length > 0) return showErrors(problems);
    setErrors({});
    onSubmit(v, (error) => {
      const { summary, fields } = errorMessages(error, 'La permanence n’a pas pu être enregistrée.');
      const mapped: Errors = {};
      for (const [field, message] of Object.entries(fields)) mapped[formFieldOf(field)] ??= message;
      showErrors(Object.keys(mapped).length > 0 ? mapped : { form: summary });
    });
  };

  const chooseKind = (kind: PlaceKind) => setValues((current) => {
    const previousDefault = current.kind === 'dsden' ? dsdenLabel(departements[0]) : PLACE_DEFAULT_LABELS[current.kind];
    const nextDefault = kind === 'dsden' ? dsdenLabel(departements[0]) : PLACE_DEFAULT_LABELS[kind];
    const keepLabel = current.label.trim() !== '' && current.label !== previousDefault;
    return { ...current, kind, label: keepLabel ? current.label : nextDefault ?? '' };
  });

  // In the order of the form, so that the summary reads as the page does.
  const order = Object.keys(FIELD_IDS);
  const summary: SummaryItem[] = Object.entries(errors).sort(([a], [b]) => order.indexOf(a) - order.indexOf(b)).map(([field, message]) => (field === 'form'
    ? { message: message! }
    : { message: message!, targetId: firstInputOf(field as keyof typeof FIELD_IDS), label: FIELD_LABELS[field as keyof typeof FIELD_IDS] }));

  return (
    <form onSubmit={submit} noValidate>
      <ErrorSummary ref={summaryRef} items={summary} />
      <p className="fr-hint-text">Sauf mention contraire, tous les champs sont obligatoires.</p>

      {chooseAdviser && (
        <fieldset className="fr-fieldset" aria-labelledby="ph-conseiller-legende">
          <legend id="ph-conseiller-legende" className="fr-fieldset__legend fr-h5">Conseiller</legend>
          {departements.length > 1 && (
            <div className="fr-fieldset__element">
              <Select label="Département du conseiller"
                nativeSelectProps={{ value: v.adviserDepartement || departements[0], onChange: (e) => setValues((c) => ({ ...c, adviserDepartement: e.target.value, adviserId: '' })) }}>
                {departements.map((d) => <option key={d} value={d}>{departementName(d)} ({d})</option>)}
              </Select>
            </div>
          )}
          <div className="fr-fieldset__element">
            <Select label="Conseiller qui tient la permanence" {...stateOf('adviserId')}
              nativeSelectProps={{ id: FIELD_IDS.adviserId, value: v.adviserId, onChange: (e) => set('adviserId', e.target.value) }}>
              <option value="" disabled={!selfIsAdviser}>{selfIsAdviser ? 'Moi-même' : 'Choisir le conseiller'}</option>
              {(advisers.data ?? []).map((a) => <option key={a.id} value={a.id}>{a.displayName}{a.absent ? ' (absent aujourd’hui)' : ''}</option>)}
            </Select>
          </div>
        </fieldset>
      )}

      <fieldset className="fr-fieldset" aria-labelledby="ph-ou-legende">
        <legend id="ph-ou-legende" className="fr-fieldset__legend fr-h5">Où</legend>
        <div className="fr-fieldset__element">
          <RadioButtons id={FIELD_IDS.kind} legend="Lieu de la permanence" name="ph-lieu" {...stateOf('kind')}
            options={PLACE_KINDS.map((kind) => ({
              label: PLACE_KIND_LABELS[kind], hintText: PLACE_HINTS[kind],
              nativeInputProps: { value: kind, checked: v.kind === kind, onChange: () => chooseKind(kind) },
            }))} />
        </div>
        {v.kind === 'establishment' && (
          <div className="fr-fieldset__element">
            <Input label="Numéro UAI de l’établissement" hintText="7 chiffres et une lettre, par exemple 0801021U." {...stateOf('uai')}
              nativeInputProps={{ id: FIELD_IDS.uai, value: v.uai, autoComplete: 'off', maxLength: 8, spellCheck: false,
                onChange: (e) => set('uai', e.target.value.toUpperCase()) }} />
          </div>
        )}
        <div className="fr-fieldset__element">
          <Input label="Nom du lieu" hintText="Tel que les agents le liront, par exemple « Collège Béranger, Péronne »." {...stateOf('label')}
            nativeInputProps={{ id: FIELD_IDS.label, value: v.label, maxLength: 200, onChange: (e) => set('label', e.target.value) }} />
        </div>
        {inPerson && (
          <div className="fr-fieldset__element">
            <Input label="Adresse (facultatif)" hintText="Donnée à l’agent dans la confirmation." {...stateOf('address')}
              nativeInputProps={{ id: FIELD_IDS.address, value: v.address, maxLength: 300, autoComplete: 'off', onChange: (e) => set('address', e.target.value) }} />
          </div>
        )}
        {v.kind === 'visio' && (
          <div className="fr-fieldset__element">
            <Input label="Lien de la visioconférence" hintText="Commence par https://. Seuls l’agent qui a réservé et vous le recevez." {...stateOf('url')}
              nativeInputProps={{ id: FIELD_IDS.url, value: v.url, type: 'url', maxLength: 500, onChange: (e) => set('url', e.target.value) }} />
          </div>
        )}
      </fieldset>

      <fieldset className="fr-fieldset" aria-labelledby="ph-quand-legende">
        <legend id="ph-quand-legende" className="fr-fieldset__legend fr-h5">Quand</legend>
        <div className="fr-fieldset__element">
          <RadioButtons legend="Fréquence" name="ph-frequence"
            options={FREQUENCIES.map((f) => ({
              label: f.label, hintText: f.hint,
              nativeInputProps: { value: f.value, checked: v.frequency === f.value, onChange: () => set('frequency', f.value) },
            }))} />
        </div>
        <div className="fr-fieldset__element">
          {(v.frequency === 'weekly' || v.frequency === 'biweekly') && (
            <Checkbox id={FIELD_IDS.recurrence} legend="Jours de la semaine" orientation="horizontal" {...stateOf('recurrence')}
              options={WEEKDAY_NAMES.slice(0, 6).map((name, index) => ({
                label: `${name.charAt(0).toUpperCase()}${name.slice(1)}`,
                nativeInputProps: { checked: v.weekdays.includes(index + 1), onChange: (e) => set('weekdays', toggle(v.weekdays, index + 1, e.target.checked)) },
              }))} />
          )}
          {v.frequency === 'monthly' && (
            <div className="fr-grid-row fr-grid-row--gutters">
              <div className="fr-col-12 fr-col-md-6">
                <Select label="Semaine du mois" nativeSelectProps={{ id: firstInputOf('recurrence'), value: String(v.monthWeek), onChange: (e) => set('monthWeek', Number(e.target.value)) }}>
                  {MONTH_WEEKS.map((w) => <option key={w.value} value={w.value}>{w.label}</option>)}
                </Select>
              </div>
              <div className="fr-col-12 fr-col-md-6">
                <Select label="Jour" nativeSelectProps={{ value: String(v.monthWeekday), onChange: (e) => set('monthWeekday', Number(e.target.value)) }}>
                  {WEEKDAY_NAMES.slice(0, 6).map((name, index) => <option key={name} value={index + 1}>{name}</option>)}
                </Select>
              </div>
            </div>
          )}
          {v.frequency === 'dates' && (
            <DayListField id={firstInputOf('recurrence')} legend="Dates de la permanence" days={v.dates} onChange={(days) => set('dates', days)} error={errors.recurrence} />
          )}
        </div>
        {v.frequency !== 'dates' && (
          <div className="fr-fieldset__element">
            <div className="fr-grid-row fr-grid-row--gutters">
              <div className="fr-col-12 fr-col-md-6">
                <Input label="Première date" {...stateOf('startsOn')}
                  nativeInputProps={{ id: FIELD_IDS.startsOn, type: 'date', value: v.startsOn, onChange: (e) => set('startsOn', e.target.value) }} />
              </div>
              <div className="fr-col-12 fr-col-md-6">
                <Input label="Dernière date (facultatif)" hintText="Sans date : jusqu’à ce que vous la fermiez." {...stateOf('endsOn')}
                  nativeInputProps={{ id: FIELD_IDS.endsOn, type: 'date', value: v.endsOn, onChange: (e) => set('endsOn', e.target.value) }} />
              </div>
            </div>
          </div>
        )}
        <div className="fr-fieldset__element">
          <div className="fr-grid-row fr-grid-row--gutters">
            <div className="fr-col-12 fr-col-md-4">
              <Input label="Heure de début" hintText="Heure de Paris." {...stateOf('startTime')}
                nativeInputProps={{ id: FIELD_IDS.startTime, type: 'time', value: v.startTime, onChange: (e) => set('startTime', e.target.value) }} />
            </div>
            <div className="fr-col-12 fr-col-md-4">
              <Input label="Heure de fin" hintText="Heure de Paris." {...stateOf('endTime')}
                nativeInputProps={{ id: FIELD_IDS.endTime, type: 'time', value: v.endTime, onChange: (e) => set('endTime', e.target.value) }} />
            </div>
            <div className="fr-col-12 fr-col-md-4">
              <Select label="Durée d’un créneau" hint="Un rendez-vous par créneau." {...stateOf('slotMinutes')}
                nativeSelectProps={{ id: FIELD_IDS.slotMinutes, value: String(v.slotMinutes), onChange: (e) => set('slotMinutes', Number(e.target.value)) }}>
                {SLOT_LENGTHS.map((n) => <option key={n} value={n}>{n < 60 ? `${n} minutes` : n === 60 ? '1 heure' : n === 90 ? '1 h 30' : '2 heures'}</option>)}
              </Select>
            </div>
          </div>
        </div>
        <div className="fr-fieldset__element">
          <DayListField id={FIELD_IDS.exceptDates} legend="Jours sans permanence (facultatif)"
            hint="Une réunion, une formation : aucun créneau ces jours-là. Les jours fériés et vos absences déclarées sont retirés d’office."
            days={v.exceptDates} onChange={(days) => set('exceptDates', days)} error={errors.exceptDates} />
        </div>
      </fieldset>

      <fieldset className="fr-fieldset" aria-labelledby="ph-pour-legende">
        <legend id="ph-pour-legende" className="fr-fieldset__legend fr-h5">Pour quoi et pour qui</legend>
        <div className="fr-fieldset__element">
          <Checkbox id={FIELD_IDS.reasons} legend="Motifs proposés" hintText="Les agents choisissent l’un d’eux en réservant." {...stateOf('reasons')}
            options={APPOINTMENT_REASONS.map((reason) => ({
              label: APPOINTMENT_REASON_LABELS[reason],
              nativeInputProps: { checked: v.reasons.includes(reason), onChange: (e) => set('reasons', toggle(v.reasons, reason, e.target.checked)) },
            }))} />
        </div>
        <div className="fr-fieldset__element">
          <div className="fr-grid-row fr-grid-row--gutters">
            <div className="fr-col-12 fr-col-md-6">
              <Input label="Délai minimal de réservation, en heures" hintText="Par exemple 24 : pas de réservation moins d’un jour avant." {...stateOf('minDelayHours')}
                nativeInputProps={{ id: FIELD_IDS.minDelayHours, inputMode: 'numeric', value: v.minDelayHours, onChange: (e) => set('minDelayHours', e.target.value.trim()) }} />
            </div>
            <div className="fr-col-12 fr-col-md-6">
              <Input label="Délai maximal de réservation, en jours" hintText="Par exemple 60 : les créneaux des deux prochains mois." {...stateOf('maxDelayDays')}
                nativeInputProps={{ id: FIELD_IDS.maxDelayDays, inputMode: 'numeric', value: v.maxDelayDays, onChange: (e) => set('maxDelayDays', e.target.value.trim()) }} />
            </div>
          </div>
        </div>
        <div className="fr-fieldset__element">
          <Select label="Ouverte à" hint="Une permanence dans un établissement peut être réservée aux agents du département." {...stateOf('audience')}
            nativeSelectProps={{ id: FIELD_IDS.audience, value: v.audience, onChange: (e) => set('audience', e.target.value) }}>
            <option value="">Tous les agents</option>
            {audiences.map((a) => {
              const [level, code] = a.split(':') as [string, string];
              return <option key={a} value={a}>{level === 'departement' ? `Les agents du département ${departementName(code)} (${code})` : `Les agents de l’${academieLabel(code).replace(/^A/, 'a')}`}</option>;
            })}
          </Select>
        </div>
      </fieldset>

      <ul className="fr-btns-group fr-btns-group--inline-md">
        <li><Button type="submit" disabled={busy}>{submitLabel}</Button></li>
        <li><Button type="button" priority="secondary" onClick={onCancel}>Annuler</Button></li>
      </ul>
    </form>
  );
}

/** The label a DSDEN office hour starts with: « DSDEN, Somme » (the article of each département is not in the reference list). */
function dsdenLabel(departement: string | undefined): string {
  return departement === undefined ? 'DSDEN' : `DSDEN, ${departementName(departement)}`;
}

