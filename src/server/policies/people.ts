import { academieOf, covers, type Territory } from '../../shared/territories.ts';
import { hasRole, grantsOf } from './roles.ts';
import type { RecordRules, RouteRules } from './rule.ts';

export const peopleRouteRules = {
  /** Any signed-in person: their own session, their own data. */
  'session.use': () => true,
  /** An adviser declares their own absences. */
  'absences.manage': (user) => hasRole(user, 'adviser'),
} satisfies RouteRules;

export const adviserListRules = {
  /**
   * The advisers of a département: staff of that département, or of another département of the
   * same académie (to hand a request over to a colleague next door).
   */
  'advisers.list': (user, departement) => {
    const academie = academieOf(departement.code);
    return academie !== undefined && grantsOf(user, 'adviser', 'coordinator')
      .some((g) => covers(g, departement) || (g.level === 'departement' && academieOf(g.code) === academie));
  },
} satisfies RecordRules<Territory>;
