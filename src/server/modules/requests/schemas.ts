import { Type } from 'typebox';
import { CHANNELS, CONTACT_PREFERENCES, REQUEST_STATUSES, RESPONSE_TYPES, TOPICS } from '../../../shared/glossary.ts';
import { pageOf, PageQuery } from '../../http/pagination.ts';
import { oneOf } from '../../http/typed.ts';

const nullableDate = Type.Union([Type.String({ format: 'date-time' }), Type.Null()]);
const PersonRef = Type.Object({ id: Type.String(), displayName: Type.String() });

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
  responseType: Type.Union([oneOf(RESPONSE_TYPES), Type.Null()]),
  assignee: Type.Union([PersonRef, Type.Null()]),
  agent: Type.Optional(PersonRef),
});

export const RequestDetail = Type.Intersect([
  RequestSummary,
  Type.Object({
    contentHidden: Type.Boolean(),
    description: Type.Optional(Type.String()),
    contactPreference: Type.Optional(oneOf(CONTACT_PREFERENCES)),
    consentToShare: Type.Optional(Type.Boolean()),
    closingSummary: Type.Optional(Type.Union([Type.String(), Type.Null()])),
    timeline: Type.Array(Type.Object({ kind: Type.String(), at: Type.String({ format: 'date-time' }), label: Type.String() })),
  }),
]);

export const ListRequestsQuery = Type.Intersect([
  PageQuery,
  Type.Object({
    status: Type.Optional(oneOf(REQUEST_STATUSES)),
    topic: Type.Optional(oneOf(TOPICS)),
    assignedTo: Type.Optional(Type.Literal('me')),
    overdue: Type.Optional(Type.Boolean()),
  }),
]);

export const RequestPage = pageOf(RequestSummary);
