/** The contract of the phone line (issue 14): its number and hours, the rota by half-day, the call logged in one step. */
import { Type, type Static } from 'typebox';
import { HALF_DAYS, TOPICS } from '../glossary.ts';
import { PHONE_CALL_SUMMARY_MAX, REQUEST_SUBJECT_MAX } from './limits.ts';
import { Day, PersonRef, Uuid, line, nullable, oneOf, text } from './common.ts';

export { HALF_DAYS, HALF_DAY_LABELS, type HalfDay } from '../glossary.ts';

const TimeOfDay = Type.String({ pattern: '^([01]\\d|2[0-3]):[0-5]\\d$', description: 'HH:MM, heure de Paris' });
/** A line's territory: an académie (upper-case code) or a département (INSEE code). */
export const LineTerritory = Type.Object({
  level: oneOf(['academie', 'departement'] as const),
  code: Type.String({ pattern: '^([A-Z][A-Z-]{1,30}|\\d{2,3}|2A|2B)$' }),
}, { additionalProperties: false });
export type LineTerritory = Static<typeof LineTerritory>;

export const HalfDayHours = Type.Object({ opens: TimeOfDay, closes: TimeOfDay }, { additionalProperties: false });
export type HalfDayHours = Static<typeof HalfDayHours>;

export const PhoneLineSettings = Type.Object({
  phoneNumber: Type.String({ minLength: 4, maxLength: 30, pattern: '^[0-9+ ().-]+$' }),
  /** Null: no line that half-day. */
  morning: nullable(HalfDayHours),
  afternoon: nullable(HalfDayHours),
}, { additionalProperties: false });
export type PhoneLineSettings = Static<typeof PhoneLineSettings>;

export const SaveSettingsBody = Type.Object({ territory: LineTerritory, settings: PhoneLineSettings }, { additionalProperties: false });
export type SaveSettingsBody = Static<typeof SaveSettingsBody>;

export const RotaQuery = Type.Object({
  level: oneOf(['academie', 'departement'] as const),
  code: Type.String({ pattern: '^([A-Z][A-Z-]{1,30}|\\d{2,3}|2A|2B)$' }),
  /** Any day of the week shown (default: this week). */
  week: Type.Optional(Day),
}, { additionalProperties: false });
export type RotaQuery = Static<typeof RotaQuery>;

export const RotaDay = Type.Object({
  date: Day,
  /** A public holiday or a weekend: no line. */
  closed: Type.Boolean(),
  morning: Type.Array(PersonRef),
  afternoon: Type.Array(PersonRef),
});
export const Rota = Type.Object({
  territory: LineTerritory,
  territoryLabel: Type.String(),
  /** Monday of the week shown. */
  week: Day,
  previousWeek: Day,
  nextWeek: Day,
  days: Type.Array(RotaDay),
  /** The advisers who may be put on this line. */
  advisers: Type.Array(PersonRef),
  settings: nullable(PhoneLineSettings),
});
export type Rota = Static<typeof Rota>;

export const SetShiftBody = Type.Object({
  territory: LineTerritory,
  day: Day,
  halfDay: oneOf(HALF_DAYS),
  /** Every adviser on the line that half-day (an empty list clears it). */
  adviserIds: Type.Array(Uuid, { maxItems: 20, uniqueItems: true }),
}, { additionalProperties: false });
export type SetShiftBody = Static<typeof SetShiftBody>;

export const PublicLineQuery = Type.Object({
  academie: Type.Optional(Type.String({ pattern: '^[A-Z][A-Z-]{1,30}$' })),
  departement: Type.Optional(Type.String({ pattern: '^(\\d{2,3}|2A|2B)$' })),
}, { additionalProperties: false });
export type PublicLineQuery = Static<typeof PublicLineQuery>;

/** What the public « Qui contacter ? » page shows of a line: the number, today's hours. Never an adviser's name. */
export const PublicLine = Type.Object({
  territory: LineTerritory,
  phoneNumber: nullable(Type.String()),
  today: Day,
  /** Today's hours; both null: closed today. */
  morning: nullable(HalfDayHours),
  afternoon: nullable(HalfDayHours),
});
export type PublicLine = Static<typeof PublicLine>;

export const MyShift = Type.Object({ territory: LineTerritory, territoryLabel: Type.String(), day: Day, halfDay: oneOf(HALF_DAYS) });
export const MyShifts = Type.Object({
  /** On the line now (today's half-day). */
  onDuty: Type.Boolean(),
  items: Type.Array(MyShift),
});
export type MyShifts = Static<typeof MyShifts>;

export const LogCallBody = Type.Object({
  agentId: Uuid,
  topic: oneOf(TOPICS),
  subject: line(REQUEST_SUBJECT_MAX),
  summary: text(PHONE_CALL_SUMMARY_MAX),
}, { additionalProperties: false });
export type LogCallBody = Static<typeof LogCallBody>;

export const LoggedCall = Type.Object({ requestId: Type.String(), reference: Type.String() });
export type LoggedCall = Static<typeof LoggedCall>;
