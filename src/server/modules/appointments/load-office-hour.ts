import type { Executor } from '../../db/schema.ts';
import type { CurrentUser } from '../../auth/current-user.ts';
import { notFound } from '../../errors/app-error.ts';
import { can, officeHourScope } from '../../policies/index.ts';
import { officeHoursVisibleTo } from './repository.ts';

/** An office hour the caller manages; anybody else's is unknown to them (404). */
export async function loadOfficeHourFor(db: Executor, user: CurrentUser, id: string) {
  const row = await officeHoursVisibleTo(db, officeHourScope(user)).where('o.id', '=', id).executeTakeFirst();
  if (!row || !can(user, 'officeHour.manage', { adviserId: row.adviser_id, departementCode: row.departement_code })) {
    throw notFound('Cette permanence est introuvable.');
  }
  return row;
}
