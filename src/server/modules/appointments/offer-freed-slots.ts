import { sql, type Kysely } from 'kysely';
import type { DB, Executor } from '../../db/schema.ts';
import { parisDate } from '../../clock.ts';
import { findAbsences, findBookedTimes, officeHoursWithAdviser, type OfficeHourRow } from './repository.ts';
import { officeHourSlots, type SlotTime } from './slots.ts';
import { modeOf } from './presenter.ts';
import type { AppointmentMails } from './notifications.ts';

const MINUTE = 60_000;
const DAY = 86_400_000;
/** A slot is offered to this many waiting agents at most: the first of them to book it has it. */
export const OFFERS_PER_SLOT = 3;
const BATCH = 100;

/** Is this slot of the office hour still bookable at `now` (its delays, holidays, absences, and nobody in it)? */
export async function freeSlotAt(db: Executor, officeHour: OfficeHourRow, startsAt: Date, now: Date): Promise<SlotTime | undefined> {
  if (officeHour.closed_at) return undefined;
  const window = { from: startsAt, to: new Date(startsAt.getTime() + MINUTE) };
  const slot = officeHourSlots(officeHour, window, now, await findAbsences(db, [officeHour.adviser_id], parisDate(window.from), parisDate(window.to)))
    .find((s) => s.startsAt.getTime() === startsAt.getTime());
  if (!slot) return undefined;
  const booked = await findBookedTimes(db, [officeHour.adviser_id], slot.startsAt, slot.endsAt);
  return booked.length ? undefined : slot;
}

/** Does an office hour reserved to a territory reach the agents of this département? */
function reservedReaches(reservedTo: { level: string; code: string } | null, departementCode: string, academieCode: string): boolean {
  if (!reservedTo) return true;
  return reservedTo.level === 'academie' ? reservedTo.code === academieCode : reservedTo.code === departementCode;
}

/**
 * The slots freed by cancellations (and by moves, recorded by move-appointment.ts) are offered by
 * mail to at most OFFERS_PER_SLOT agents waiting for an earlier slot of that département, for a
 * reason the office hour offers and in its mode, first come first served (the oldest wishes
 * first). Each freed slot is claimed by a conditional update in the transaction of its mails: with
 * several instances, one round of offers. Nobody is promised the slot: the first to book it has it,
 * the exclusion constraint refuses the others. An offer says when, how, where and with whom,
 * never anything of a request.
 */
export async function offerFreedSlots(db: Kysely<DB>, mails: AppointmentMails, now = new Date()): Promise<number> {
  const since = new Date(now.getTime() - DAY);
  // Cancellations of the last day whose slot is still ahead (a move records its old range itself).
  await sql`insert into freed_slots (appointment_id, office_hour_id, starts_at, freed_at)
    select id, office_hour_id, starts_at, cancelled_at from appointments
    where status = 'cancelled' and cancelled_at > ${since} and starts_at > ${now}
    on conflict on constraint freed_slots_once do nothing`.execute(db);
  const pending = await db.selectFrom('freed_slots').select('id')
    .where('offered_at', 'is', null).where('freed_at', '>', since).where('starts_at', '>', now)
    .orderBy('freed_at').limit(BATCH).execute();
  let offered = 0;
  for (const { id } of pending) {
    offered += await db.transaction().execute(async (trx) => {
      const freed = await trx.updateTable('freed_slots').set({ offered_at: now }).where('id', '=', id).where('offered_at', 'is', null)
        .returning(['id', 'appointment_id', 'office_hour_id', 'starts_at']).executeTakeFirst();
      if (!freed) return 0;
      const officeHour = await officeHoursWithAdviser(trx).where('o.id', '=', freed.office_hour_id).executeTakeFirst();
      if (!officeHour) return 0;
      const slot = await freeSlotAt(trx, officeHour, freed.starts_at, now);
      if (!slot) return 0;
      const mode = modeOf(officeHour.place_kind);
      const freedBy = await trx.selectFrom('appointments').select('agent_id').where('id', '=', freed.appointment_id).executeTakeFirst();
      const waiting = await trx.selectFrom('earlier_slot_wishes as w').innerJoin('persons as p', 'p.id', 'w.agent_id')
        .select(['w.id', 'w.agent_id', 'w.departement_code', 'w.academie_code', 'p.email'])
        .where('w.withdrawn_at', 'is', null).where('p.active', '=', true)
        .where('w.departement_code', '=', officeHour.departement_code)
        .where('w.reason', 'in', officeHour.reasons.length ? officeHour.reasons : [''])
        .where((eb) => eb.or([eb('w.mode', 'is', null), eb('w.mode', '=', mode)]))
        .where('w.agent_id', '<>', freedBy?.agent_id ?? '00000000-0000-0000-0000-000000000000')
        // Not to an agent who already has an appointment for that reason at this time or earlier, nor one busy then.
        .where(({ not, exists, selectFrom }) => not(exists(selectFrom('appointments as a').select('a.id')
          .whereRef('a.agent_id', '=', 'w.agent_id').where('a.status', '=', 'booked').where('a.starts_at', '>', now)
          .where((eb) => eb.or([
            eb.and([eb('a.reason', '=', eb.ref('w.reason')), eb('a.starts_at', '<=', slot.startsAt)]),
            eb.and([eb('a.starts_at', '<', slot.endsAt), eb('a.ends_at', '>', slot.startsAt)]),
          ])))))
        .orderBy('w.created_at').orderBy('w.id').limit(OFFERS_PER_SLOT * 4).execute();
      const chosen = waiting.filter((w) => reservedReaches(officeHour.reserved_to, w.departement_code, w.academie_code))
        // One offer per agent, even with several wishes.
        .filter((w, i, all) => all.findIndex((o) => o.agent_id === w.agent_id) === i)
        .slice(0, OFFERS_PER_SLOT);
      for (const w of chosen) {
        await trx.insertInto('slot_offers').values({ freed_slot_id: freed.id, wish_id: w.id, created_at: now }).execute();
        await mails.slotOffered(trx, { to: w.email, academieCode: officeHour.academie_code, startsAt: slot.startsAt, mode,
          placeLabel: officeHour.place_label, adviserName: officeHour.adviser_name });
      }
      return chosen.length;
    });
  }
  return offered;
}
