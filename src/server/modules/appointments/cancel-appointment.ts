import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';
import type { ActionContext } from '../../audit/audit-log.ts';
import { recordAudit } from '../../audit/audit-log.ts';
import { impossible, invalid, notFound } from '../../errors/app-error.ts';
import { can } from '../../policies/index.ts';
import { recordEvent } from '../requests/index.ts';
import type { Appointment, CancelAppointmentBody } from '../../../shared/contracts/appointments.ts';
import { agentCancelHours, appointmentsVisibleTo } from './repository.ts';
import { appointmentFacts, presentAppointment } from './presenter.ts';
import type { AppointmentMails } from './notifications.ts';

/**
 * The agent cancels up to the académie's delay before the appointment; the adviser at any time,
 * with a message the agent reads in their space. The appointment leaves the exclusion constraint
 * (cancelled), so its slot is offered again at once; the agent's calendar gets a CANCEL.
 */
export async function cancelAppointment(db: Kysely<DB>, ctx: ActionContext, mails: AppointmentMails, id: string, body: CancelAppointmentBody,
  now = new Date()): Promise<Appointment> {
  const { user } = ctx;
  const result = await db.transaction().execute(async (trx) => {
    const row = await appointmentsVisibleTo(trx, user.id).where('a.id', '=', id).forUpdate('a').executeTakeFirst();
    if (!row) throw notFound('Ce rendez-vous est introuvable.');
    const delay = await agentCancelHours(trx, row.academie_code);
    const byAdviser = row.adviser_id === user.id;
    if (!can(user, 'appointment.cancel', appointmentFacts(row, delay, now))) {
      if (row.status === 'cancelled') throw impossible('Ce rendez-vous est déjà annulé.');
      if (row.status !== 'booked') throw impossible('Ce rendez-vous a déjà eu lieu : il ne peut plus être annulé.');
      throw impossible(`Ce rendez-vous ne peut plus être annulé en ligne moins de ${delay} heures avant : contactez votre conseiller.`);
    }
    const message = body.message?.trim() || null;
    if (byAdviser && !message) throw invalid([{ field: 'message', message: 'Expliquez à l’agent pourquoi le rendez-vous est annulé.' }]);
    const updated = await trx.updateTable('appointments')
      .set({ status: 'cancelled', cancelled_at: now, cancelled_by: user.id, cancel_message: message, sequence: row.sequence + 1 })
      .where('id', '=', id).where('status', '=', 'booked').returning('id').executeTakeFirst();
    if (!updated) throw impossible('Ce rendez-vous est déjà annulé.');
    if (row.request_id) {
      await recordEvent(trx, row.request_id, 'appointment_cancelled', user.id,
        { data: { appointmentId: id, startsAt: row.starts_at.toISOString(), by: byAdviser ? 'adviser' : 'agent' } });
    }
    await recordAudit(trx, ctx, { action: 'appointment.cancel', targetType: 'appointment', targetId: id, academieCode: row.academie_code,
      actorRole: byAdviser ? 'adviser' : 'agent' });
    await mails.cancelled(trx, { appointmentId: id, to: row.agent_email, academieCode: row.academie_code, startsAt: row.starts_at, mode: row.mode,
      placeLabel: row.place_label, adviserName: row.adviser_name, cancelledBy: byAdviser ? 'adviser' : 'agent' });
    return { delay };
  });
  const row = await appointmentsVisibleTo(db, user.id).where('a.id', '=', id).executeTakeFirstOrThrow();
  return presentAppointment(row, user, appointmentFacts(row, result.delay, now));
}
