import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';
import type { CurrentUser } from '../../auth/current-user.ts';
import type { EarlierSlotWish, EarlierSlotWishes } from '../../../shared/contracts/appointments.ts';
import type { AppointmentMode, AppointmentReason } from '../../../shared/glossary.ts';
import { officeHoursWithAdviser } from './repository.ts';
import { freeSlots } from './list-slots.ts';
import { modeOf } from './presenter.ts';
import { encodeSlotId } from './slots.ts';

const MINUTE = 60_000;

/** The wishes an agent is waiting on, and what was offered to each (slots still ahead); oldest first. */
export async function loadEarlierSlotWishes(db: Kysely<DB>, user: CurrentUser, now: Date, onlyId?: string): Promise<EarlierSlotWish[]> {
  let query = db.selectFrom('earlier_slot_wishes').selectAll().where('agent_id', '=', user.id).where('withdrawn_at', 'is', null);
  if (onlyId) query = query.where('id', '=', onlyId);
  const wishes = await query.orderBy('created_at').orderBy('id').execute();
  if (!wishes.length) return [];
  const offers = await db.selectFrom('slot_offers as s').innerJoin('freed_slots as f', 'f.id', 's.freed_slot_id')
    .select(['s.wish_id', 's.created_at', 'f.office_hour_id', 'f.starts_at'])
    .where('s.wish_id', 'in', wishes.map((w) => w.id)).where('f.starts_at', '>', now).orderBy('f.starts_at').execute();
  const officeHours = offers.length
    ? await officeHoursWithAdviser(db).where('o.id', 'in', [...new Set(offers.map((o) => o.office_hour_id))]).execute() : [];
  const presented = await Promise.all(offers.map(async (o) => {
    const officeHour = officeHours.find((h) => h.id === o.office_hour_id);
    if (!officeHour) return undefined;
    const stillFree = officeHour.closed_at ? [] : await freeSlots(db, user, [officeHour], { from: o.starts_at, to: new Date(o.starts_at.getTime() + MINUTE) }, now);
    const endsAt = new Date(o.starts_at.getTime() + officeHour.slot_minutes * MINUTE);
    return {
      wishId: o.wish_id,
      offer: {
        slotId: encodeSlotId(officeHour.id, o.starts_at),
        startsAt: o.starts_at.toISOString(),
        endsAt: endsAt.toISOString(),
        mode: modeOf(officeHour.place_kind),
        place: { kind: officeHour.place_kind, label: officeHour.place_label, address: officeHour.place_address, uai: officeHour.establishment_uai },
        adviser: { id: officeHour.adviser_id, displayName: officeHour.adviser_name },
        offeredAt: o.created_at.toISOString(),
        free: stillFree.some((s) => s.slot.startsAt.getTime() === o.starts_at.getTime()),
      },
    };
  }));
  return wishes.map((w) => ({
    id: w.id,
    reason: w.reason as AppointmentReason,
    departement: w.departement_code,
    mode: w.mode as AppointmentMode | null,
    createdAt: w.created_at.toISOString(),
    offers: presented.filter((p) => p?.wishId === w.id).map((p) => p!.offer),
  }));
}

/** `GET /api/earlier-slot-wishes`: the caller's wishes with their offers. */
export async function listEarlierSlotWishes(db: Kysely<DB>, user: CurrentUser, now = new Date()): Promise<EarlierSlotWishes> {
  return { items: await loadEarlierSlotWishes(db, user, now) };
}
