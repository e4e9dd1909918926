import type { CreateOfficeHourBody, OfficeHour, Recurrence } from '../../../../shared/contracts/appointments.ts';
import type { AppointmentReason, PlaceKind } from '../../../../shared/glossary.ts';

export type Frequency = Recurrence['frequency'];

export interface OfficeHourFormValues {
  /** A coordinator names the adviser (creation only); empty: the person themself. */
  adviserDepartement: string;
  adviserId: string;
  kind: PlaceKind;
  label: string;
  address: string;
  uai: string;
  url: string;
  frequency: Frequency;
  weekdays: number[];
  monthWeek: number;
  monthWeekday: number;
  dates: string[];
  startsOn: string;
  endsOn: string;
  startTime: string;
  endTime: string;
  slotMinutes: number;
  reasons: AppointmentReason[];
  minDelayHours: string;
  maxDelayDays: string;
  /** '' (every agent), or `academie:CODE` / `departement:CODE`. */
  audience: string;
  exceptDates: string[];
}

/** The field ids, and which server field (its last segment) lands on which. */
export const FIELD_IDS = {
  adviserId: 'ph-conseiller', kind: 'ph-lieu', uai: 'ph-uai', label: 'ph-intitule', address: 'ph-adresse', url: 'ph-lien',
  recurrence: 'ph-recurrence', startsOn: 'ph-debut', endsOn: 'ph-fin', startTime: 'ph-heure-debut', endTime: 'ph-heure-fin',
  slotMinutes: 'ph-creneau', reasons: 'ph-motifs', minDelayHours: 'ph-delai-min', maxDelayDays: 'ph-delai-max',
  audience: 'ph-ouverture', exceptDates: 'ph-exceptions',
} as const;
export type FieldName = keyof typeof FIELD_IDS | 'form';

export const FIELD_LABELS: Record<keyof typeof FIELD_IDS, string> = {
  adviserId: 'Conseiller', kind: 'Lieu', label: 'Nom du lieu', address: 'Adresse', uai: 'Numéro UAI', url: 'Lien de la visioconférence',
  recurrence: 'Jours', startsOn: 'Première date', endsOn: 'Dernière date', startTime: 'Heure de début', endTime: 'Heure de fin',
  slotMinutes: 'Durée d’un créneau', reasons: 'Motifs proposés', minDelayHours: 'Délai minimal', maxDelayDays: 'Délai maximal',
  audience: 'Ouverte à', exceptDates: 'Jours sans permanence',
};

/** The server's field (`place.uai`, `recurrence`, `durationMinutes`…) → the form's. */
export function formFieldOf(serverField: string): FieldName {
  const last = serverField.split('.').pop() ?? serverField;
  if (['weekdays', 'dates', 'week', 'weekday', 'frequency', 'recurrence'].includes(last)) return 'recurrence';
  if (last === 'durationMinutes') return 'endTime';
  if (last === 'reservedTo' || last === 'level' || last === 'code') return 'audience';
  if (last in FIELD_IDS) return last as FieldName;
  return 'form';
}

export const PLACE_DEFAULT_LABELS: Partial<Record<PlaceKind, string>> = {
  rectorat: 'Rectorat', visio: 'Visioconférence', phone: 'Rendez-vous téléphonique',
};

const minutesOf = (time: string) => {
  const [h, m] = time.split(':').map(Number) as [number, number];
  return h * 60 + m;
};
const timeOf = (minutes: number) => `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;

export function emptyValues(today: string): OfficeHourFormValues {
  return {
    adviserDepartement: '', adviserId: '', kind: 'establishment', label: '', address: '', uai: '', url: '',
    frequency: 'weekly', weekdays: [], monthWeek: 1, monthWeekday: 2, dates: [],
    startsOn: today, endsOn: '', startTime: '14:00', endTime: '17:00', slotMinutes: 30, reasons: [],
    minDelayHours: '24', maxDelayDays: '60', audience: '', exceptDates: [],
  };
}

export function valuesOf(o: OfficeHour): OfficeHourFormValues {
  const r = o.recurrence;
  return {
    adviserDepartement: '', adviserId: o.adviser.id, kind: o.place.kind, label: o.place.label, address: o.place.address ?? '',
    uai: o.place.uai ?? '', url: o.place.url ?? '',
    frequency: r.frequency,
    weekdays: r.frequency === 'weekly' || r.frequency === 'biweekly' ? r.weekdays : [],
    monthWeek: r.frequency === 'monthly' ? r.week : 1,
    monthWeekday: r.frequency === 'monthly' ? r.weekday : 2,
    dates: r.frequency === 'dates' ? r.dates : [],
    startsOn: o.startsOn, endsOn: o.endsOn ?? '', startTime: o.startTime, endTime: timeOf(minutesOf(o.startTime) + o.durationMinutes),
    slotMinutes: o.slotMinutes, reasons: o.reasons, minDelayHours: String(o.minDelayHours), maxDelayDays: String(o.maxDelayDays),
    audience: o.reservedTo === null ? '' : `${o.reservedTo.level}:${o.reservedTo.code}`, exceptDates: o.exceptDates,
  };
}

/** What the form can tell before asking the server; the server checks the rest (an unknown UAI…). */
export function formProblems(v: OfficeHourFormValues, needsAdviser: boolean): Partial<Record<FieldName, string>> {
  const problems: Partial<Record<FieldName, string>> = {};
  if (needsAdviser && v.adviserId === '') problems.adviserId = 'Choisissez le conseiller qui tient la permanence.';
  if (v.label.trim() === '') problems.label = 'Indiquez le nom du lieu, tel que les agents le liront.';
  if (v.kind === 'establishment' && !/^\d{7}[A-Z]$/.test(v.uai.trim().toUpperCase())) {
    problems.uai = 'Indiquez le numéro UAI de l’établissement : 7 chiffres et une lettre, par exemple 0801021U.';
  }
  if (v.kind === 'visio' && !/^https:\/\/\S+$/.test(v.url.trim())) problems.url = 'Indiquez le lien de la visioconférence, qui commence par https://.';
  if ((v.frequency === 'weekly' || v.frequency === 'biweekly') && v.weekdays.length === 0) problems.recurrence = 'Cochez au moins un jour de la semaine.';
  if (v.frequency === 'dates' && v.dates.length === 0) problems.recurrence = 'Ajoutez au moins une date.';
  if (v.frequency !== 'dates' && v.startsOn === '') problems.startsOn = 'Indiquez la première date de la permanence.';
  if (!/^\d{2}:\d{2}$/.test(v.startTime)) problems.startTime = 'Indiquez l’heure de début.';
  if (!/^\d{2}:\d{2}$/.test(v.endTime)) problems.endTime = 'Indiquez l’heure de fin.';
  else if (problems.startTime === undefined && minutesOf(v.endTime) <= minutesOf(v.startTime)) problems.endTime = 'L’heure de fin doit suivre l’heure de début.';
  if (v.reasons.length === 0) problems.reasons = 'Cochez au moins un motif de rendez-vous.';
  if (!/^\d+$/.test(v.minDelayHours)) problems.minDelayHours = 'Indiquez un nombre d’heures (0 pour aucun délai).';
  if (!/^\d+$/.test(v.maxDelayDays) || Number(v.maxDelayDays) < 1) problems.maxDelayDays = 'Indiquez un nombre de jours, au moins 1.';
  return problems;
}

/** The body the contract expects (creation; the update sends the same fields but the adviser). */
export function bodyOf(v: OfficeHourFormValues): Omit<CreateOfficeHourBody, 'adviserId'> {
  const inPerson = v.kind === 'establishment' || v.kind === 'dsden' || v.kind === 'rectorat';
  const recurrence: Recurrence = v.frequency === 'monthly' ? { frequency: 'monthly', week: v.monthWeek, weekday: v.monthWeekday }
    : v.frequency === 'dates' ? { frequency: 'dates', dates: v.dates }
      : { frequency: v.frequency, weekdays: [...v.weekdays].sort() };
  const [level, code] = v.audience.split(':') as ['academie' | 'departement', string];
  // Single dates: the office hour runs from the first to the last of them.
  const startsOn = v.frequency === 'dates' ? [...v.dates].sort()[0]! : v.startsOn;
  return {
    place: {
      kind: v.kind, label: v.label.trim(),
      address: inPerson && v.address.trim() !== '' ? v.address.trim() : null,
      uai: v.kind === 'establishment' ? v.uai.trim().toUpperCase() : null,
      url: v.kind === 'visio' ? v.url.trim() : null,
    },
    recurrence,
    startsOn,
    endsOn: v.frequency === 'dates' ? null : v.endsOn === '' ? null : v.endsOn,
    startTime: v.startTime,
    durationMinutes: minutesOf(v.endTime) - minutesOf(v.startTime),
    slotMinutes: v.slotMinutes,
    reasons: v.reasons,
    minDelayHours: Number(v.minDelayHours),
    maxDelayDays: Number(v.maxDelayDays),
    reservedTo: v.audience === '' ? null : { level, code },
    exceptDates: v.exceptDates,
  };
}
