/** The contract of the HR newsletter (issue 16): issues, their approval and sending, subscriptions, the archive, unsubscribing. */
import { Type, type Static } from 'typebox';
import { AGENT_CATEGORIES, NEWSLETTER_KINDS, NEWSLETTER_STATUSES } from '../glossary.ts';
import {
  NEWSLETTER_EDITORIAL_MAX, NEWSLETTER_ITEMS_MAX, NEWSLETTER_SECTIONS_MAX, NEWSLETTER_SECTION_BODY_MAX, NEWSLETTER_SECTION_TITLE_MAX, NEWSLETTER_TITLE_MAX,
} from './limits.ts';
import { DateTime, Day, PersonRef, Uuid, line, nullable, oneOf } from './common.ts';

export { IdParams } from './common.ts';
export {
  NEWSLETTER_KINDS, NEWSLETTER_KIND_LABELS, NEWSLETTER_STATUSES, NEWSLETTER_STATUS_LABELS, type NewsletterKind, type NewsletterStatus,
} from '../glossary.ts';

const AcademieCode = Type.String({ pattern: '^[A-Z-]{2,30}$', maxLength: 30 });
const DepartementCode = Type.String({ pattern: '^(\\d{2,3}|2A|2B)$' });
const plainText = (max: number) => Type.String({ maxLength: max, pattern: '^[^\\u0000-\\u0008\\u000b\\u000c\\u000e-\\u001f\\u007f-\\u009f]*$' });

/** An item of an issue: an article of the knowledge base, or a key date. */
export const NewsletterItemRef = Type.Union([
  Type.Object({ type: Type.Literal('article'), articleId: Uuid }, { additionalProperties: false }),
  Type.Object({ type: Type.Literal('key_date'), keyDateId: Uuid }, { additionalProperties: false }),
]);
export type NewsletterItemRef = Static<typeof NewsletterItemRef>;

/** « Focus par métier »: a section shown only to the recipients of one category of staff. */
export const NewsletterSection = Type.Object({
  category: oneOf(AGENT_CATEGORIES),
  title: line(NEWSLETTER_SECTION_TITLE_MAX),
  body: plainText(NEWSLETTER_SECTION_BODY_MAX),
  articleIds: Type.Optional(Type.Array(Uuid, { maxItems: 5, uniqueItems: true })),
}, { additionalProperties: false });
export type NewsletterSection = Static<typeof NewsletterSection>;

/** Who receives it: the académie's subscribed agents, narrowed to départements and categories (empty: all). */
export const NewsletterAudience = Type.Object({
  departements: Type.Array(DepartementCode, { maxItems: 10, uniqueItems: true }),
  categories: Type.Array(oneOf(AGENT_CATEGORIES), { maxItems: AGENT_CATEGORIES.length, uniqueItems: true }),
}, { additionalProperties: false });
export type NewsletterAudience = Static<typeof NewsletterAudience>;

const issueFields = {
  kind: oneOf(NEWSLETTER_KINDS),
  title: line(NEWSLETTER_TITLE_MAX),
  editorial: Type.Optional(plainText(NEWSLETTER_EDITORIAL_MAX)),
  items: Type.Optional(Type.Array(NewsletterItemRef, { maxItems: NEWSLETTER_ITEMS_MAX })),
  sections: Type.Optional(Type.Array(NewsletterSection, { maxItems: NEWSLETTER_SECTIONS_MAX })),
  audience: Type.Optional(NewsletterAudience),
  /** When it leaves, once approved; null or past: as soon as it is approved. */
  sendAt: Type.Optional(nullable(DateTime)),
};
export const NewsletterBody = Type.Object({ academie: AcademieCode, ...issueFields }, { additionalProperties: false });
export type NewsletterBody = Static<typeof NewsletterBody>;
export const UpdateNewsletterBody = Type.Partial(Type.Object(issueFields, { additionalProperties: false }), { additionalProperties: false, minProperties: 1 });
export type UpdateNewsletterBody = Static<typeof UpdateNewsletterBody>;

/** Where the sending stands: recipients written, mails sent, failed, still to send. */
export const NewsletterProgress = Type.Object({
  recipients: Type.Integer(), sent: Type.Integer(), failed: Type.Integer(), remaining: Type.Integer(), unsubscribed: Type.Integer(),
});
export type NewsletterProgress = Static<typeof NewsletterProgress>;

export const NewsletterIssue = Type.Object({
  id: Uuid,
  academie: Type.String(),
  kind: oneOf(NEWSLETTER_KINDS),
  title: Type.String(),
  editorial: Type.String(),
  items: Type.Array(NewsletterItemRef),
  sections: Type.Array(NewsletterSection),
  audience: NewsletterAudience,
  status: oneOf(NEWSLETTER_STATUSES),
  sendAt: nullable(DateTime),
  createdBy: PersonRef,
  updatedBy: PersonRef,
  approvedBy: nullable(PersonRef),
  approvedAt: nullable(DateTime),
  sentAt: nullable(DateTime),
  updatedAt: DateTime,
  progress: NewsletterProgress,
  abilities: Type.Object({ edit: Type.Boolean(), submit: Type.Boolean(), approve: Type.Boolean(), cancel: Type.Boolean() }),
});
export type NewsletterIssue = Static<typeof NewsletterIssue>;

export const NewsletterIssueSummary = Type.Object({
  id: Uuid, academie: Type.String(), kind: oneOf(NEWSLETTER_KINDS), title: Type.String(), status: oneOf(NEWSLETTER_STATUSES),
  sendAt: nullable(DateTime), sentAt: nullable(DateTime), updatedAt: DateTime,
});
export type NewsletterIssueSummary = Static<typeof NewsletterIssueSummary>;
export const NewsletterIssues = Type.Object({ items: Type.Array(NewsletterIssueSummary) });
export type NewsletterIssues = Static<typeof NewsletterIssues>;

/** The mail as a recipient of `category` will read it (the unsubscribe link masked). */
export const NewsletterPreviewQuery = Type.Object({ category: Type.Optional(oneOf(AGENT_CATEGORIES)) });
export type NewsletterPreviewQuery = Static<typeof NewsletterPreviewQuery>;
export const NewsletterPreview = Type.Object({
  subject: Type.String(), text: Type.String(), html: Type.String(),
  headers: Type.Object({ listUnsubscribe: Type.String(), listUnsubscribePost: Type.String() }),
});
export type NewsletterPreview = Static<typeof NewsletterPreview>;

// ─── The public archive ───

export const ArchiveQuery = Type.Object({ academie: AcademieCode });
export type ArchiveQuery = Static<typeof ArchiveQuery>;
export const ArchivedIssueSummary = Type.Object({ id: Uuid, kind: oneOf(NEWSLETTER_KINDS), title: Type.String(), sentAt: DateTime });
export const ArchivedIssues = Type.Object({ items: Type.Array(ArchivedIssueSummary) });
export type ArchivedIssues = Static<typeof ArchivedIssues>;

/** What an issue says, as data: the interface lays it out (never HTML from the server). */
export const IssueContentItem = Type.Object({
  type: oneOf(['article', 'key_date'] as const),
  title: Type.String(),
  summary: Type.String(),
  url: nullable(Type.String()),
  startsOn: nullable(Day),
  endsOn: nullable(Day),
});
export type IssueContentItem = Static<typeof IssueContentItem>;
export const ArchivedIssue = Type.Object({
  id: Uuid, academie: Type.String(), kind: oneOf(NEWSLETTER_KINDS), title: Type.String(), sentAt: nullable(DateTime),
  editorial: Type.String(),
  items: Type.Array(IssueContentItem),
  sections: Type.Array(Type.Object({ category: oneOf(AGENT_CATEGORIES), title: Type.String(), body: Type.String(), items: Type.Array(IssueContentItem) })),
});
export type ArchivedIssue = Static<typeof ArchivedIssue>;

// ─── Subscriptions ───

export const Subscriptions = Type.Object({
  items: Type.Array(Type.Object({ kind: oneOf(NEWSLETTER_KINDS), subscribed: Type.Boolean(), chosen: Type.Boolean() })),
});
export type Subscriptions = Static<typeof Subscriptions>;
export const SubscriptionsBody = Type.Object({ quarterly: Type.Boolean(), weekly_flash: Type.Boolean() }, { additionalProperties: false });
export type SubscriptionsBody = Static<typeof SubscriptionsBody>;

export const NewsletterDefaultsQuery = Type.Object({ academie: AcademieCode });
export const NewsletterDefaults = Type.Object({ academie: Type.String(), quarterly: Type.Boolean(), weekly_flash: Type.Boolean() });
export type NewsletterDefaults = Static<typeof NewsletterDefaults>;
export const NewsletterDefaultsBody = Type.Object({ academie: AcademieCode, quarterly: Type.Boolean(), weekly_flash: Type.Boolean() }, { additionalProperties: false });
export type NewsletterDefaultsBody = Static<typeof NewsletterDefaultsBody>;

// ─── Unsubscribing (RFC 8058) ───

export const UnsubscribeParams = Type.Object({ token: Type.String({ pattern: '^[A-Za-z0-9_-]{43}$' }) });
export type UnsubscribeParams = Static<typeof UnsubscribeParams>;
