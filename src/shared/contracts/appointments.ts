/** The contract of appointments (issue 14): office hours, free slots, bookings. */
import { Type, type Static } from 'typebox';
import { APPOINTMENT_MODES, APPOINTMENT_REASONS, APPOINTMENT_STATUSES, PLACE_KINDS } from '../glossary.ts';
import { APPOINTMENT_CANCEL_MESSAGE_MAX, APPOINTMENT_MOVE_MESSAGE_MAX } from './limits.ts';
import { DateTime, Day, Uuid, PageQuery, PersonRef, line, nullable, oneOf, pageOf, text } from './common.ts';

export { IdParams } from './common.ts';

export {
  APPOINTMENT_MODES, APPOINTMENT_MODE_LABELS, APPOINTMENT_REASONS, APPOINTMENT_REASON_LABELS, APPOINTMENT_STATUSES, APPOINTMENT_STATUS_LABELS,
  PLACE_KINDS, PLACE_KIND_LABELS, type AppointmentMode, type AppointmentReason, type AppointmentStatus, type PlaceKind,
} from '../glossary.ts';

/** Where an appointment takes place. `url` (the visio link) only once booked, to its agent and adviser. */
export const Place = Type.Object({
  kind: oneOf(PLACE_KINDS),
  label: Type.String(),
  address: nullable(Type.String()),
  uai: nullable(Type.String()),
  url: Type.Optional(Type.String()),
});
export type Place = Static<typeof Place>;

// ─── Office hours ───

/** How often: every week, every other week, the n-th weekday of each month, or a list of days. */
export const Recurrence = Type.Union([
  Type.Object({ frequency: oneOf(['weekly', 'biweekly'] as const), weekdays: Type.Array(Type.Integer({ minimum: 1, maximum: 7 }), { minItems: 1, maxItems: 7, uniqueItems: true }) },
    { additionalProperties: false }),
  Type.Object({ frequency: Type.Literal('monthly'), weekday: Type.Integer({ minimum: 1, maximum: 7 }),
    /** 1 to 4, or -1 for the last one of the month. */
    week: Type.Integer({ minimum: -1, maximum: 4 }) }, { additionalProperties: false }),
  Type.Object({ frequency: Type.Literal('dates'), dates: Type.Array(Day, { minItems: 1, maxItems: 100, uniqueItems: true }) }, { additionalProperties: false }),
]);
export type Recurrence = Static<typeof Recurrence>;

const TimeOfDay = Type.String({ pattern: '^([01]\\d|2[0-3]):[0-5]\\d$', description: 'HH:MM, heure de Paris' });
const Territory = Type.Object({ level: oneOf(['academie', 'departement'] as const), code: line(20) }, { additionalProperties: false });

const officeHourFields = {
  place: Type.Object({
    kind: oneOf(PLACE_KINDS),
    label: line(200),
    address: Type.Optional(nullable(line(300))),
    /** The establishment, by UAI, for `establishment`. */
    uai: Type.Optional(nullable(Type.String({ pattern: '^\\d{7}[A-Z]$' }))),
    /** The link given to the agent once booked, for `visio`. */
    url: Type.Optional(nullable(Type.String({ maxLength: 500, pattern: '^https://[^\\s]+$' }))),
  }, { additionalProperties: false }),
  recurrence: Recurrence,
  startsOn: Day,
  endsOn: Type.Optional(nullable(Day)),
  startTime: TimeOfDay,
  durationMinutes: Type.Integer({ minimum: 10, maximum: 720 }),
  slotMinutes: Type.Integer({ minimum: 10, maximum: 240 }),
  reasons: Type.Array(oneOf(APPOINTMENT_REASONS), { minItems: 1, uniqueItems: true }),
  minDelayHours: Type.Optional(Type.Integer({ minimum: 0, maximum: 720 })),
  maxDelayDays: Type.Optional(Type.Integer({ minimum: 1, maximum: 365 })),
  /** Null or absent: open to every agent; else only to the agents of that territory. */
  reservedTo: Type.Optional(nullable(Territory)),
  /** Days without slots (an exception). */
  exceptDates: Type.Optional(Type.Array(Day, { maxItems: 200, uniqueItems: true })),
};

export const CreateOfficeHourBody = Type.Object({
  /** The adviser who holds it; absent: the caller (an adviser). A coordinator names one of their territory. */
  adviserId: Type.Optional(Uuid),
  ...officeHourFields,
}, { additionalProperties: false });
export type CreateOfficeHourBody = Static<typeof CreateOfficeHourBody>;

export const UpdateOfficeHourBody = Type.Partial(Type.Object(officeHourFields, { additionalProperties: false }), { additionalProperties: false, minProperties: 1 });
export type UpdateOfficeHourBody = Static<typeof UpdateOfficeHourBody>;

export const OfficeHour = Type.Object({
  id: Type.String(),
  adviser: PersonRef,
  departement: Type.String(),
  mode: oneOf(APPOINTMENT_MODES),
  place: Place,
  recurrence: Recurrence,
  /** The same, as an RFC 5545 rule (days only). */
  rrule: Type.String(),
  startsOn: Type.String(),
  endsOn: nullable(Type.String()),
  startTime: Type.String(),
  durationMinutes: Type.Integer(),
  slotMinutes: Type.Integer(),
  reasons: Type.Array(oneOf(APPOINTMENT_REASONS)),
  minDelayHours: Type.Integer(),
  maxDelayDays: Type.Integer(),
  reservedTo: nullable(Type.Object({ level: Type.String(), code: Type.String() })),
  exceptDates: Type.Array(Type.String()),
  closedAt: nullable(Type.String()),
});
export type OfficeHour = Static<typeof OfficeHour>;

export const OfficeHoursQuery = Type.Object({
  /** A coordinator: the office hours of one adviser, or of one département. */
  adviserId: Type.Optional(Uuid),
  departement: Type.Optional(Type.String({ pattern: '^(\\d{2,3}|2[AB])$' })),
  includeClosed: Type.Optional(Type.Boolean()),
}, { additionalProperties: false });
export type OfficeHoursQuery = Static<typeof OfficeHoursQuery>;
export const OfficeHours = Type.Object({ items: Type.Array(OfficeHour) });
export type OfficeHours = Static<typeof OfficeHours>;

// ─── Slots ───

/** A day (from its start, Paris time) or an instant. */
const DayOrInstant = Type.String({ pattern: '^\\d{4}-\\d{2}-\\d{2}(T\\d{2}:\\d{2}(:\\d{2}(\\.\\d{1,3})?)?(Z|[+-]\\d{2}:\\d{2}))?$' });

export const SlotsQuery = Type.Object({
  /** Absent: the caller's own département. */
  departement: Type.Optional(Type.String({ pattern: '^(\\d{2,3}|2[AB])$' })),
  reason: Type.Optional(oneOf(APPOINTMENT_REASONS)),
  mode: Type.Optional(oneOf(APPOINTMENT_MODES)),
  /** Only this office hour's slots (its place). */
  officeHourId: Type.Optional(Uuid),
  from: Type.Optional(DayOrInstant),
  to: Type.Optional(DayOrInstant),
  limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 200, default: 50 })),
}, { additionalProperties: false });
export type SlotsQuery = Static<typeof SlotsQuery>;

export const Slot = Type.Object({
  /** Opaque; checked again when booked. */
  id: Type.String(),
  startsAt: DateTime,
  endsAt: DateTime,
  mode: oneOf(APPOINTMENT_MODES),
  place: Place,
  adviser: PersonRef,
  reasons: Type.Array(oneOf(APPOINTMENT_REASONS)),
});
export type Slot = Static<typeof Slot>;
export const Slots = Type.Object({ items: Type.Array(Slot) });
export type Slots = Static<typeof Slots>;

// ─── Appointments ───

export const BookAppointmentBody = Type.Object({
  slotId: Type.String({ minLength: 1, maxLength: 200 }),
  reason: oneOf(APPOINTMENT_REASONS),
  /** The agent's own request, whose timeline the appointment joins. */
  requestId: Type.Optional(Uuid),
}, { additionalProperties: false });
export type BookAppointmentBody = Static<typeof BookAppointmentBody>;

/** The answer to a booking (API.md): exactly these fields. */
export const BookedAppointment = Type.Object({
  id: Type.String(),
  startsAt: DateTime,
  endsAt: DateTime,
  mode: oneOf(APPOINTMENT_MODES),
  place: Place,
  status: oneOf(APPOINTMENT_STATUSES),
});
export type BookedAppointment = Static<typeof BookedAppointment>;

export const Appointment = Type.Object({
  id: Type.String(),
  startsAt: DateTime,
  endsAt: DateTime,
  mode: oneOf(APPOINTMENT_MODES),
  place: Place,
  status: oneOf(APPOINTMENT_STATUSES),
  reason: oneOf(APPOINTMENT_REASONS),
  adviser: PersonRef,
  /** The agent met: shown to the adviser. */
  agent: Type.Optional(PersonRef),
  requestId: nullable(Type.String()),
  cancelledAt: nullable(Type.String()),
  /** Who cancelled: the agent, or the service (with its message). */
  cancelledBy: nullable(oneOf(['agent', 'adviser'] as const)),
  cancelMessage: nullable(Type.String()),
  /** The département of its office hour (where another slot is searched to move it). */
  departement: Type.Optional(Type.String()),
  /** The last move: when, and the adviser's message to the agent. */
  movedAt: Type.Optional(nullable(Type.String())),
  moveMessage: Type.Optional(nullable(Type.String())),
  abilities: Type.Object({
    cancel: Type.Boolean(),
    /** Move to another free slot: the agent within the académie's delay, the adviser at any time. */
    move: Type.Optional(Type.Boolean()),
    /** Mark it held, no-show or excused: its adviser, once it has begun. */
    setStatus: Type.Optional(Type.Boolean()),
  }),
});
export type Appointment = Static<typeof Appointment>;

export const AppointmentsQuery = Type.Object({
  ...PageQuery.properties,
  /** `upcoming` (default: not yet ended, soonest first) or `past` (latest first). */
  when: Type.Optional(oneOf(['upcoming', 'past'] as const)),
}, { additionalProperties: false });
export type AppointmentsQuery = Static<typeof AppointmentsQuery>;
export const Appointments = pageOf(Appointment);
export type Appointments = Static<typeof Appointments>;

export const CancelAppointmentBody = Type.Object({
  /** Required from the adviser (the agent reads it in their space); optional from the agent. */
  message: Type.Optional(text(APPOINTMENT_CANCEL_MESSAGE_MAX)),
}, { additionalProperties: false });
export type CancelAppointmentBody = Static<typeof CancelAppointmentBody>;

// ─── The adviser's agenda (issue 14, second part) ───

/** What an adviser records once the appointment has begun. */
export const APPOINTMENT_OUTCOMES = ['held', 'no_show', 'excused'] as const;
export type AppointmentOutcome = (typeof APPOINTMENT_OUTCOMES)[number];

export const SetAppointmentStatusBody = Type.Object({ status: oneOf(APPOINTMENT_OUTCOMES) }, { additionalProperties: false });
export type SetAppointmentStatusBody = Static<typeof SetAppointmentStatusBody>;

export const MoveAppointmentBody = Type.Object({
  /** A free slot (`GET /api/slots`), checked again as a booking is. */
  slotId: Type.String({ minLength: 1, maxLength: 200 }),
  /** Required from the adviser (the agent reads it in the mail's space); optional from the agent. */
  message: Type.Optional(text(APPOINTMENT_MOVE_MESSAGE_MAX)),
}, { additionalProperties: false });
export type MoveAppointmentBody = Static<typeof MoveAppointmentBody>;

/** The adviser's agenda: the days [from, to] (Paris), at most 31 days. */
export const AgendaQuery = Type.Object({ from: Day, to: Day }, { additionalProperties: false });
export type AgendaQuery = Static<typeof AgendaQuery>;
export const Agenda = Type.Object({ from: Type.String(), to: Type.String(), items: Type.Array(Appointment) });
export type Agenda = Static<typeof Agenda>;

// ─── Earlier-slot wishes ───

export const CreateEarlierSlotWishBody = Type.Object({
  reason: oneOf(APPOINTMENT_REASONS),
  departement: Type.String({ pattern: '^(\\d{2,3}|2[AB])$' }),
  /** Absent: any mode. */
  mode: Type.Optional(oneOf(APPOINTMENT_MODES)),
}, { additionalProperties: false });
export type CreateEarlierSlotWishBody = Static<typeof CreateEarlierSlotWishBody>;

/** A slot offered to the agent: whoever books it first has it. */
export const SlotOffer = Type.Object({
  slotId: Type.String(),
  startsAt: DateTime,
  endsAt: DateTime,
  mode: oneOf(APPOINTMENT_MODES),
  place: Place,
  adviser: PersonRef,
  offeredAt: DateTime,
  /** Still free at the time of reading. */
  free: Type.Boolean(),
});
export type SlotOffer = Static<typeof SlotOffer>;

export const EarlierSlotWish = Type.Object({
  id: Type.String(),
  reason: oneOf(APPOINTMENT_REASONS),
  departement: Type.String(),
  mode: nullable(oneOf(APPOINTMENT_MODES)),
  createdAt: DateTime,
  offers: Type.Array(SlotOffer),
});
export type EarlierSlotWish = Static<typeof EarlierSlotWish>;
export const EarlierSlotWishes = Type.Object({ items: Type.Array(EarlierSlotWish) });
export type EarlierSlotWishes = Static<typeof EarlierSlotWishes>;

// ─── Private calendar feeds ───

/** The caller's feed: whether one exists; its address only in the answer that creates it (only its hash is kept). */
export const CalendarFeed = Type.Object({
  active: Type.Boolean(),
  createdAt: nullable(DateTime),
  lastReadAt: nullable(DateTime),
  /** The secret address, given once, when created or regenerated. */
  url: Type.Optional(Type.String()),
});
export type CalendarFeed = Static<typeof CalendarFeed>;
export const CalendarFeedParams = Type.Object({ token: Type.String({ maxLength: 100 }) }, { additionalProperties: false });
export type CalendarFeedParams = Static<typeof CalendarFeedParams>;
