import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';
import type { ActionContext } from '../../audit/audit-log.ts';
import { recordAudit } from '../../audit/audit-log.ts';
import { AppError, invalid, notFound } from '../../errors/app-error.ts';
import { reachesReservedOfficeHour } from '../../policies/index.ts';
import { recordEvent } from '../requests/index.ts';
import type { BookAppointmentBody, BookedAppointment } from '../../../shared/contracts/appointments.ts';
import { decodeSlotId } from './slots.ts';
import { officeHoursWithAdviser } from './repository.ts';
import { freeSlots } from './list-slots.ts';
import { modeOf, presentBooked } from './presenter.ts';
import type { AppointmentMails } from './notifications.ts';

const MINUTE = 60_000;
const noLongerOffered = () => new AppError('conflict', 'Ce créneau n’est plus proposé : choisissez-en un autre.');
const taken = () => new AppError('conflict', 'Ce créneau vient d’être réservé par quelqu’un d’autre : choisissez-en un autre.');
const agentBusy = () => new AppError('conflict', 'Vous avez déjà un rendez-vous à ce moment-là.');

/**
 * An agent books a slot. Nothing in the slot's id is trusted: the slot is computed again from its
 * office hour (delays, holidays, absences, exceptions). Two bookings of one slot at the same
 * moment both pass that check; the exclusion constraint on the adviser's time range lets one
 * insert through and refuses the other, which gets a 409 — no check in Node could promise that.
 */
export async function bookAppointment(db: Kysely<DB>, ctx: ActionContext, mails: AppointmentMails, body: BookAppointmentBody, now = new Date()): Promise<BookedAppointment> {
  const { user } = ctx;
  const { officeHourId, startsAt } = decodeSlotId(body.slotId);
  const officeHour = await officeHoursWithAdviser(db).where('o.id', '=', officeHourId).where('o.closed_at', 'is', null).executeTakeFirst();
  if (!officeHour || (officeHour.reserved_to && !reachesReservedOfficeHour(user, officeHour.reserved_to))) throw noLongerOffered();
  if (!officeHour.reasons.includes(body.reason)) throw invalid([{ field: 'reason', message: 'Ce motif n’est pas proposé sur ce créneau : choisissez-en un autre.' }]);
  if (body.requestId) {
    const request = await db.selectFrom('requests').select('id').where('id', '=', body.requestId).where('agent_id', '=', user.id)
      .where('anonymised_at', 'is', null).executeTakeFirst();
    if (!request) throw notFound('Cette demande est introuvable.');
  }
  const found = await freeSlots(db, user, [officeHour], { from: startsAt, to: new Date(startsAt.getTime() + MINUTE) }, now);
  const slot = found.find((f) => f.slot.startsAt.getTime() === startsAt.getTime())?.slot;
  if (!slot) {
    const booked = await db.selectFrom('appointments').select('id').where('adviser_id', '=', officeHour.adviser_id).where('status', '<>', 'cancelled')
      .where('starts_at', '<=', startsAt).where('ends_at', '>', startsAt).executeTakeFirst();
    throw booked ? taken() : noLongerOffered();
  }
  const mode = modeOf(officeHour.place_kind);
  let row;
  try {
    row = await db.transaction().execute(async (trx) => {
      const inserted = await trx.insertInto('appointments').values({
        office_hour_id: officeHour.id, adviser_id: officeHour.adviser_id, agent_id: user.id, request_id: body.requestId ?? null,
        academie_code: officeHour.academie_code, departement_code: officeHour.departement_code, reason: body.reason,
        starts_at: slot.startsAt, ends_at: slot.endsAt, mode,
        place_kind: officeHour.place_kind, place_label: officeHour.place_label, place_address: officeHour.place_address, visio_url: officeHour.visio_url,
      }).returning(['id', 'starts_at', 'ends_at', 'mode', 'status', 'place_kind', 'place_label', 'place_address', 'visio_url']).executeTakeFirstOrThrow();
      if (body.requestId) {
        await recordEvent(trx, body.requestId, 'appointment_booked', user.id,
          { data: { appointmentId: inserted.id, startsAt: slot.startsAt.toISOString(), mode, adviserName: officeHour.adviser_name } });
      }
      // The agent has the appointment they were waiting for: their wish of an earlier slot for it is fulfilled.
      await trx.updateTable('earlier_slot_wishes').set({ withdrawn_at: now })
        .where('agent_id', '=', user.id).where('reason', '=', body.reason).where('departement_code', '=', officeHour.departement_code)
        .where((eb) => eb.or([eb('mode', 'is', null), eb('mode', '=', mode)])).where('withdrawn_at', 'is', null)
        .execute();
      await recordAudit(trx, ctx, { action: 'appointment.book', targetType: 'appointment', targetId: inserted.id, academieCode: officeHour.academie_code,
        actorRole: 'agent', details: { officeHourId: officeHour.id, ...(body.requestId ? { requestId: body.requestId } : {}) } });
      await mails.confirmed(trx, { appointmentId: inserted.id, to: user.email, academieCode: officeHour.academie_code, startsAt: slot.startsAt, mode,
        placeLabel: officeHour.place_label, adviserName: officeHour.adviser_name });
      return inserted;
    });
  } catch (error) {
    // 23P01: exclusion_violation — the slot (or the agent's time) was taken between the check and the insert.
    if ((error as { code?: string }).code === '23P01') {
      throw (error as { constraint?: string }).constraint === 'appointments_agent_no_overlap' ? agentBusy() : taken();
    }
    throw error;
  }
  return presentBooked({ ...row, uai: officeHour.establishment_uai });
}
