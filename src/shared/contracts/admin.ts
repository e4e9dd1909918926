/**
 * The contract of administration: the accounts of the administered territory (created, granted
 * roles, deactivated by an administrator), and the audit log with its filters and CSV export.
 */
import { Type, type Static } from 'typebox';
import { AGENT_CATEGORIES, ROLES } from '../glossary.ts';
import { AUDIT_ACTIONS } from '../audit-actions.ts';
import { DateTime, Day, line, nullable, oneOf, pageOf, PageQuery, PersonRef, Uuid } from './common.ts';
import { RoleGrant, Territory } from './auth.ts';
import { AUDIT_RECORD_MAX, EMAIL_MAX, PERSON_NAME_MAX } from './limits.ts';

export const AccountsQuery = Type.Intersect([PageQuery, Type.Object({ q: Type.Optional(Type.String({ maxLength: 100 })) })]);
export type AccountsQuery = Static<typeof AccountsQuery>;

export const Account = Type.Object({
  id: Type.String(), displayName: Type.String(), email: Type.String(), active: Type.Boolean(), roles: Type.Array(RoleGrant),
  /** Where the person works (their home académie and département), and their category if an agent. */
  academieCode: nullable(Type.String()),
  departementCode: nullable(Type.String()),
  category: nullable(oneOf(AGENT_CATEGORIES)),
});
export type Account = Static<typeof Account>;
/**
 * A page of accounts, with the territories the caller administers: where they may create a
 * person and grant a role (the server decides again on each change).
 */
export const AccountPage = Type.Object({
  items: Type.Array(Account),
  nextCursor: Type.Union([Type.String(), Type.Null()]),
  territories: Type.Array(Territory),
});
export type AccountPage = Static<typeof AccountPage>;

/** A new person: the administrator's académie (or, for a national administrator, any). */
export const CreatePersonBody = Type.Object({
  givenName: line(PERSON_NAME_MAX),
  familyName: line(PERSON_NAME_MAX),
  email: line(EMAIL_MAX),
  academie: Type.String({ maxLength: 30 }),
  departement: Type.Optional(Type.String({ maxLength: 3 })),
  category: Type.Optional(oneOf(AGENT_CATEGORIES)),
}, { additionalProperties: false });
export type CreatePersonBody = Static<typeof CreatePersonBody>;

/** A role on a territory, to grant or to withdraw. National: code `FR`. */
export const RoleGrantBody = Type.Object({
  role: oneOf(ROLES),
  territory: Type.Object({
    level: oneOf(['national', 'academie', 'departement'] as const),
    code: Type.String({ maxLength: 30 }),
  }, { additionalProperties: false }),
}, { additionalProperties: false });
export type RoleGrantBody = Static<typeof RoleGrantBody>;

export const AuditQuery = Type.Intersect([PageQuery, Type.Object({
  /** Who acted: the beginning of a name or an e-mail address. */
  person: Type.Optional(line(100, { blank: true })),
  /** Who acted, by identifier (a person's history page links here). */
  actorId: Type.Optional(Uuid),
  action: Type.Optional(oneOf(AUDIT_ACTIONS)),
  from: Type.Optional(Day),
  to: Type.Optional(Day),
  /** The record: a request's reference (AMI-2026-000042) or an identifier. */
  record: Type.Optional(line(AUDIT_RECORD_MAX, { blank: true })),
})]);
export type AuditQuery = Static<typeof AuditQuery>;

export const AuditEntry = Type.Object({
  id: Type.String(),
  occurredAt: DateTime,
  actor: Type.Union([PersonRef, Type.Null()]),
  actorRole: Type.Union([Type.String(), Type.Null()]),
  action: Type.String(),
  /** The action in French (one map: shared/audit-actions.ts). */
  actionLabel: Type.String(),
  targetType: Type.String(),
  targetId: Type.Union([Type.String(), Type.Null()]),
  /** What the row is about, in words: « Demande AMI-2026-000042 », « Camille Dupuis »; never a request's content. */
  targetLabel: Type.Union([Type.String(), Type.Null()]),
});
export type AuditEntry = Static<typeof AuditEntry>;
export const AuditPage = pageOf(AuditEntry);
export type AuditPage = Static<typeof AuditPage>;

/** One account with its history: the audited changes and sign-ins that concern the person, newest first. */
export const AccountDetail = Type.Object({
  account: Account,
  history: Type.Array(AuditEntry),
  /** The caller is this person: the page does not offer to deactivate oneself. */
  isSelf: Type.Boolean(),
});
export type AccountDetail = Static<typeof AccountDetail>;
