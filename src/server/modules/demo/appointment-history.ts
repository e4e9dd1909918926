import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';
import { parisDate } from '../../clock.ts';
import { findAbsences, officeHourSlots } from '../appointments/index.ts';
import { DEMO_ACADEMIE } from './amiens.ts';
import { seededRandom } from './random.ts';

const DAY = 86_400_000;
/** The office hours have run since the service opened, two years before the demo starts. */
const HISTORY_DAYS = 730;
/** Share of past slots that were booked. */
const BOOKED_SHARE = 0.35;
/** What became of a past appointment (issue 14, « Pilotage »: the no-show rate, modes, places). */
const OUTCOMES = { held: 78, no_show: 8, excused: 6, cancelled: 8 } as const;

/**
 * Two years of past appointments in the demo office hours, booked by the background agents of
 * each office hour's département (never the named demo accounts, whose « Mes rendez-vous » stay
 * as written): held, missed, excused or cancelled, and the last days' not marked yet. They make
 * the steering report's appointment figures read like a living service. No adviser and no agent
 * has two at once (the exclusion constraints hold); no mail. Called inside the demo seed's
 * transaction, after `seedDemoAppointments`.
 */
export async function seedDemoAppointmentHistory(db: Kysely<DB>, now: Date, seed: number): Promise<void> {
  const random = seededRandom(seed);
  const officeHours = await db.selectFrom('office_hours').selectAll().where('academie_code', '=', DEMO_ACADEMIE).orderBy('created_at').orderBy('id').execute();
  if (officeHours.length === 0) return;
  const agents = await db.selectFrom('role_assignments as ra').innerJoin('persons as p', 'p.id', 'ra.person_id')
    .select(['p.id', 'p.departement_code']).where('ra.role', '=', 'agent').where('p.academie_code', '=', DEMO_ACADEMIE)
    .where('p.id', 'not in', db.selectFrom('demo_accounts').select('person_id')).orderBy('p.id').execute();
  const existing = await db.selectFrom('appointments').select(['adviser_id', 'agent_id', 'starts_at', 'ends_at']).where('academie_code', '=', DEMO_ACADEMIE).execute();
  const from = new Date(now.getTime() - HISTORY_DAYS * DAY);
  const to = new Date(now.getTime() - DAY);
  const absences = await findAbsences(db, [...new Set(officeHours.map((o) => o.adviser_id))], parisDate(from), parisDate(to));
  const agentDays = new Set<string>();
  const rows = [];
  for (const o of officeHours) {
    const local = agents.filter((a) => a.departement_code === o.departement_code);
    if (local.length === 0) continue;
    // The same rules as today's slots, over the past: holidays, exceptions and absences left out.
    const slots = officeHourSlots({ ...o, starts_on: parisDate(from), min_delay_hours: 0, max_delay_days: HISTORY_DAYS + 1 }, { from, to }, from,
      absences.filter((a) => a.adviser_id === o.adviser_id));
    for (const slot of slots) {
      if (random.next() >= BOOKED_SHARE) continue;
      if (existing.some((e) => e.adviser_id === o.adviser_id && e.starts_at < slot.endsAt && slot.startsAt < e.ends_at)) continue;
      const agent = local[Math.floor(random.next() * local.length)]!;
      const day = `${agent.id}|${parisDate(slot.startsAt)}`;
      // One appointment a day at most for an agent: never two at once.
      if (agentDays.has(day) || existing.some((e) => e.agent_id === agent.id && e.starts_at < slot.endsAt && slot.startsAt < e.ends_at)) continue;
      agentDays.add(day);
      const recent = now.getTime() - slot.startsAt.getTime() < 3 * DAY;
      const status = recent && random.next() < 0.5 ? 'booked' as const : random.weighted(OUTCOMES);
      const createdAt = new Date(slot.startsAt.getTime() - random.int(3, 20) * DAY);
      rows.push({
        office_hour_id: o.id, adviser_id: o.adviser_id, agent_id: agent.id, request_id: null, academie_code: DEMO_ACADEMIE,
        departement_code: o.departement_code, reason: o.reasons[Math.floor(random.next() * o.reasons.length)]!,
        starts_at: slot.startsAt, ends_at: slot.endsAt,
        mode: o.place_kind === 'visio' ? 'visio' as const : o.place_kind === 'phone' ? 'phone' as const : 'in_person' as const,
        place_kind: o.place_kind, place_label: o.place_label, place_address: o.place_address, visio_url: o.visio_url,
        status, created_at: createdAt, reminder_sent_at: new Date(slot.startsAt.getTime() - 2 * DAY),
        ...(status === 'cancelled' ? { cancelled_at: new Date(slot.startsAt.getTime() - DAY), cancelled_by: agent.id } : {}),
      });
    }
  }
  for (let i = 0; i < rows.length; i += 500) await db.insertInto('appointments').values(rows.slice(i, i + 500)).execute();
}
