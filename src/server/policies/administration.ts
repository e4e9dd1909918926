import { covers, type Scope, type Territory } from '../../shared/territories.ts';
import type { CurrentUser } from '../auth/current-user.ts';
import { grantsOf, hasRole, scopeAs } from './roles.ts';
import type { RecordRules, RouteRules } from './rule.ts';

const administers = (user: CurrentUser) => hasRole(user, 'admin');

export const administrationRouteRules = {
  'accounts.list': administers,
  /** Create people, grant and withdraw roles, deactivate and reactivate: within their territory (record rules below). */
  'accounts.manage': administers,
  'audit.read': administers,
  /** The audit log as a CSV file, for the data-protection officer: whoever reads the log. */
  'audit.export': administers,
  /** The mails sent by the service (demo outbox, delivery record). */
  'outbox.read': administers,
} satisfies RouteRules;

export const administeredTerritoryRules = {
  /**
   * A territory an administrator administers: a person's home, or the territory of a role they
   * grant or withdraw. Their own grant's territory and below it (a national administrator:
   * everywhere); never above it (an académie's administrator grants no national role).
   */
  'territory.administer': (user, territory) => grantsOf(user, 'admin').some((g) => covers(g, territory)),
} satisfies RecordRules<Territory>;

/** Where an administrator administers: the départements of their grants. */
export function administeredScope(user: CurrentUser): Scope {
  return scopeAs(user, 'admin');
}

/** Does this grant make its holder an administrator? (Nobody withdraws their own last one.) */
export const isAdministratorGrant = (grant: { role: string }) => grant.role === 'admin';
