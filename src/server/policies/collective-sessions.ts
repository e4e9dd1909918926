import type { CurrentUser } from '../auth/current-user.ts';
import { covers, type Scope } from '../../shared/territories.ts';
import { grantsOf, hasRole, scopeAs } from './roles.ts';
import type { RecordRules, RouteRules } from './rule.ts';

/** What a policy needs to know of a collective session. */
export interface CollectiveSessionFacts {
  organiserId: string;
  academieCode: string;
  departementCode: string;
  status: 'scheduled' | 'cancelled';
  startsAt: Date;
  endsAt: Date;
  now: Date;
}

/** What decides whether an agent belongs to a session's audience. */
export interface SessionAudienceFacts {
  academieCode: string;
  audienceDepartements: readonly string[];
  audienceCategories: readonly string[];
  /** The agent's staff category, read from their record (null: unknown, reached only by a session open to all categories). */
  agentCategory: string | null;
}

export const collectiveSessionRouteRules = {
  /** One session: the agents it is offered to, its organisers. */
  'collectiveSessions.read': (user) => hasRole(user, 'agent') || hasRole(user, 'adviser') || hasRole(user, 'coordinator'),
  /** The sessions offered to them, and registering: agents. */
  'collectiveSessions.attend': (user) => hasRole(user, 'agent'),
  /** Organising sessions: advisers and coordinators. */
  'collectiveSessions.organise': (user) => hasRole(user, 'adviser') || hasRole(user, 'coordinator'),
} satisfies RouteRules;

const isStaffOf = (user: CurrentUser, s: CollectiveSessionFacts) =>
  grantsOf(user, 'adviser', 'coordinator').some((t) => covers(t, { level: 'departement', code: s.departementCode }));

/** Its organiser (staff of its territory) and the coordinators of its territory edit, cancel and read its lists. */
const managesSession = (user: CurrentUser, s: CollectiveSessionFacts) => (s.organiserId === user.id && isStaffOf(user, s))
  || grantsOf(user, 'coordinator').some((t) => covers(t, { level: 'departement', code: s.departementCode }));

export const collectiveSessionRules = {
  'collectiveSession.manage': managesSession,
  /** Attendance is recorded once the session has started, for a session not cancelled. */
  'collectiveSession.recordAttendance': (user, s) => s.status === 'scheduled' && s.startsAt.getTime() <= s.now.getTime()
    && managesSession(user, s),
} satisfies RecordRules<CollectiveSessionFacts>;

export const sessionAudienceRules = {
  /** An agent of the académie, of one of its départements when the session names some, of one of its categories when it names some. */
  'collectiveSession.reach': (user, a) => hasRole(user, 'agent') && user.academieCode === a.academieCode
    && (a.audienceDepartements.length === 0 || (user.departementCode !== null && a.audienceDepartements.includes(user.departementCode)))
    && (a.audienceCategories.length === 0 || (a.agentCategory !== null && a.audienceCategories.includes(a.agentCategory))),
} satisfies RecordRules<SessionAudienceFacts>;

/** The départements whose sessions a staff member lists as organiser (their adviser and coordinator grants); nothing else. */
export function organisedSessionScope(user: CurrentUser): Scope {
  return scopeAs(user, 'adviser', 'coordinator');
}

/** May this person name this organiser, in this département (themself, or anyone when they coordinate it)? */
export function mayOrganiseIn(user: CurrentUser, organiserId: string, departementCode: string): boolean {
  const staff = grantsOf(user, 'adviser', 'coordinator').some((t) => covers(t, { level: 'departement', code: departementCode }));
  if (organiserId === user.id) return staff;
  return grantsOf(user, 'coordinator').some((t) => covers(t, { level: 'departement', code: departementCode }));
}
