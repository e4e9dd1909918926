import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';
import type { CurrentUser } from '../../auth/current-user.ts';
import { decodeCursor, paginate } from '../../http/pagination.ts';
import type { Appointments, AppointmentsQuery } from '../../../shared/contracts/appointments.ts';
import { DEFAULT_AGENT_CANCEL_HOURS, appointmentsVisibleTo } from './repository.ts';
import { appointmentFacts, presentAppointment } from './presenter.ts';

/**
 * The caller's appointments: as the agent and as the adviser. `upcoming` (not yet ended, soonest
 * first) or `past` (latest first).
 */
export async function listAppointments(db: Kysely<DB>, user: CurrentUser, query: AppointmentsQuery, now = new Date()): Promise<Appointments> {
  const limit = query.limit ?? 50;
  const past = query.when === 'past';
  const after = decodeCursor(query.cursor, ['timestamp', 'uuid'] as const);
  let rows = appointmentsVisibleTo(db, user.id).where('a.ends_at', past ? '<=' : '>', now);
  if (after) {
    const [at, id] = after;
    rows = rows.where((eb) => eb.or([eb('a.starts_at', past ? '<' : '>', new Date(at)),
      eb.and([eb('a.starts_at', '=', new Date(at)), eb('a.id', past ? '<' : '>', id)])]));
  }
  const found = await rows.orderBy('a.starts_at', past ? 'desc' : 'asc').orderBy('a.id', past ? 'desc' : 'asc').limit(limit + 1).execute();
  const academies = [...new Set(found.map((r) => r.academie_code))];
  const delays = new Map(academies.length
    ? (await db.selectFrom('appointment_settings').select(['academie_code', 'agent_cancel_hours']).where('academie_code', 'in', academies).execute())
      .map((s) => [s.academie_code, s.agent_cancel_hours] as const)
    : []);
  return paginate(found, limit,
    (r) => presentAppointment(r, user, appointmentFacts(r, delays.get(r.academie_code) ?? DEFAULT_AGENT_CANCEL_HOURS, now)),
    (r) => [r.starts_at.toISOString(), r.id]);
}
