import type { CurrentUser } from '../../auth/current-user.ts';
import { forbidden } from '../../errors/app-error.ts';
import { can } from '../../policies/index.ts';
import type { TerritoryLevel } from '../../../shared/territories.ts';

/**
 * A person who holds a role beyond the administrator's territory (a national role, another
 * académie's) is switched off or on only by an administrator of that territory too.
 */
export function assertAdministersEveryGrant(user: CurrentUser, grants: Array<{ territory_level: TerritoryLevel; territory_code: string }>, verb: string) {
  if (grants.every((g) => can(user, 'territory.administer', { level: g.territory_level, code: g.territory_code }))) return;
  throw forbidden(`Ce compte a des rôles hors du territoire que vous administrez : seul un administrateur de ce territoire peut le ${verb}.`);
}
