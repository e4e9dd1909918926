import type { Role } from '../../shared/glossary.ts';
import { scopeOf, type Scope, type Territory } from '../../shared/territories.ts';
import type { CurrentUser } from '../auth/current-user.ts';

/*
 * Reading a person's roles. Only the files of `policies/` import this one (an ESLint rule
 * refuses it elsewhere): every other part asks a policy a question instead.
 */

export function hasRole(user: CurrentUser, role: Role): boolean {
  return user.roles.some((r) => r.role === role);
}

export function grantsOf(user: CurrentUser, ...roles: Role[]): Territory[] {
  return user.roles.filter((r) => roles.includes(r.role)).map((r) => r.territory);
}

/** The départements a person reaches through these roles; nothing when they hold none. */
export function scopeAs(user: CurrentUser, ...roles: Role[]): Scope {
  return scopeOf(grantsOf(user, ...roles));
}
