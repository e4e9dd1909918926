import { covers, type Territory } from '../../shared/territories.ts';
import type { CurrentUser } from '../auth/current-user.ts';
import { grantsOf } from './roles.ts';
import type { RecordRules, RouteRules } from './rule.ts';

/** The académie's own coordinators: not a national coordinator, never a steering role. */
const academieCoordinatorGrants = (user: CurrentUser) => grantsOf(user, 'coordinator').filter((g) => g.level === 'academie');

export const satisfactionRouteRules = {
  /** The free text of satisfaction answers: an académie's coordinator. */
  'surveys.comments': (user) => academieCoordinatorGrants(user).length > 0,
  /** The national survey panel: a coordinator at national level. */
  'panels.manage': (user) => grantsOf(user, 'coordinator').some((g) => g.level === 'national'),
} satisfies RouteRules;

export const surveyCommentRules = {
  /** The comments of this académie: its own coordinator only. */
  'comments.read': (user, academie) => academieCoordinatorGrants(user).some((g) => covers(g, academie)),
} satisfies RecordRules<Territory>;
