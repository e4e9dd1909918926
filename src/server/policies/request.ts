import { grantsOf, hasRole, type CurrentUser } from '../auth/current-user.ts';
import { covers } from './territory.ts';

/** What a policy needs to know of a request: never its content. */
export interface RequestFacts {
  agentId: string;
  assigneeId: string | null;
  departementCode: string;
  academieCode: string;
  sensitive: boolean;
}

export type RequestAction = 'request.read' | 'request.readContent';

const dept = (r: RequestFacts) => ({ level: 'departement' as const, code: r.departementCode });

function isAgentOf(user: CurrentUser, r: RequestFacts) {
  return r.agentId === user.id;
}

/** An adviser sees what is assigned to them, and the unassigned requests of their territory. */
function isAdviserOf(user: CurrentUser, r: RequestFacts) {
  if (r.assigneeId === user.id) return true;
  return r.assigneeId === null && grantsOf(user, 'adviser').some((t) => covers(t, dept(r)));
}

function isCoordinatorOf(user: CurrentUser, r: RequestFacts) {
  return grantsOf(user, 'coordinator').some((t) => covers(t, dept(r)));
}

export function canOnRequest(user: CurrentUser, action: RequestAction, r: RequestFacts): boolean {
  switch (action) {
    case 'request.read':
      return isAgentOf(user, r) || isAdviserOf(user, r) || isCoordinatorOf(user, r);
    case 'request.readContent':
      // A sensitive request's content is for its agent and its assignee; a coordinator sees
      // the rest of the académie's requests in full.
      if (isAgentOf(user, r) || r.assigneeId === user.id) return true;
      if (r.sensitive) return false;
      return isAdviserOf(user, r) || isCoordinatorOf(user, r);
  }
}

/** Roles that can list requests at all (a steering role never sees a request). */
export function canListRequests(user: CurrentUser): boolean {
  return hasRole(user, 'agent') || hasRole(user, 'adviser') || hasRole(user, 'coordinator');
}
