/**
 * The contract of the requests module (« sollicitations »): every route's params, query, body
 * and responses. The web takes its types from here with `import type`.
 */
import { Type, type Static } from 'typebox';
import { CHANNELS, CONTACT_PREFERENCES, REQUEST_STATUSES, RESPONSE_TYPES, TOPICS } from '../glossary.ts';
import { DateTime, line, nullable, oneOf, pageOf, PageQuery, PersonRef, text, TEXT_PATTERN, Uuid } from './common.ts';
import {
  BREAK_GLASS_JUSTIFICATION_MAX, BREAK_GLASS_JUSTIFICATION_MIN, CLOSE_SUMMARY_MAX, CONTACT_AVAILABILITY_MAX, MESSAGE_BODY_MAX,
  REOPEN_REASON_MAX, REQUEST_DESCRIPTION_MAX, REQUEST_SEARCH_MAX, REQUEST_SUBJECT_MAX,
} from './limits.ts';

export { IdParams } from './common.ts';

const nullableDate = nullable(DateTime);

export const AttachmentRef = Type.Object({ id: Type.String(), filename: Type.String(), mediaType: Type.String(), sizeBytes: Type.Integer() });
export type AttachmentRef = Static<typeof AttachmentRef>;

export const RequestSummary = Type.Object({
  id: Type.String(),
  reference: Type.String(),
  topic: oneOf(TOPICS),
  /** For whoever may not read the content: « <thème> — demande confidentielle », never the subject. */
  subject: Type.String(),
  status: oneOf(REQUEST_STATUSES),
  sensitive: Type.Boolean(),
  channel: oneOf(CHANNELS),
  createdAt: DateTime,
  acknowledgedAt: nullableDate,
  firstResponseDueAt: nullableDate,
  firstRespondedAt: nullableDate,
  closedAt: nullableDate,
  responseType: nullable(oneOf(RESPONSE_TYPES)),
  /** Decided by the server, which knows when the clock is paused. */
  overdue: Type.Boolean(),
  assignee: nullable(PersonRef),
  /** The agent, named to staff only. */
  agent: Type.Optional(PersonRef),
  /**
   * Something happened since the caller last opened it (the agent's own requests, the requests
   * assigned to a staff member and not closed): the `unread` counter counts exactly these.
   */
  unread: Type.Optional(Type.Boolean()),
});
export type RequestSummary = Static<typeof RequestSummary>;

/** 'message', 'note' (internal, staff only) or an event: submitted, assigned, status_changed… */
export const TimelineItem = Type.Object({
  kind: Type.String(),
  at: DateTime,
  label: Type.String(),
  id: Type.Optional(Type.String()),
  author: Type.Optional(nullable(Type.Object({ id: Type.String(), displayName: Type.String(), staff: Type.Boolean() }))),
  /** Messages and internal notes carry their text. */
  body: Type.Optional(nullable(Type.String())),
  attachments: Type.Optional(Type.Array(AttachmentRef)),
});
export type TimelineItem = Static<typeof TimelineItem>;

/** What the viewer may do with the request, decided by the server: the interface never guesses. */
export const RequestAbilities = Type.Object({
  reply: Type.Boolean(),
  note: Type.Boolean(),
  changeStatus: Type.Boolean(),
  close: Type.Boolean(),
  reopen: Type.Boolean(),
  assign: Type.Boolean(),
  take: Type.Boolean(),
  breakGlass: Type.Boolean(),
});
export type RequestAbilities = Static<typeof RequestAbilities>;

export const AgentProfile = Type.Object({
  establishmentName: nullable(Type.String()),
  category: nullable(Type.String()),
  employmentStatus: nullable(Type.String()),
  establishmentUai: nullable(Type.String()),
});
export type AgentProfile = Static<typeof AgentProfile>;

/** One request. The content fields are absent when `contentHidden`; the agent's profile and contact, for staff only. */
export const RequestDetail = Type.Intersect([
  RequestSummary,
  Type.Object({
    contentHidden: Type.Boolean(),
    anonymised: Type.Boolean(),
    abilities: RequestAbilities,
    description: Type.Optional(Type.String()),
    contactPreference: Type.Optional(oneOf(CONTACT_PREFERENCES)),
    consentToShare: Type.Optional(Type.Boolean()),
    closingSummary: Type.Optional(nullable(Type.String())),
    attachments: Type.Optional(Type.Array(AttachmentRef)),
    departementCode: Type.String(),
    agentProfile: Type.Optional(AgentProfile),
    agentContact: Type.Optional(Type.Object({ email: Type.String(), phone: nullable(Type.String()) })),
    timeline: Type.Array(TimelineItem),
  }),
]);
export type RequestDetail = Static<typeof RequestDetail>;

export const ListRequestsQuery = Type.Intersect([
  PageQuery,
  Type.Object({
    /** A status, or `active`: every status but `closed`. */
    status: Type.Optional(oneOf([...REQUEST_STATUSES, 'active'] as const)),
    topic: Type.Optional(oneOf(TOPICS)),
    assignedTo: Type.Optional(oneOf(['me', 'nobody'] as const)),
    overdue: Type.Optional(Type.Boolean()),
    dueThisWeek: Type.Optional(Type.Boolean()),
    departement: Type.Optional(Type.String({ pattern: '^(\\d{2,3}|2A|2B)$' })),
    /** A reference (AMI-2026-000042) or the beginning of an agent's name or e-mail. */
    q: Type.Optional(line(REQUEST_SEARCH_MAX, { blank: true })),
    sort: Type.Optional(oneOf(['newest', 'due'] as const)),
    /** Only the requests with news since the caller last opened them: what the `unread` counter counts. */
    unread: Type.Optional(Type.Boolean()),
  }),
]);
export type ListRequestsQuery = Static<typeof ListRequestsQuery>;

export const RequestPage = pageOf(RequestSummary);
export type RequestPage = Static<typeof RequestPage>;

/** How many requests each filter of the queue would show, and the unread ones. */
export const RequestCounts = Type.Object({
  active: Type.Integer(), open: Type.Integer(), inProgress: Type.Integer(), waitingAgent: Type.Integer(), closed: Type.Integer(),
  overdue: Type.Integer(), dueThisWeek: Type.Integer(), assignedToMe: Type.Integer(), unassigned: Type.Integer(), unread: Type.Integer(),
});
export type RequestCounts = Static<typeof RequestCounts>;

/** An agent submits their own request; staff log one for an agent with `agentId` and `channel`. */
export const SubmitRequestBody = Type.Object({
  topic: oneOf(TOPICS),
  /** One line: it becomes a mail's subject line and a list's title. */
  subject: line(REQUEST_SUBJECT_MAX),
  description: text(REQUEST_DESCRIPTION_MAX),
  contactPreference: oneOf(CONTACT_PREFERENCES),
  contactAvailability: Type.Optional(line(CONTACT_AVAILABILITY_MAX, { blank: true })),
  consentToShare: Type.Optional(Type.Boolean()),
  sensitive: Type.Optional(Type.Boolean()),
  agentId: Type.Optional(Uuid),
  channel: Type.Optional(oneOf(CHANNELS)),
}, { additionalProperties: false });
export type SubmitRequestBody = Static<typeof SubmitRequestBody>;

export const Acknowledgement = Type.Object({ reference: Type.String(), handledBy: Type.String(), firstResponseDueAt: nullableDate });
export const SubmittedRequest = Type.Intersect([RequestDetail, Type.Object({ acknowledgement: Acknowledgement })]);
export type SubmittedRequest = Static<typeof SubmittedRequest>;

export const BodyText = Type.Object({ body: text(MESSAGE_BODY_MAX) }, { additionalProperties: false });
export type BodyText = Static<typeof BodyText>;
export const AssignBody = Type.Object({ adviserId: Uuid }, { additionalProperties: false });
export type AssignBody = Static<typeof AssignBody>;
export const CloseBody = Type.Object({ responseType: oneOf(RESPONSE_TYPES), summary: text(CLOSE_SUMMARY_MAX) }, { additionalProperties: false });
export type CloseBody = Static<typeof CloseBody>;
/** Why the request is reopened: optional, told to staff in the timeline, never in a mail. */
export const ReopenBody = Type.Object({ reason: Type.Optional(text(REOPEN_REASON_MAX)) }, { additionalProperties: false });
export type ReopenBody = Static<typeof ReopenBody>;
/** The moves made by hand; closing and reopening have their own routes. */
export const StatusBody = Type.Object({ status: oneOf(['in_progress', 'waiting_agent'] as const) }, { additionalProperties: false });
export type StatusBody = Static<typeof StatusBody>;
export const BreakGlassBody = Type.Object({
  justification: Type.String({ minLength: BREAK_GLASS_JUSTIFICATION_MIN, maxLength: BREAK_GLASS_JUSTIFICATION_MAX, pattern: TEXT_PATTERN }),
}, { additionalProperties: false });
export type BreakGlassBody = Static<typeof BreakGlassBody>;

/** A message or a note just written. */
export const Created = Type.Object({ id: Type.String(), createdAt: DateTime });
export type Created = Static<typeof Created>;

/**
 * « Qui a consulté ma demande »: the staff reads of the agent's request, one line per person,
 * role and day (Europe/Paris): `at` is the latest read of that day, `firstAt` the first, `count`
 * how many. An exceptional opening is always a line of its own.
 */
export const RequestReader = Type.Object({
  readerName: Type.String(), role: Type.String(), at: DateTime, breakGlass: Type.Boolean(),
  firstAt: Type.Optional(DateTime), count: Type.Optional(Type.Integer({ minimum: 1 })),
});
export type RequestReader = Static<typeof RequestReader>;
export const Readers = Type.Array(RequestReader);
export type Readers = Static<typeof Readers>;
