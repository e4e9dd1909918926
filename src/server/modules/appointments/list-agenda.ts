import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';
import type { CurrentUser } from '../../auth/current-user.ts';
import { invalid } from '../../errors/app-error.ts';
import type { Agenda, AgendaQuery } from '../../../shared/contracts/appointments.ts';
import { DEFAULT_AGENT_CANCEL_HOURS, appointmentsWithPeople } from './repository.ts';
import { appointmentFacts, presentAppointment } from './presenter.ts';
import { parisInstant } from './slots.ts';

const DAY = 86_400_000;
/** A month at most: a week view, a day view, the days around them. */
const MAX_DAYS = 31;

const realDay = (day: string) => !Number.isNaN(Date.parse(`${day}T00:00:00Z`)) && new Date(`${day}T00:00:00Z`).toISOString().slice(0, 10) === day;

/**
 * The adviser's agenda: the appointments they hold whose start falls on the days [from, to]
 * (Paris time), cancelled ones included so that the day tells what happened; soonest first.
 * Only the adviser's own: the agenda of another adviser is nobody's to read.
 */
export async function listAgenda(db: Kysely<DB>, user: CurrentUser, query: AgendaQuery, now = new Date()): Promise<Agenda> {
  if (!realDay(query.from)) throw invalid([{ field: 'from', message: 'Cette date n’existe pas.' }]);
  if (!realDay(query.to)) throw invalid([{ field: 'to', message: 'Cette date n’existe pas.' }]);
  if (query.to < query.from) throw invalid([{ field: 'to', message: 'La fin de la période doit suivre son début.' }]);
  const from = parisInstant(query.from, 0);
  const to = parisInstant(new Date(Date.parse(`${query.to}T00:00:00Z`) + DAY).toISOString().slice(0, 10), 0);
  if (to.getTime() - from.getTime() > (MAX_DAYS + 1) * DAY) throw invalid([{ field: 'to', message: `Affichez ${MAX_DAYS} jours au plus.` }]);
  const rows = await appointmentsWithPeople(db).where('a.adviser_id', '=', user.id)
    .where('a.starts_at', '>=', from).where('a.starts_at', '<', to)
    .orderBy('a.starts_at').orderBy('a.id').limit(1000).execute();
  const academies = [...new Set(rows.map((r) => r.academie_code))];
  const delays = new Map(academies.length
    ? (await db.selectFrom('appointment_settings').select(['academie_code', 'agent_cancel_hours']).where('academie_code', 'in', academies).execute())
      .map((s) => [s.academie_code, s.agent_cancel_hours] as const)
    : []);
  return {
    from: query.from,
    to: query.to,
    items: rows.map((r) => presentAppointment(r, user, appointmentFacts(r, delays.get(r.academie_code) ?? DEFAULT_AGENT_CANCEL_HOURS, now))),
  };
}
