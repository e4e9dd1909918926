import { Type } from 'typebox';
import { CHANNELS, CONTACT_PREFERENCES, REQUEST_STATUSES, RESPONSE_TYPES, TOPICS } from '../../../shared/glossary.ts';
import { nullable, oneOf, pageOf, PageQuery } from '../../../shared/contracts/common.ts';

const nullableDate = nullable(Type.String({ format: 'date-time' }));
const PersonRef = Type.Object({ id: Type.String(), displayName: Type.String() });
const AttachmentRef = Type.Object({ id: Type.String(), filename: Type.String(), mediaType: Type.String(), sizeBytes: Type.Integer() });

export const RequestSummary = Type.Object({
  id: Type.String(),
  reference: Type.String(),
  topic: oneOf(TOPICS),
  subject: Type.String(),
  status: oneOf(REQUEST_STATUSES),
  sensitive: Type.Boolean(),
  channel: oneOf(CHANNELS),
  createdAt: Type.String({ format: 'date-time' }),
  acknowledgedAt: nullableDate,
  firstResponseDueAt: nullableDate,
  firstRespondedAt: nullableDate,
  closedAt: nullableDate,
  responseType: nullable(oneOf(RESPONSE_TYPES)),
  overdue: Type.Boolean(),
  assignee: nullable(PersonRef),
  agent: Type.Optional(PersonRef),
});

const TimelineItem = Type.Object({
  kind: Type.String(),
  at: Type.String({ format: 'date-time' }),
  label: Type.String(),
  id: Type.Optional(Type.String()),
  author: Type.Optional(nullable(Type.Object({ id: Type.String(), displayName: Type.String(), staff: Type.Boolean() }))),
  body: Type.Optional(nullable(Type.String())),
  attachments: Type.Optional(Type.Array(AttachmentRef)),
});

export const RequestDetail = Type.Intersect([
  RequestSummary,
  Type.Object({
    contentHidden: Type.Boolean(),
    anonymised: Type.Boolean(),
    abilities: Type.Record(Type.String(), Type.Boolean()),
    description: Type.Optional(Type.String()),
    contactPreference: Type.Optional(oneOf(CONTACT_PREFERENCES)),
    consentToShare: Type.Optional(Type.Boolean()),
    closingSummary: Type.Optional(nullable(Type.String())),
    attachments: Type.Optional(Type.Array(AttachmentRef)),
    departementCode: Type.String(),
    agentProfile: Type.Optional(Type.Object({
      establishmentName: nullable(Type.String()),
      category: nullable(Type.String()),
      employmentStatus: nullable(Type.String()),
      establishmentUai: nullable(Type.String()),
    })),
    agentContact: Type.Optional(Type.Object({ email: Type.String(), phone: nullable(Type.String()) })),
    timeline: Type.Array(TimelineItem),
  }),
]);

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
    q: Type.Optional(Type.String({ maxLength: 100 })),
    sort: Type.Optional(oneOf(['newest', 'due'] as const)),
  }),
]);

export const RequestPage = pageOf(RequestSummary);

export const RequestCounts = Type.Object({
  active: Type.Integer(), open: Type.Integer(), inProgress: Type.Integer(), waitingAgent: Type.Integer(), closed: Type.Integer(),
  overdue: Type.Integer(), dueThisWeek: Type.Integer(), assignedToMe: Type.Integer(), unassigned: Type.Integer(), unread: Type.Integer(),
});

const text = (max: number) => Type.String({ minLength: 1, maxLength: max, pattern: '\\S' });

export const SubmitRequestBody = Type.Object({
  topic: oneOf(TOPICS),
  subject: text(200),
  description: text(10_000),
  contactPreference: oneOf(CONTACT_PREFERENCES),
  contactAvailability: Type.Optional(Type.String({ maxLength: 500 })),
  consentToShare: Type.Optional(Type.Boolean()),
  sensitive: Type.Optional(Type.Boolean()),
  agentId: Type.Optional(Type.String({ maxLength: 64 })),
  channel: Type.Optional(oneOf(CHANNELS)),
}, { additionalProperties: false });

export const SubmittedRequest = Type.Intersect([RequestDetail, Type.Object({ acknowledgement: Type.Object({
  reference: Type.String(), handledBy: Type.String(), firstResponseDueAt: nullableDate,
}) })]);

export const BodyText = Type.Object({ body: text(10_000) }, { additionalProperties: false });
export const AssignBody = Type.Object({ adviserId: Type.String({ maxLength: 64 }) }, { additionalProperties: false });
export const CloseBody = Type.Object({ responseType: oneOf(RESPONSE_TYPES), summary: text(5_000) }, { additionalProperties: false });
export const StatusBody = Type.Object({ status: oneOf(['in_progress', 'waiting_agent'] as const) }, { additionalProperties: false });
export const BreakGlassBody = Type.Object({ justification: Type.String({ minLength: 20, maxLength: 2_000 }) }, { additionalProperties: false });
export const IdParams = Type.Object({ id: Type.String({ maxLength: 64 }) });
export const Created = Type.Object({ id: Type.String(), createdAt: Type.String({ format: 'date-time' }) });
export const Readers = Type.Array(Type.Object({ readerName: Type.String(), role: Type.String(), at: Type.String({ format: 'date-time' }), breakGlass: Type.Boolean() }));
