import { ROLES, ROLE_SPACES, type Role } from '../../shared/glossary.ts';
import type { RoleGrant, Session } from '../api/types.ts';

/** The distinct roles a person holds, in the order the server lists them (the first is home). */
export function spacesOf(session: Pick<Session, 'roles'>): Role[] {
  const seen = new Set<Role>();
  for (const grant of session.roles) if (ROLES.includes(grant.role)) seen.add(grant.role);
  return [...seen];
}

/** The space a person lands in after signing in: their first role's. */
export function homePathOf(session: { roles: RoleGrant[] }): string {
  const first = session.roles.find((grant) => ROLES.includes(grant.role));
  return first === undefined ? '/' : ROLE_SPACES[first.role].path;
}

export function grantsFor(session: Pick<Session, 'roles'>, role: Role): RoleGrant[] {
  return session.roles.filter((grant) => grant.role === role);
}
