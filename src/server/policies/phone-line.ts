import { covers, type Territory } from '../../shared/territories.ts';
import { grantsOf, hasRole } from './roles.ts';
import type { RecordRules, RouteRules } from './rule.ts';

/** A phone line's territory: an académie or a département. */
export interface PhoneLineFacts { territory: Territory }

export const phoneLineRouteRules = {
  /** The rota and the line's settings: coordinators. */
  'phoneLine.plan': (user) => hasRole(user, 'coordinator'),
  /** Their own shifts, and logging a call: advisers. */
  'phoneLine.answer': (user) => hasRole(user, 'adviser'),
} satisfies RouteRules;

export const phoneLineRules = {
  /** The coordinator of the territory (an académie's coordinator plans its départements' lines too). */
  'phoneLine.plan': (user, l) => grantsOf(user, 'coordinator').some((t) => covers(t, l.territory)),
} satisfies RecordRules<PhoneLineFacts>;

