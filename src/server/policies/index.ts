import { hasRole, grantsOf, type CurrentUser } from '../auth/current-user.ts';
import type { Territory } from '../../shared/territories.ts';
import { canListRequests, canOnRequest, isRequestStaff, type RequestAction, type RequestFacts } from './request.ts';
import { covers } from './territory.ts';

/**
 * Every ability in ProxiRH, with the resource it is decided on. One table, one function:
 * routes call `can` (through their access declaration or `authorize`), never check roles.
 */
export interface Abilities {
  /** Any signed-in person: their own session, their own data. */
  'session.use': undefined;
  'requests.list': undefined;
  /** Create a request: one's own (agent) or for an agent (staff). */
  'requests.create': undefined;
  /** Submit a request of one's own (every agent). */
  'requests.submit': undefined;
  /** Log a request for an agent (phone, e-mail, meeting), search agents, mark absences. */
  'requests.handle': undefined;
  /** An adviser declares their own absences. */
  'absences.manage': undefined;
  'request.read': RequestFacts;
  'request.readContent': RequestFacts;
  'request.reply': RequestFacts;
  'request.note': RequestFacts;
  'request.changeStatus': RequestFacts;
  'request.close': RequestFacts;
  'request.reopen': RequestFacts;
  'request.assign': RequestFacts;
  'request.take': RequestFacts;
  'request.breakGlass': RequestFacts;
  'audit.read': Territory | undefined;
  'accounts.list': Territory | undefined;
  /** The mails sent by the service (demo outbox, delivery record). */
  'outbox.read': Territory | undefined;
  /**
   * Activity reports: a territory (steering and coordinators, their scope and below), or
   * 'mine' (an adviser, their own requests). Undefined: may the caller read any report?
   */
  'reports.read': Territory | 'mine' | undefined;
  /** The free text of satisfaction answers: the académie's coordinator only. */
  'surveys.comments': Territory | undefined;
  /** The national survey panel: a coordinator at national level. */
  'panels.manage': undefined;
}
export type Ability = keyof Abilities;

function adminCovers(user: CurrentUser, target: Territory | undefined): boolean {
  const grants = grantsOf(user, 'admin');
  return target === undefined ? grants.length > 0 : grants.some((g) => covers(g, target));
}

/** Steering roles and coordinators read their scope and those below it; advisers their own requests. */
function canReadReport(user: CurrentUser, target: Territory | 'mine' | undefined): boolean {
  const grants = [...grantsOf(user, 'steering'), ...grantsOf(user, 'coordinator')];
  if (target === undefined) return grants.length > 0 || hasRole(user, 'adviser');
  if (target === 'mine') return hasRole(user, 'adviser');
  return grants.some((g) => covers(g, target));
}

export function can<A extends Ability>(user: CurrentUser | null, ability: A, resource: Abilities[A]): boolean {
  if (!user) return false;
  switch (ability) {
    case 'session.use':
      return true;
    case 'requests.list':
      return canListRequests(user);
    case 'requests.create':
      return hasRole(user, 'agent') || isRequestStaff(user);
    case 'requests.submit':
      return hasRole(user, 'agent');
    case 'absences.manage':
      return hasRole(user, 'adviser');
    case 'requests.handle':
      return isRequestStaff(user);
    case 'request.read':
    case 'request.readContent':
    case 'request.reply':
    case 'request.note':
    case 'request.changeStatus':
    case 'request.close':
    case 'request.reopen':
    case 'request.assign':
    case 'request.take':
    case 'request.breakGlass':
      return canOnRequest(user, ability satisfies RequestAction, resource as RequestFacts);
    case 'audit.read':
    case 'accounts.list':
    case 'outbox.read':
      return hasRole(user, 'admin') && adminCovers(user, resource as Territory | undefined);
    case 'reports.read':
      return canReadReport(user, resource as Territory | 'mine' | undefined);
    case 'surveys.comments': {
      const target = resource as Territory | undefined;
      // The académie's own coordinator: not a national coordinator, never a steering role.
      const grants = grantsOf(user, 'coordinator').filter((g) => g.level === 'academie');
      return target === undefined ? grants.length > 0 : grants.some((g) => covers(g, target));
    }
    case 'panels.manage':
      return grantsOf(user, 'coordinator').some((g) => g.level === 'national');
    default:
      return false;
  }
}
