import type { Scope } from '../../shared/territories.ts';
import type { CurrentUser } from '../auth/current-user.ts';
import { hasRole, scopeAs } from './roles.ts';
import type { RouteRules } from './rule.ts';

const administers = (user: CurrentUser) => hasRole(user, 'admin');

export const administrationRouteRules = {
  'accounts.list': administers,
  'audit.read': administers,
  /** The mails sent by the service (demo outbox, delivery record). */
  'outbox.read': administers,
} satisfies RouteRules;

/** Where an administrator administers: the départements of their grants. */
export function administeredScope(user: CurrentUser): Scope {
  return scopeAs(user, 'admin');
}
