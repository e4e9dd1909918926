import { sql } from 'kysely';
import type { Executor } from '../../db/schema.ts';
import type { Territory } from '../../../shared/territories.ts';

/** A count and its cell key (the sum of the counted records' `stat_key` modulo 10 000), as the reports mask and round them. */
export interface SessionTally { n: number; key: number }

export interface CollectiveSessionFigures {
  /** Sessions held: not cancelled, started in the period, already over. */
  sessions: SessionTally;
  /** People marked present at those sessions. */
  attendees: SessionTally;
  /** The same two counts per département where the sessions were held. */
  byDepartement: { departement: string; sessions: SessionTally; attendees: SessionTally }[];
}

/** A scope of the reports: a territory, or an organiser's own sessions. */
export type SessionFiguresScope = Territory | { level: 'adviser'; code: string };

const scopeFilter = (scope: SessionFiguresScope) => {
  switch (scope.level) {
    case 'national': return sql<boolean>`true`;
    case 'academie': return sql<boolean>`s.academie_code = ${scope.code}`;
    case 'departement': return sql<boolean>`s.departement_code = ${scope.code}`;
    case 'adviser': return sql<boolean>`s.organiser_id = ${scope.code}`;
  }
};

/**
 * The « information collective » of a scope and period (`from` included, `to` excluded): the
 * sessions held and their attendees. Counts are raw, each with its cell key: the caller (the
 * reports) masks and rounds every one of them by the rule of docs/decisions/0008 before anyone
 * sees it; nothing here names a person.
 */
export async function collectiveSessionFigures(db: Executor, scope: SessionFiguresScope, period: { from: Date; to: Date }, now = new Date()): Promise<CollectiveSessionFigures> {
  const { rows } = await sql<{ departement_code: string | null; sessions: number; session_key: number; attendees: number; attendee_key: number }>`
    with held as (
      select s.id, s.departement_code, s.stat_key from collective_sessions s
      where ${scopeFilter(scope)} and s.status = 'scheduled' and s.starts_at >= ${period.from} and s.starts_at < ${period.to} and s.ends_at <= ${now}
    ), present as (
      select h.departement_code, r.stat_key from held h join collective_session_registrations r on r.session_id = h.id
      where r.status = 'registered' and r.attendance = 'present'
    ), counted as (
      select departement_code, 1 as sessions, stat_key as session_key, 0 as attendees, 0 as attendee_key from held
      union all
      select departement_code, 0, 0, 1, stat_key from present
    )
    select departement_code, sum(sessions)::int as sessions, (sum(session_key) % 10000)::int as session_key,
      sum(attendees)::int as attendees, (sum(attendee_key) % 10000)::int as attendee_key
    from counted group by grouping sets ((departement_code), ())
  `.execute(db);
  const total = rows.find((r) => r.departement_code === null);
  const tally = (n: number | undefined, key: number | undefined): SessionTally => ({ n: Number(n ?? 0), key: Number(key ?? 0) });
  return {
    sessions: tally(total?.sessions, total?.session_key),
    attendees: tally(total?.attendees, total?.attendee_key),
    byDepartement: rows.filter((r) => r.departement_code !== null).sort((a, b) => a.departement_code!.localeCompare(b.departement_code!))
      .map((r) => ({ departement: r.departement_code!, sessions: tally(r.sessions, r.session_key), attendees: tally(r.attendees, r.attendee_key) })),
  };
}
