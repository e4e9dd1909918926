import type { Executor } from '../../db/schema.ts';
import type { CurrentUser } from '../../auth/current-user.ts';
import { can } from '../../policies/index.ts';
import { forbidden, notFound } from '../../errors/app-error.ts';
import { findTerritories, lockContactPoint } from './repository.ts';
import { contactPointFacts } from './facts.ts';

/** A contact point locked for a change by one who manages it: unknown is 404, outside their territory 403. */
export async function loadManagedContactPoint(trx: Executor, user: CurrentUser, id: string) {
  const row = await lockContactPoint(trx, id);
  if (!row) throw notFound('Cet interlocuteur est introuvable.');
  const territories = await findTerritories(trx, [id]);
  if (!can(user, 'contactPoint.manage', contactPointFacts(row, territories))) {
    throw forbidden('Cet interlocuteur ne relève pas de votre territoire : vous ne pouvez pas le modifier.');
  }
  return { row, territories };
}
