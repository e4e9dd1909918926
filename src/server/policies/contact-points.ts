import { academieOf, ACADEMIES, covers, NATIONAL_CODE, type Territory } from '../../shared/territories.ts';
import type { RoleGrant } from '../auth/current-user.ts';
import { grantsOf, hasRole } from './roles.ts';
import type { RecordRules, RouteRules } from './rule.ts';

/** What a policy needs to know of a contact point: where it sits, never its members. */
export interface ContactPointFacts {
  /** The académie whose directory lists it; null for a national partner. */
  academieCode: string | null;
  /** The départements it covers (a bassin counts as its département); empty for an académie-wide one. */
  departements: readonly string[];
}

/** The territories a contact point lies in, as grants are compared with them. */
function territoriesOf(cp: ContactPointFacts): Territory[] {
  if (cp.academieCode === null) return [{ level: 'national', code: 'FR' }];
  if (cp.departements.length === 0) return [{ level: 'academie', code: cp.academieCode }];
  return cp.departements.map((code) => ({ level: 'departement' as const, code }));
}

export const contactPointRouteRules = {
  /** The directory with its members and the orientation targets: every member of staff of the network. */
  'directory.read': (user) => hasRole(user, 'adviser') || hasRole(user, 'coordinator')
    || hasRole(user, 'admin') || hasRole(user, 'contact_point'),
  /** Create and change contact points: the coordinators and administrators (their territory, checked on the record). */
  'contactPoints.manage': (user) => hasRole(user, 'coordinator') || hasRole(user, 'admin'),
} satisfies RouteRules;

export const contactPointRules = {
  /**
   * A contact point is managed by the coordinators and administrators whose grant covers every
   * territory it lies in: the académie's for its académie-wide actors, a département's for the
   * actors of that département only; a national partner by the national level alone.
   */
  'contactPoint.manage': (user, cp) => {
    const grants = grantsOf(user, 'coordinator', 'admin');
    return territoriesOf(cp).every((t) => grants.some((g) => covers(g, t)));
  },
} satisfies RecordRules<ContactPointFacts>;

/**
 * May a person with these grants answer for this contact point? Members are people holding the
 * `contact_point` role: nationally, or in the contact point's académie (or one of its départements).
 */
export function mayBeMemberOf(grants: readonly RoleGrant[], cp: ContactPointFacts): boolean {
  return grants.some((g) => g.role === 'contact_point' && (g.territory.level === 'national' || cp.academieCode === null
    || (g.territory.level === 'academie' ? g.territory.code === cp.academieCode : academieOf(g.territory.code) === cp.academieCode)));
}

/**
 * The same rule as `mayBeMemberOf`, said as the territories where a `contact_point` grant must lie,
 * for a query that looks for candidates: any territory for a national partner; else the national
 * level, the contact point's académie or one of its départements.
 */
export function memberGrantTerritories(cp: ContactPointFacts): { anywhere: true } | { anywhere: false; territories: Territory[] } {
  if (cp.academieCode === null) return { anywhere: true };
  const departements = ACADEMIES.find((a) => a.code === cp.academieCode)?.departements ?? [];
  return { anywhere: false, territories: [
    { level: 'national', code: NATIONAL_CODE },
    { level: 'academie', code: cp.academieCode },
    ...departements.map((d) => ({ level: 'departement' as const, code: d.code })),
  ] };
}
