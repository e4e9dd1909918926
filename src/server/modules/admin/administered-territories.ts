import type { CurrentUser } from '../../auth/current-user.ts';
import { can } from '../../policies/index.ts';
import { ACADEMIES, NATIONAL_CODE, type Territory } from '../../../shared/territories.ts';

const EVERY_TERRITORY: Territory[] = [
  { level: 'national', code: NATIONAL_CODE },
  ...ACADEMIES.flatMap((a): Territory[] => [{ level: 'academie', code: a.code }, ...a.departements.map((d): Territory => ({ level: 'departement', code: d.code }))]),
];

/** The territories this administrator administers, national first, then each académie followed by its départements. */
export function administeredTerritories(user: CurrentUser): Territory[] {
  return EVERY_TERRITORY.filter((t) => can(user, 'territory.administer', t));
}
