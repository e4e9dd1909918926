import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';
import type { ActionContext } from '../../audit/audit-log.ts';
import { recordAudit } from '../../audit/audit-log.ts';
import { impossible } from '../../errors/app-error.ts';
import type { OfficeHour } from '../../../shared/contracts/appointments.ts';
import { officeHoursWithAdviser } from './repository.ts';
import { presentOfficeHour } from './presenter.ts';
import { loadOfficeHourFor } from './load-office-hour.ts';

/** Closes an office hour: no slot is offered any more; appointments already booked stay (cancel them one by one, with a message). */
export async function closeOfficeHour(db: Kysely<DB>, ctx: ActionContext, id: string): Promise<OfficeHour> {
  const row = await loadOfficeHourFor(db, ctx.user, id);
  if (row.closed_at) throw impossible('Cette permanence est déjà fermée.');
  await db.transaction().execute(async (trx) => {
    await trx.updateTable('office_hours').set({ closed_at: new Date(), updated_at: new Date() }).where('id', '=', id).where('closed_at', 'is', null).execute();
    await recordAudit(trx, ctx, { action: 'office_hour.close', targetType: 'office_hour', targetId: id, academieCode: row.academie_code });
  });
  return presentOfficeHour(await officeHoursWithAdviser(db).where('o.id', '=', id).executeTakeFirstOrThrow());
}
