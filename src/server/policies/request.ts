import { grantsOf, hasRole, type CurrentUser } from '../auth/current-user.ts';
import type { RequestStatus } from '../../shared/glossary.ts';
import { covers } from './territory.ts';

/** What a policy needs to know of a request: never its content. */
export interface RequestFacts {
  agentId: string;
  assigneeId: string | null;
  departementCode: string;
  academieCode: string;
  sensitive: boolean;
  status?: RequestStatus;
  /** The viewer was given access to this sensitive request (shared, or break-glass opening). */
  sharedWithViewer?: boolean;
}

export type RequestAction =
  | 'request.read'
  | 'request.readContent'
  | 'request.reply'
  | 'request.note'
  | 'request.changeStatus'
  | 'request.close'
  | 'request.reopen'
  | 'request.assign'
  | 'request.take'
  | 'request.breakGlass';

const dept = (r: RequestFacts) => ({ level: 'departement' as const, code: r.departementCode });

const isAgentOf = (user: CurrentUser, r: RequestFacts) => r.agentId === user.id;
const isAssignee = (user: CurrentUser, r: RequestFacts) => r.assigneeId === user.id;
const advisesTerritoryOf = (user: CurrentUser, r: RequestFacts) => grantsOf(user, 'adviser').some((t) => covers(t, dept(r)));
const coordinates = (user: CurrentUser, r: RequestFacts) => grantsOf(user, 'coordinator').some((t) => covers(t, dept(r)));

/** An adviser sees what is assigned to them, and the unassigned requests of their territory. */
function isAdviserOf(user: CurrentUser, r: RequestFacts) {
  return isAssignee(user, r) || (r.assigneeId === null && advisesTerritoryOf(user, r));
}

/** Staff who may read the content: its assignee; for a sensitive request, only those it was shared with. */
function staffReadsContent(user: CurrentUser, r: RequestFacts) {
  if (isAssignee(user, r)) return true;
  if (r.sensitive) return r.sharedWithViewer === true && (isAdviserOf(user, r) || coordinates(user, r));
  return isAdviserOf(user, r) || coordinates(user, r);
}

/** Those who handle the request: its assignee, or a coordinator who may read it. */
function handles(user: CurrentUser, r: RequestFacts) {
  return isAssignee(user, r) || (coordinates(user, r) && staffReadsContent(user, r));
}

export function canOnRequest(user: CurrentUser, action: RequestAction, r: RequestFacts): boolean {
  const closed = r.status === 'closed';
  switch (action) {
    case 'request.read':
      return isAgentOf(user, r) || isAdviserOf(user, r) || coordinates(user, r);
    case 'request.readContent':
      return isAgentOf(user, r) || staffReadsContent(user, r);
    case 'request.reply':
      return !closed && (isAgentOf(user, r) || handles(user, r) || (r.assigneeId === null && staffReadsContent(user, r)));
    case 'request.note':
      return staffReadsContent(user, r);
    case 'request.changeStatus':
    case 'request.close':
      return !closed && handles(user, r);
    case 'request.reopen':
      return closed && (isAgentOf(user, r) || handles(user, r));
    case 'request.assign':
      // The coordinator assigns and reassigns; the assignee hands over to a colleague.
      return !closed && (coordinates(user, r) || isAssignee(user, r));
    case 'request.take':
      return !closed && r.assigneeId === null && advisesTerritoryOf(user, r);
    case 'request.breakGlass':
      return r.sensitive && coordinates(user, r) && !isAssignee(user, r) && r.sharedWithViewer !== true;
  }
}

/** Roles that can list requests at all (a steering role never sees a request). */
export function canListRequests(user: CurrentUser): boolean {
  return hasRole(user, 'agent') || hasRole(user, 'adviser') || hasRole(user, 'coordinator');
}

/** Roles that handle requests for others (log a call, read the inbox). */
export function isRequestStaff(user: CurrentUser): boolean {
  return hasRole(user, 'adviser') || hasRole(user, 'coordinator');
}
