import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';
import type { ActionContext } from '../../audit/audit-log.ts';
import { recordAudit } from '../../audit/audit-log.ts';
import { impossible, invalid } from '../../errors/app-error.ts';
import type { OfficeHour, UpdateOfficeHourBody } from '../../../shared/contracts/appointments.ts';
import { officeHourColumns } from './office-hour-fields.ts';
import { officeHoursWithAdviser } from './repository.ts';
import { presentOfficeHour } from './presenter.ts';
import { loadOfficeHourFor } from './load-office-hour.ts';

/**
 * Changes an office hour: the slots offered change at once; appointments already booked keep
 * their time and place (they were confirmed to the agent). The département stays the same.
 */
export async function updateOfficeHour(db: Kysely<DB>, ctx: ActionContext, id: string, body: UpdateOfficeHourBody): Promise<OfficeHour> {
  const current = presentOfficeHour(await loadOfficeHourFor(db, ctx.user, id));
  if (current.closedAt) throw impossible('Cette permanence est fermée : ouvrez-en une nouvelle.');
  const merged = {
    place: body.place ?? { kind: current.place.kind, label: current.place.label, address: current.place.address, uai: current.place.uai, url: current.place.url ?? null },
    recurrence: body.recurrence ?? current.recurrence,
    startsOn: body.startsOn ?? current.startsOn,
    endsOn: body.endsOn === undefined ? current.endsOn : body.endsOn,
    startTime: body.startTime ?? current.startTime,
    durationMinutes: body.durationMinutes ?? current.durationMinutes,
    slotMinutes: body.slotMinutes ?? current.slotMinutes,
    reasons: body.reasons ?? current.reasons,
    minDelayHours: body.minDelayHours ?? current.minDelayHours,
    maxDelayDays: body.maxDelayDays ?? current.maxDelayDays,
    reservedTo: body.reservedTo === undefined ? current.reservedTo as UpdateOfficeHourBody['reservedTo'] : body.reservedTo,
    exceptDates: body.exceptDates ?? current.exceptDates,
  };
  const { columns, establishmentDepartement } = await officeHourColumns(db, merged);
  if (establishmentDepartement && establishmentDepartement !== current.departement) {
    throw invalid([{ field: 'place.uai', message: 'Cet établissement est dans un autre département : ouvrez-y une nouvelle permanence.' }]);
  }
  await db.transaction().execute(async (trx) => {
    await trx.updateTable('office_hours').set({ ...columns, updated_at: new Date() }).where('id', '=', id).execute();
    await recordAudit(trx, ctx, { action: 'office_hour.update', targetType: 'office_hour', targetId: id, academieCode: ctx.user.academieCode });
  });
  return presentOfficeHour(await officeHoursWithAdviser(db).where('o.id', '=', id).executeTakeFirstOrThrow());
}
