/** The contract of key dates (issue 16): campaigns and deadlines, as JSON and as an iCalendar feed. */
import { Type, type Static } from 'typebox';
import { AGENT_CATEGORIES, KEY_DATE_KINDS, KEY_DATE_STATUSES } from '../glossary.ts';
import { KEY_DATE_DESCRIPTION_MAX, KEY_DATE_REMINDERS_MAX, KEY_DATE_REMINDER_DAYS_MAX, KEY_DATE_TITLE_MAX } from './limits.ts';
import { DateTime, Day, Uuid, line, nullable, oneOf } from './common.ts';

export { IdParams } from './common.ts';
export {
  KEY_DATE_KINDS, KEY_DATE_KIND_LABELS, KEY_DATE_STATUSES, KEY_DATE_STATUS_LABELS, type KeyDateKind, type KeyDateStatus,
} from '../glossary.ts';

const AcademieCode = Type.String({ pattern: '^[A-Z-]{2,30}$', maxLength: 30 });

/** `GET /api/key-dates` and `.ics`: an académie (national dates are always included) and a category of staff. */
export const KeyDatesQuery = Type.Object({
  academie: Type.Optional(AcademieCode),
  audience: Type.Optional(oneOf(AGENT_CATEGORIES)),
  /** YYYY-MM-DD: dates ending on or after this day (default: none, the whole calendar). */
  from: Type.Optional(Day),
  to: Type.Optional(Day),
});
export type KeyDatesQuery = Static<typeof KeyDatesQuery>;

export const ArticleLink = Type.Object({ id: Type.String(), title: Type.String(), url: Type.String() });

export const KeyDate = Type.Object({
  id: Uuid,
  /** Null: a national key date. */
  academie: nullable(Type.String()),
  kind: oneOf(KEY_DATE_KINDS),
  title: Type.String(),
  description: Type.String(),
  startsOn: Day,
  endsOn: Day,
  /** Categories of staff concerned; empty: every agent. */
  audience: Type.Array(oneOf(AGENT_CATEGORIES)),
  /** The article that explains it, when it is published. */
  article: nullable(ArticleLink),
  reminderDays: Type.Array(Type.Integer()),
  status: oneOf(KEY_DATE_STATUSES),
  sequence: Type.Integer(),
  updatedAt: DateTime,
});
export type KeyDate = Static<typeof KeyDate>;

export const KeyDates = Type.Object({ items: Type.Array(KeyDate) });
export type KeyDates = Static<typeof KeyDates>;

/** What an editor writes; `academie` null is national (a national editor only). */
const keyDateFields = {
  kind: oneOf(KEY_DATE_KINDS),
  title: line(KEY_DATE_TITLE_MAX),
  description: Type.Optional(Type.String({ maxLength: KEY_DATE_DESCRIPTION_MAX, pattern: '^[^\\u0000-\\u0008\\u000b\\u000c\\u000e-\\u001f\\u007f-\\u009f]*$' })),
  startsOn: Day,
  endsOn: Type.Optional(Day),
  audience: Type.Optional(Type.Array(oneOf(AGENT_CATEGORIES), { maxItems: AGENT_CATEGORIES.length, uniqueItems: true })),
  articleId: Type.Optional(nullable(Uuid)),
  reminderDays: Type.Optional(Type.Array(Type.Integer({ minimum: 0, maximum: KEY_DATE_REMINDER_DAYS_MAX }), { maxItems: KEY_DATE_REMINDERS_MAX, uniqueItems: true })),
};
export const KeyDateBody = Type.Object({ academie: nullable(AcademieCode), ...keyDateFields }, { additionalProperties: false });
export type KeyDateBody = Static<typeof KeyDateBody>;

export const UpdateKeyDateBody = Type.Partial(Type.Object(keyDateFields, { additionalProperties: false }), { additionalProperties: false, minProperties: 1 });
export type UpdateKeyDateBody = Static<typeof UpdateKeyDateBody>;

/** The editor's list: the key dates they manage, cancelled ones included. */
export const ManagedKeyDatesQuery = Type.Object({ academie: Type.Optional(AcademieCode) });
export type ManagedKeyDatesQuery = Static<typeof ManagedKeyDatesQuery>;

/** « Mon espace »: the key dates of the agent's académie and category, and the feed that carries them. */
export const MyKeyDates = Type.Object({
  academie: nullable(Type.String()),
  audience: nullable(oneOf(AGENT_CATEGORIES)),
  items: Type.Array(KeyDate),
});
export type MyKeyDates = Static<typeof MyKeyDates>;
