import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';
import type { ActionContext } from '../../audit/audit-log.ts';
import { recordAudit } from '../../audit/audit-log.ts';
import { AppError, impossible, invalid, notFound } from '../../errors/app-error.ts';
import { can, reachesReservedOfficeHour } from '../../policies/index.ts';
import { recordEvent } from '../requests/index.ts';
import type { Appointment, MoveAppointmentBody } from '../../../shared/contracts/appointments.ts';
import { decodeSlotId } from './slots.ts';
import { agentCancelHours, appointmentsVisibleTo, officeHoursWithAdviser } from './repository.ts';
import { freeSlots } from './list-slots.ts';
import { appointmentFacts, modeOf, presentAppointment } from './presenter.ts';
import type { AppointmentMails } from './notifications.ts';

const MINUTE = 60_000;
const noLongerOffered = () => new AppError('conflict', 'Ce créneau n’est plus proposé : choisissez-en un autre.');
const taken = () => new AppError('conflict', 'Ce créneau vient d’être réservé par quelqu’un d’autre : choisissez-en un autre.');
const agentBusy = () => new AppError('conflict', 'L’agent a déjà un rendez-vous à ce moment-là.');

/**
 * Moves an appointment to another free slot: the agent within the académie's delay (as for a
 * cancellation), the adviser at any time before it begins, to a slot of their own office hours,
 * with a message. One update in one transaction: the old range is freed and the new one taken at
 * once, under the same exclusion constraints as a booking (a slot taken meanwhile is a 409 and
 * nothing changes). The agent's calendar gets the same UID with a raised SEQUENCE; the freed slot
 * is offered to the agents waiting for an earlier one (offer-freed-slots.ts).
 */
export async function moveAppointment(db: Kysely<DB>, ctx: ActionContext, mails: AppointmentMails, id: string, body: MoveAppointmentBody,
  now = new Date()): Promise<Appointment> {
  const { user } = ctx;
  const target = decodeSlotId(body.slotId);
  let delay: number;
  try {
    delay = await db.transaction().execute(async (trx) => {
      const row = await appointmentsVisibleTo(trx, user.id).where('a.id', '=', id).forUpdate('a').executeTakeFirst();
      if (!row) throw notFound('Ce rendez-vous est introuvable.');
      const hours = await agentCancelHours(trx, row.academie_code);
      const byAdviser = row.adviser_id === user.id;
      if (!can(user, 'appointment.move', appointmentFacts(row, hours, now))) {
        if (row.status === 'cancelled') throw impossible('Ce rendez-vous est annulé : il ne peut plus être déplacé.');
        if (row.status !== 'booked' || row.starts_at <= now) throw impossible('Ce rendez-vous a déjà commencé : il ne peut plus être déplacé.');
        throw impossible(`Ce rendez-vous ne peut plus être déplacé en ligne moins de ${hours} heures avant : contactez votre conseiller.`);
      }
      const message = body.message?.trim() || null;
      if (byAdviser && !message) throw invalid([{ field: 'message', message: 'Expliquez à l’agent pourquoi le rendez-vous est déplacé.' }]);

      const officeHour = await officeHoursWithAdviser(trx).where('o.id', '=', target.officeHourId).where('o.closed_at', 'is', null).executeTakeFirst();
      if (!officeHour || (officeHour.reserved_to && !reachesReservedOfficeHour(user, officeHour.reserved_to))) throw noLongerOffered();
      if (byAdviser && officeHour.adviser_id !== user.id) {
        throw impossible('Déplacez le rendez-vous vers un créneau de l’une de vos permanences.');
      }
      if (!officeHour.reasons.includes(row.reason)) throw impossible('Cette permanence ne propose pas ce motif de rendez-vous : choisissez un autre créneau.');
      if (officeHour.id === row.office_hour_id && target.startsAt.getTime() === row.starts_at.getTime()) {
        throw impossible('Le rendez-vous est déjà à cette heure-là.');
      }
      const found = await freeSlots(trx, user, [officeHour], { from: target.startsAt, to: new Date(target.startsAt.getTime() + MINUTE) }, now);
      const slot = found.find((f) => f.slot.startsAt.getTime() === target.startsAt.getTime())?.slot;
      if (!slot) {
        const booked = await trx.selectFrom('appointments').select('id').where('adviser_id', '=', officeHour.adviser_id).where('status', '<>', 'cancelled')
          .where('id', '<>', id).where('starts_at', '<=', target.startsAt).where('ends_at', '>', target.startsAt).executeTakeFirst();
        throw booked ? taken() : noLongerOffered();
      }
      const mode = modeOf(officeHour.place_kind);
      await trx.updateTable('appointments').set({
        office_hour_id: officeHour.id, adviser_id: officeHour.adviser_id, departement_code: officeHour.departement_code, academie_code: officeHour.academie_code,
        starts_at: slot.startsAt, ends_at: slot.endsAt, mode,
        place_kind: officeHour.place_kind, place_label: officeHour.place_label, place_address: officeHour.place_address, visio_url: officeHour.visio_url,
        sequence: row.sequence + 1, moved_at: now, moved_by: user.id, move_message: message, reminder_sent_at: null,
      }).where('id', '=', id).where('status', '=', 'booked').execute();
      // The old range, for the agents waiting for an earlier slot.
      await trx.insertInto('freed_slots').values({ appointment_id: id, office_hour_id: row.office_hour_id, starts_at: row.starts_at, freed_at: now })
        .onConflict((oc) => oc.constraint('freed_slots_once').doNothing()).execute();
      if (row.request_id) {
        await recordEvent(trx, row.request_id, 'appointment_moved', user.id,
          { data: { appointmentId: id, startsAt: slot.startsAt.toISOString(), from: row.starts_at.toISOString(), by: byAdviser ? 'adviser' : 'agent' } });
      }
      await recordAudit(trx, ctx, { action: 'appointment.move', targetType: 'appointment', targetId: id, academieCode: row.academie_code,
        actorRole: byAdviser ? 'adviser' : 'agent', details: { officeHourId: officeHour.id } });
      await mails.moved(trx, { appointmentId: id, to: row.agent_email, academieCode: officeHour.academie_code, startsAt: slot.startsAt, mode,
        placeLabel: officeHour.place_label, adviserName: officeHour.adviser_name, previousStartsAt: row.starts_at, movedBy: byAdviser ? 'adviser' : 'agent' });
      return hours;
    });
  } catch (error) {
    // 23P01: exclusion_violation — the slot (or the agent's time) was taken between the check and the update.
    if ((error as { code?: string }).code === '23P01') {
      throw (error as { constraint?: string }).constraint === 'appointments_agent_no_overlap' ? agentBusy() : taken();
    }
    throw error;
  }
  const row = await appointmentsVisibleTo(db, user.id).where('a.id', '=', id).executeTakeFirstOrThrow();
  return presentAppointment(row, user, appointmentFacts(row, delay, now));
}
