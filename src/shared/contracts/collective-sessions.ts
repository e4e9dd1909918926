/** The contract of collective sessions (issue 14): information meetings, workshops, webinars; registrations, waiting list, attendance. */
import { Type, type Static } from 'typebox';
import { AGENT_CATEGORIES, ATTENDANCES, REGISTRATION_STATUSES, SESSION_KINDS, SESSION_PLACE_KINDS } from '../glossary.ts';
import { SESSION_CANCEL_MESSAGE_MAX, SESSION_CAPACITY_MAX, SESSION_DESCRIPTION_MAX, SESSION_TITLE_MAX } from './limits.ts';
import { DateTime, PersonRef, Uuid, line, nullable, oneOf, text } from './common.ts';

export { IdParams } from './common.ts';
export {
  ATTENDANCES, ATTENDANCE_LABELS, REGISTRATION_STATUSES, REGISTRATION_STATUS_LABELS, SESSION_KINDS, SESSION_KIND_LABELS, SESSION_PLACE_KINDS,
  type Attendance, type RegistrationStatus, type SessionKind, type SessionPlaceKind,
} from '../glossary.ts';

const DepartementCode = Type.String({ pattern: '^(\\d{2,3}|2A|2B)$' });

const sessionFields = {
  title: line(SESSION_TITLE_MAX),
  kind: oneOf(SESSION_KINDS),
  /** Plain text, shown as text (never as HTML). */
  description: Type.Optional(text(SESSION_DESCRIPTION_MAX)),
  startsAt: DateTime,
  endsAt: DateTime,
  place: Type.Object({
    kind: oneOf(SESSION_PLACE_KINDS),
    label: line(200),
    address: Type.Optional(nullable(line(300))),
    /** The establishment, by UAI, for `establishment`. */
    uai: Type.Optional(nullable(Type.String({ pattern: '^\\d{7}[A-Z]$' }))),
    /** The link of a webinar, given to the registered people only. */
    url: Type.Optional(nullable(Type.String({ maxLength: 500, pattern: '^https://[^\\s]+$' }))),
  }, { additionalProperties: false }),
  capacity: Type.Integer({ minimum: 1, maximum: SESSION_CAPACITY_MAX }),
  /** The audience: départements of the académie (empty: all of it) and staff categories (empty: all). */
  audience: Type.Object({
    departements: Type.Array(DepartementCode, { maxItems: 20, uniqueItems: true }),
    categories: Type.Array(oneOf(AGENT_CATEGORIES), { uniqueItems: true }),
  }, { additionalProperties: false }),
};

export const CreateSessionBody = Type.Object({
  /** The organiser (an adviser or coordinator of the académie); absent: the caller. */
  organiserId: Type.Optional(Uuid),
  /** The département where it is held; absent: the establishment's, else the organiser's. */
  departement: Type.Optional(DepartementCode),
  ...sessionFields,
}, { additionalProperties: false });
export type CreateSessionBody = Static<typeof CreateSessionBody>;

export const UpdateSessionBody = Type.Partial(Type.Object({
  ...sessionFields,
  /** Plain text; null removes it (an empty field of the form). */
  description: Type.Optional(nullable(text(SESSION_DESCRIPTION_MAX))),
}, { additionalProperties: false }), { additionalProperties: false, minProperties: 1 });
export type UpdateSessionBody = Static<typeof UpdateSessionBody>;

export const CancelSessionBody = Type.Object({ message: Type.Optional(text(SESSION_CANCEL_MESSAGE_MAX)) }, { additionalProperties: false });
export type CancelSessionBody = Static<typeof CancelSessionBody>;

export const SessionPlace = Type.Object({
  kind: oneOf(SESSION_PLACE_KINDS),
  label: Type.String(),
  address: nullable(Type.String()),
  uai: nullable(Type.String()),
  /** The visio link: to its registered people and its organisers only. */
  url: Type.Optional(Type.String()),
});

/** The caller's registration: their seat, or their rank on the waiting list (1 = next promoted). */
export const MyRegistration = Type.Object({
  status: oneOf(['registered', 'waiting'] as const),
  position: nullable(Type.Integer()),
});
export type MyRegistration = Static<typeof MyRegistration>;

export const CollectiveSession = Type.Object({
  id: Type.String(),
  title: Type.String(),
  kind: oneOf(SESSION_KINDS),
  description: Type.String(),
  startsAt: DateTime,
  endsAt: DateTime,
  academie: Type.String(),
  departement: Type.String(),
  place: SessionPlace,
  capacity: Type.Integer(),
  seatsLeft: Type.Integer(),
  waitingCount: Type.Integer(),
  audience: Type.Object({ departements: Type.Array(Type.String()), categories: Type.Array(oneOf(AGENT_CATEGORIES)) }),
  organiser: PersonRef,
  status: oneOf(['scheduled', 'cancelled'] as const),
  myRegistration: nullable(MyRegistration),
  abilities: Type.Object({
    register: Type.Boolean(), unregister: Type.Boolean(), manage: Type.Boolean(),
    /** Edit or cancel: managed, not cancelled, not started. */
    change: Type.Boolean(),
    recordAttendance: Type.Boolean(),
  }),
});
export type CollectiveSession = Static<typeof CollectiveSession>;

export const CollectiveSessions = Type.Object({ items: Type.Array(CollectiveSession) });
export type CollectiveSessions = Static<typeof CollectiveSessions>;

export const OrganisedSessionsQuery = Type.Object({
  /** upcoming (default): not yet ended; past: ended. */
  when: Type.Optional(oneOf(['upcoming', 'past'] as const)),
}, { additionalProperties: false });
export type OrganisedSessionsQuery = Static<typeof OrganisedSessionsQuery>;

export const Participant = Type.Object({
  registrationId: Type.String(),
  agent: Type.Object({ id: Type.String(), displayName: Type.String(), email: Type.String() }),
  status: oneOf(REGISTRATION_STATUSES),
  position: nullable(Type.Integer()),
  queuedAt: DateTime,
  attendance: nullable(oneOf(ATTENDANCES)),
});
export type Participant = Static<typeof Participant>;
export const Participants = Type.Object({ registered: Type.Array(Participant), waiting: Type.Array(Participant) });
export type Participants = Static<typeof Participants>;

export const AttendanceBody = Type.Object({
  items: Type.Array(Type.Object({ registrationId: Uuid, attendance: oneOf(ATTENDANCES) }, { additionalProperties: false }), { minItems: 1, maxItems: SESSION_CAPACITY_MAX }),
}, { additionalProperties: false });
export type AttendanceBody = Static<typeof AttendanceBody>;

export const RegistrationResult = Type.Object({ status: oneOf(['registered', 'waiting'] as const), position: nullable(Type.Integer()) });
export type RegistrationResult = Static<typeof RegistrationResult>;
