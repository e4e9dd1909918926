import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';
import type { CurrentUser } from '../../auth/current-user.ts';
import { invalid } from '../../errors/app-error.ts';
import { parisDate } from '../../clock.ts';
import { reachesReservedOfficeHour } from '../../policies/index.ts';
import type { Slots, SlotsQuery } from '../../../shared/contracts/appointments.ts';
import { findAbsences, findBookedTimes, findOpenOfficeHours, type OfficeHourRow } from './repository.ts';
import { officeHourSlots, parisInstant, withoutBooked, type SlotTime } from './slots.ts';
import { presentSlot } from './presenter.ts';

const DAY = 86_400_000;
/** The longest period one search covers. */
const MAX_WINDOW_DAYS = 92;
const DEFAULT_WINDOW_DAYS = 28;

/** A day (from its start in Paris) or an instant; a French 400 for a date that does not exist. */
function instantOf(value: string, field: string): Date {
  const at = value.length === 10 ? parisInstant(value, 0) : new Date(value);
  const day = value.slice(0, 10);
  if (Number.isNaN(at.getTime()) || (value.length === 10 && parisDate(at) !== day) || Number.isNaN(Date.parse(`${day}T00:00:00Z`))
    || new Date(`${day}T00:00:00Z`).toISOString().slice(0, 10) !== day) {
    throw invalid([{ field, message: 'Cette date n’existe pas.' }]);
  }
  return at;
}

/** The search window: from `from` (now by default) to `to` (4 weeks later by default; a `to` given as a day includes it). */
export function searchWindow(query: Pick<SlotsQuery, 'from' | 'to'>, now: Date): { from: Date; to: Date } {
  const from = query.from ? instantOf(query.from, 'from') : now;
  const to = query.to
    ? (query.to.length === 10 ? new Date(instantOf(query.to, 'to').getTime() + DAY) : instantOf(query.to, 'to'))
    : new Date(from.getTime() + DEFAULT_WINDOW_DAYS * DAY);
  if (to <= from) throw invalid([{ field: 'to', message: 'La fin de la période doit suivre son début.' }]);
  if (to.getTime() - from.getTime() > MAX_WINDOW_DAYS * DAY) throw invalid([{ field: 'to', message: `Cherchez sur ${MAX_WINDOW_DAYS} jours au plus.` }]);
  return { from, to };
}

/** The free slots of the office hours that may be given to `user`, within the window. */
export async function freeSlots(db: Kysely<DB>, user: CurrentUser, officeHours: OfficeHourRow[], window: { from: Date; to: Date }, now: Date) {
  const open = officeHours.filter((o) => !o.reserved_to || reachesReservedOfficeHour(user, o.reserved_to));
  const advisers = [...new Set(open.map((o) => o.adviser_id))];
  const [absences, booked] = await Promise.all([
    findAbsences(db, advisers, parisDate(window.from), parisDate(window.to)),
    findBookedTimes(db, advisers, window.from, window.to),
  ]);
  const found: Array<{ officeHour: OfficeHourRow; slot: SlotTime }> = [];
  for (const o of open) {
    const slots = officeHourSlots(o, window, now, absences.filter((a) => a.adviser_id === o.adviser_id));
    for (const slot of withoutBooked(slots, booked.filter((b) => b.adviser_id === o.adviser_id))) found.push({ officeHour: o, slot });
  }
  // Nearest first; two advisers at the same time: by name, so the order is stable.
  return found.sort((a, b) => a.slot.startsAt.getTime() - b.slot.startsAt.getTime()
    || a.officeHour.adviser_name.localeCompare(b.officeHour.adviser_name, 'fr') || a.officeHour.id.localeCompare(b.officeHour.id));
}

/** `GET /api/slots`: the free slots of a département for a reason and a mode, nearest first. */
export async function listSlots(db: Kysely<DB>, user: CurrentUser, query: SlotsQuery, now = new Date()): Promise<Slots> {
  const departementCode = query.departement ?? user.departementCode;
  if (!departementCode) throw invalid([{ field: 'departement', message: 'Choisissez le département où chercher un rendez-vous.' }]);
  const window = searchWindow(query, now);
  const officeHours = await findOpenOfficeHours(db, { departementCode, mode: query.mode, reason: query.reason, id: query.officeHourId });
  const found = await freeSlots(db, user, officeHours, window, now);
  return { items: found.slice(0, query.limit ?? 50).map(({ officeHour, slot }) => presentSlot(officeHour, slot)) };
}
