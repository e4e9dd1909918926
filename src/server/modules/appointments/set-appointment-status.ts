import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';
import type { ActionContext } from '../../audit/audit-log.ts';
import { recordAudit } from '../../audit/audit-log.ts';
import { impossible, notFound } from '../../errors/app-error.ts';
import { can } from '../../policies/index.ts';
import type { Appointment, SetAppointmentStatusBody } from '../../../shared/contracts/appointments.ts';
import { agentCancelHours, appointmentsVisibleTo } from './repository.ts';
import { appointmentFacts, presentAppointment } from './presenter.ts';

/**
 * The adviser of an appointment records what became of it — held, no-show, excused — once it has
 * begun; a mistake is corrected by marking it again. The reports count these statuses (the
 * no-show rate). The agent sees the status in their space; nothing is mailed.
 */
export async function setAppointmentStatus(db: Kysely<DB>, ctx: ActionContext, id: string, body: SetAppointmentStatusBody,
  now = new Date()): Promise<Appointment> {
  const { user } = ctx;
  const delay = await db.transaction().execute(async (trx) => {
    const row = await appointmentsVisibleTo(trx, user.id).where('a.id', '=', id).forUpdate('a').executeTakeFirst();
    if (!row) throw notFound('Ce rendez-vous est introuvable.');
    const hours = await agentCancelHours(trx, row.academie_code);
    if (!can(user, 'appointment.setStatus', appointmentFacts(row, hours, now))) {
      if (row.adviser_id !== user.id) throw notFound('Ce rendez-vous est introuvable.');
      if (row.status === 'cancelled') throw impossible('Ce rendez-vous a été annulé : sa suite ne peut pas être notée.');
      throw impossible('Ce rendez-vous n’a pas encore commencé : sa suite se note à partir de son heure de début.');
    }
    if (row.status !== body.status) {
      await trx.updateTable('appointments').set({ status: body.status, status_changed_at: now, status_changed_by: user.id })
        .where('id', '=', id).execute();
      await recordAudit(trx, ctx, { action: 'appointment.set_status', targetType: 'appointment', targetId: id, academieCode: row.academie_code,
        actorRole: 'adviser', details: { from: row.status, to: body.status } });
    }
    return hours;
  });
  const row = await appointmentsVisibleTo(db, user.id).where('a.id', '=', id).executeTakeFirstOrThrow();
  return presentAppointment(row, user, appointmentFacts(row, delay, now));
}
