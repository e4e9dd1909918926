import { hasRole, grantsOf, type CurrentUser } from '../auth/current-user.ts';
import type { Territory } from '../../shared/territories.ts';
import { canListRequests, canOnRequest, type RequestFacts } from './request.ts';
import { covers } from './territory.ts';

/**
 * Every ability in ProxiRH, with the resource it is decided on. One table, one function:
 * routes call `can` (through their access declaration or `authorize`), never check roles.
 */
export interface Abilities {
  /** Any signed-in person: their own session, their own data. */
  'session.use': undefined;
  'requests.list': undefined;
  'request.read': RequestFacts;
  'request.readContent': RequestFacts;
  'audit.read': Territory | undefined;
  'accounts.list': Territory | undefined;
}
export type Ability = keyof Abilities;

function adminCovers(user: CurrentUser, target: Territory | undefined): boolean {
  const grants = grantsOf(user, 'admin');
  return target === undefined ? grants.length > 0 : grants.some((g) => covers(g, target));
}

export function can<A extends Ability>(user: CurrentUser | null, ability: A, resource: Abilities[A]): boolean {
  if (!user) return false;
  switch (ability) {
    case 'session.use':
      return true;
    case 'requests.list':
      return canListRequests(user);
    case 'request.read':
    case 'request.readContent':
      return canOnRequest(user, ability, resource as RequestFacts);
    case 'audit.read':
    case 'accounts.list':
      return hasRole(user, 'admin') && adminCovers(user, resource as Territory | undefined);
    default:
      return false;
  }
}
