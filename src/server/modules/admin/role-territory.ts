import { invalid } from '../../errors/app-error.ts';
import { isKnownTerritory, NATIONAL_CODE, type Territory } from '../../../shared/territories.ts';
import type { RoleGrantBody } from '../../../shared/contracts/admin.ts';

/**
 * The territory of a grant as stored: national is `FR`, codes upper-case; an unknown one is a
 * field error. A new agent role goes on a département (where the agent works).
 */
export function grantTerritory(body: RoleGrantBody, { granting }: { granting: boolean }): Territory {
  const { level } = body.territory;
  const territory = { level, code: level === 'national' ? NATIONAL_CODE : body.territory.code.trim().toUpperCase() };
  if (!isKnownTerritory(territory)) {
    throw invalid([{ field: 'territory.code', message: level === 'academie' ? 'Choisissez une académie de la liste.' : 'Choisissez un département de la liste.' }]);
  }
  if (granting && body.role === 'agent' && level !== 'departement') {
    throw invalid([{ field: 'territory.level', message: 'Le rôle d’agent se donne sur le département où la personne travaille.' }]);
  }
  return territory;
}
