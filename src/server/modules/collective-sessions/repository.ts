import { sql } from 'kysely';
import type { Executor } from '../../db/schema.ts';
import type { Scope } from '../../../shared/territories.ts';

/** A session's columns, its organiser's name and how many wait for a seat. */
export function sessionsWithOrganiser(db: Executor) {
  return db.selectFrom('collective_sessions as s').innerJoin('persons as organiser', 'organiser.id', 's.organiser_id')
    .selectAll('s')
    .select('organiser.display_name as organiser_name')
    .select((eb) => eb.selectFrom('collective_session_registrations as w').whereRef('w.session_id', '=', 's.id').where('w.status', '=', 'waiting')
      .select(sql<number>`count(*)::int`.as('n')).as('waiting_count'));
}
export type SessionRow = Awaited<ReturnType<ReturnType<typeof sessionsWithOrganiser>['executeTakeFirstOrThrow']>>;

/** The sessions an agent may be offered: of their académie, not cancelled, not yet started (the audience is checked per session). */
export function upcomingSessionsOf(db: Executor, academieCode: string, now: Date) {
  return sessionsWithOrganiser(db).where('s.academie_code', '=', academieCode).where('s.status', '=', 'scheduled').where('s.starts_at', '>', now);
}

/** The sessions a staff member lists as organiser: those of the départements of their scope. None without a scope. */
export function sessionsInScope(db: Executor, scope: Scope) {
  return sessionsWithOrganiser(db).where((eb) => (scope.everywhere ? eb.val(true)
    : scope.departements.length ? eb('s.departement_code', 'in', [...scope.departements]) : eb.val(false)));
}

/** An agent's live registrations (seat or waiting list) to these sessions. */
export async function findRegistrations(db: Executor, agentId: string, sessionIds: string[]) {
  if (sessionIds.length === 0) return [];
  return db.selectFrom('collective_session_registrations').select(['id', 'session_id', 'status', 'queued_at'])
    .where('agent_id', '=', agentId).where('session_id', 'in', sessionIds).where('status', '<>', 'cancelled').execute();
}

/**
 * The rank (1 = next) of a waiting registration: those queued before it, first come, first served.
 * Compared in the database (its timestamps hold microseconds a JavaScript date would drop).
 */
export async function waitingPosition(db: Executor, sessionId: string, registrationId: string): Promise<number> {
  const row = await db.selectFrom('collective_session_registrations as w').select(sql<number>`count(*)::int`.as('n'))
    .where('w.session_id', '=', sessionId).where('w.status', '=', 'waiting')
    .where(sql<boolean>`(w.queued_at, w.id) <= (select r.queued_at, r.id from collective_session_registrations r where r.id = ${registrationId})`)
    .executeTakeFirstOrThrow();
  return row.n;
}

/** The next on the waiting list, locked (first come, first served). */
export function nextWaiting(db: Executor, sessionId: string) {
  return db.selectFrom('collective_session_registrations').select(['id', 'agent_id']).where('session_id', '=', sessionId).where('status', '=', 'waiting')
    .orderBy('queued_at').orderBy('id').limit(1).forUpdate().executeTakeFirst();
}

/** A registration with its agent and its session, as the mails and invitations need them. */
export function registrationsWithSession(db: Executor) {
  return db.selectFrom('collective_session_registrations as r')
    .innerJoin('collective_sessions as s', 's.id', 'r.session_id')
    .innerJoin('persons as agent', 'agent.id', 'r.agent_id')
    .innerJoin('persons as organiser', 'organiser.id', 's.organiser_id')
    .select(['r.id', 'r.status', 'r.session_id', 'r.agent_id', 'r.attendance', 'r.queued_at', 'r.created_at',
      's.title', 's.starts_at', 's.ends_at', 's.place_kind', 's.place_label', 's.place_address', 's.visio_url', 's.academie_code', 's.sequence',
      's.status as session_status', 'agent.display_name as agent_name', 'agent.email as agent_email',
      'organiser.display_name as organiser_name', 'organiser.email as organiser_email']);
}
export type RegistrationRow = Awaited<ReturnType<ReturnType<typeof registrationsWithSession>['executeTakeFirstOrThrow']>>;
