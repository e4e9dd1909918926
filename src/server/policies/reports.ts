import { covers, type Territory } from '../../shared/territories.ts';
import type { CurrentUser } from '../auth/current-user.ts';
import { grantsOf, hasRole } from './roles.ts';
import type { RecordRules, RouteRules } from './rule.ts';

/** Steering roles and coordinators read their scope and those below it. */
const steers = (user: CurrentUser) => grantsOf(user, 'steering', 'coordinator');

export const reportsRouteRules = {
  /** Some report is open to them: a scope they steer, or (an adviser) their own requests. */
  'reports.read': (user) => steers(user).length > 0 || hasRole(user, 'adviser'),
} satisfies RouteRules;

export const reportRules = {
  /** A territory they steer, or 'mine': an adviser's own requests. */
  'report.read': (user, target) => (target === 'mine' ? hasRole(user, 'adviser') : steers(user).some((g) => covers(g, target))),
} satisfies RecordRules<Territory | 'mine'>;
