import type { RequestStatus } from '../../shared/glossary.ts';
import { covers, scopeIncludes, type Scope } from '../../shared/territories.ts';
import type { CurrentUser } from '../auth/current-user.ts';
import { grantsOf, hasRole, scopeAs } from './roles.ts';
import type { RecordRules, RouteRules } from './rule.ts';

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

const isClosed = (r: RequestFacts) => r.status === 'closed';

/** Staff handle requests for others: they log calls, read a queue, search agents. */
export const isRequestStaff = (user: CurrentUser) => hasRole(user, 'adviser') || hasRole(user, 'coordinator');

export const requestsRouteRules = {
  /**
   * Agents, advisers and coordinators list requests; a steering role never sees one. A contact
   * point reaches the routes too, to be told that a request is unknown (404, API.md): its scope
   * (`requestVisibility`) gives it none, as it reads referrals only.
   */
  'requests.list': (user) => hasRole(user, 'agent') || isRequestStaff(user) || hasRole(user, 'contact_point'),
  /** Create a request: one's own (agent) or for an agent (staff). */
  'requests.create': (user) => hasRole(user, 'agent') || isRequestStaff(user),
  /** Submit a request of one's own: every agent. */
  'requests.submit': (user) => hasRole(user, 'agent'),
  /** Log a request for an agent, search agents, list advisers. */
  'requests.handle': (user) => isRequestStaff(user),
} satisfies RouteRules;

export const requestRules = {
  'request.read': (user, r) => isAgentOf(user, r) || isAdviserOf(user, r) || coordinates(user, r),
  'request.readContent': (user, r) => isAgentOf(user, r) || staffReadsContent(user, r),
  'request.reply': (user, r) => !isClosed(r) && (isAgentOf(user, r) || handles(user, r) || (r.assigneeId === null && staffReadsContent(user, r))),
  'request.note': (user, r) => staffReadsContent(user, r),
  'request.changeStatus': (user, r) => !isClosed(r) && handles(user, r),
  'request.close': (user, r) => !isClosed(r) && handles(user, r),
  'request.reopen': (user, r) => isClosed(r) && (isAgentOf(user, r) || handles(user, r)),
  /** The coordinator assigns and reassigns; the assignee hands over to a colleague. */
  'request.assign': (user, r) => !isClosed(r) && (coordinates(user, r) || isAssignee(user, r)),
  'request.take': (user, r) => !isClosed(r) && r.assigneeId === null && advisesTerritoryOf(user, r),
  'request.breakGlass': (user, r) => r.sensitive && coordinates(user, r) && !isAssignee(user, r) && r.sharedWithViewer !== true,
} satisfies RecordRules<RequestFacts>;

export type RequestAction = keyof typeof requestRules;

/**
 * Which requests a person sees, as the repository's WHERE reads it (`visibleTo`). Mirrors
 * `request.read` for lists; a test keeps the two in step. Nothing is granted by default.
 */
export interface RequestVisibility {
  /** Their own requests (an agent). */
  agentId: string | null;
  /** Requests assigned to them (an adviser). */
  assigneeId: string | null;
  /** Where they see the unassigned requests of the shared queue (advisers). */
  unassignedIn: Scope;
  /** Where they see every request (coordinators). */
  allIn: Scope;
}

export function requestVisibility(user: CurrentUser): RequestVisibility {
  return {
    agentId: hasRole(user, 'agent') ? user.id : null,
    assigneeId: hasRole(user, 'adviser') ? user.id : null,
    unassignedIn: scopeAs(user, 'adviser'),
    allIn: scopeAs(user, 'coordinator'),
  };
}

/** The départements whose requests a staff member handles (adviser and coordinator grants). */
export function handledScope(user: CurrentUser): Scope {
  return scopeAs(user, 'adviser', 'coordinator');
}

/** May this staff member log a request for an agent of this département? */
export function handlesDepartement(user: CurrentUser, departementCode: string): boolean {
  return scopeIncludes(handledScope(user), departementCode);
}

/** A call taken by an adviser stays with that adviser (a coordinator's goes to the queue). */
export function keepsLoggedRequest(user: CurrentUser): boolean {
  return hasRole(user, 'adviser');
}

/** The role in which a staff member reads a request, for the audit log. */
export function readingRole(user: CurrentUser, r: RequestFacts): 'adviser' | 'coordinator' {
  return isAssignee(user, r) || !coordinates(user, r) ? 'adviser' : 'coordinator';
}
