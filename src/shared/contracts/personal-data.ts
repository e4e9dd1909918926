/**
 * The contract of « Mes données » (GDPR right of access): the file a person downloads with
 * everything ProxiRH holds about them as an agent.
 */
import { Type, type Static } from 'typebox';
import {
  AGENT_CATEGORIES, CHANNELS, CONTACT_PREFERENCES, EMPLOYMENT_STATUSES, GENDERS, REQUEST_STATUSES, RESPONSE_TYPES, ROLES, TOPICS,
} from '../glossary.ts';
import { DateTime, nullable, oneOf } from './common.ts';
import { Territory } from './auth.ts';

const nullableText = nullable(Type.String());
const nullableDate = nullable(DateTime);

export const ExportedPerson = Type.Object({
  id: Type.String(),
  email: Type.String(),
  displayName: Type.String(),
  givenName: nullableText,
  familyName: nullableText,
  phone: nullableText,
  category: nullable(oneOf(AGENT_CATEGORIES)),
  employmentStatus: nullable(oneOf(EMPLOYMENT_STATUSES)),
  gender: nullable(oneOf(GENDERS)),
  birthYear: nullable(Type.Integer()),
  establishmentUai: nullableText,
  departementCode: nullableText,
  academieCode: nullableText,
  createdAt: DateTime,
});
export type ExportedPerson = Static<typeof ExportedPerson>;

export const ExportedRequest = Type.Object({
  reference: Type.String(),
  topic: oneOf(TOPICS),
  subject: Type.String(),
  /** Null once the request was anonymised. */
  description: nullableText,
  status: oneOf(REQUEST_STATUSES),
  sensitive: Type.Boolean(),
  channel: oneOf(CHANNELS),
  contactPreference: oneOf(CONTACT_PREFERENCES),
  consentToShare: Type.Boolean(),
  createdAt: DateTime,
  firstResponseDueAt: nullableDate,
  firstRespondedAt: nullableDate,
  closedAt: nullableDate,
  responseType: nullable(oneOf(RESPONSE_TYPES)),
  closingSummary: nullableText,
  messages: Type.Array(Type.Object({ fromStaff: Type.Boolean(), body: nullableText, at: DateTime })),
  /** The events the agent is shown on their request. */
  events: Type.Array(Type.Object({ kind: Type.String(), at: DateTime })),
  attachments: Type.Array(Type.Object({ filename: Type.String(), mediaType: Type.String(), sizeBytes: Type.Integer(), at: DateTime })),
  /** Who, other than the agent, read or acted on the request (from the audit log). */
  readBy: Type.Array(Type.Object({ name: nullableText, role: nullableText, action: Type.String(), at: DateTime })),
  /** Staff working notes: counted, not given (the right of access to them goes through the DPO). */
  internalNotes: Type.Object({ count: Type.Integer() }),
});
export type ExportedRequest = Static<typeof ExportedRequest>;

export const PersonalDataExport = Type.Object({
  exportedAt: DateTime,
  person: ExportedPerson,
  roles: Type.Array(Type.Object({ role: oneOf(ROLES), territory: Territory, since: DateTime })),
  requests: Type.Array(ExportedRequest),
});
export type PersonalDataExport = Static<typeof PersonalDataExport>;
