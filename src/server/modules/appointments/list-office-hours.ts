import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';
import type { CurrentUser } from '../../auth/current-user.ts';
import { officeHourScope } from '../../policies/index.ts';
import type { OfficeHours, OfficeHoursQuery } from '../../../shared/contracts/appointments.ts';
import { officeHoursVisibleTo } from './repository.ts';
import { presentOfficeHour } from './presenter.ts';

/** The office hours the caller manages (an adviser's own, a coordinator's territory), open ones unless asked. */
export async function listOfficeHours(db: Kysely<DB>, user: CurrentUser, query: OfficeHoursQuery): Promise<OfficeHours> {
  let rows = officeHoursVisibleTo(db, officeHourScope(user));
  if (query.adviserId) rows = rows.where('o.adviser_id', '=', query.adviserId);
  if (query.departement) rows = rows.where('o.departement_code', '=', query.departement);
  if (!query.includeClosed) rows = rows.where('o.closed_at', 'is', null);
  const items = await rows.orderBy('adviser.display_name').orderBy('o.created_at').limit(500).execute();
  return { items: items.map(presentOfficeHour) };
}
