/** The contract of administration: the accounts and the audit log of the administered territory. */
import { Type, type Static } from 'typebox';
import { DateTime, pageOf, PageQuery, PersonRef } from './common.ts';
import { RoleGrant } from './auth.ts';

export const AccountsQuery = Type.Intersect([PageQuery, Type.Object({ q: Type.Optional(Type.String({ maxLength: 100 })) })]);
export type AccountsQuery = Static<typeof AccountsQuery>;

export const Account = Type.Object({
  id: Type.String(), displayName: Type.String(), email: Type.String(), active: Type.Boolean(), roles: Type.Array(RoleGrant),
});
export type Account = Static<typeof Account>;
export const AccountPage = pageOf(Account);
export type AccountPage = Static<typeof AccountPage>;

export const AuditEntry = Type.Object({
  id: Type.String(),
  occurredAt: DateTime,
  actor: Type.Union([PersonRef, Type.Null()]),
  actorRole: Type.Union([Type.String(), Type.Null()]),
  action: Type.String(),
  targetType: Type.String(),
  targetId: Type.Union([Type.String(), Type.Null()]),
});
export type AuditEntry = Static<typeof AuditEntry>;
export const AuditPage = pageOf(AuditEntry);
export type AuditPage = Static<typeof AuditPage>;
