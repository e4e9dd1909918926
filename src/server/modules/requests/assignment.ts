import { sql, type Kysely } from 'kysely';
import type { DB, Executor } from '../../db/schema.ts';
import { bumpCounter, formatReference } from './reference.ts';

/**
 * The adviser a new request goes to: an active adviser of the agent's département who is not
 * absent today, the least loaded (open requests divided by working share). None: null, and the
 * request waits in the académie's coordination queue.
 */
function leastLoadedAdviser(db: Executor, departementCode: string, today: string) {
  return db.selectFrom('persons as p')
    .innerJoin('role_assignments as ra', (join) => join.onRef('ra.person_id', '=', 'p.id')
      .on('ra.role', '=', 'adviser').on('ra.territory_level', '=', 'departement').on('ra.territory_code', '=', departementCode))
    .select(['p.id', 'p.display_name'])
    .where('p.active', '=', true)
    .where((eb) => eb.not(eb.exists(eb.selectFrom('adviser_absences as a').select('a.id')
      .whereRef('a.adviser_id', '=', 'p.id').where('a.starts_on', '<=', today).where('a.ends_on', '>=', today))))
    .orderBy(sql`(select count(*) from requests r where r.assignee_id = p.id and r.status <> 'closed')::float / coalesce(p.working_share, 1)`)
    .orderBy('p.id')
    .limit(1);
}

/**
 * Where a new request goes, and its number, in one statement: the least loaded adviser (or
 * none), the académie's commitment in working days (null: the national default), and the next
 * number of the académie's counter for the year with the académie's reference prefix.
 */
export async function routeNewRequest(db: Kysely<DB>, academieCode: string, departementCode: string, today: string, year: number) {
  const { rows: [row] } = await sql<{ id: string | null; display_name: string | null; commitment_days: number | null; last_number: number; reference_prefix: string }>`
    with bumped as (${bumpCounter(db, academieCode, year)})
    select a.id, a.display_name,
      (select s.commitment_days from academie_settings s where s.academie_code = ${academieCode}) as commitment_days,
      bumped.last_number, academie.reference_prefix
    from bumped cross join academies academie
      left join lateral (${leastLoadedAdviser(db, departementCode, today)}) as a on true
    where academie.code = ${academieCode}`.execute(db);
  if (!row) throw new Error(`Unknown académie ${academieCode}`);
  return {
    adviser: row.id ? { id: row.id, displayName: row.display_name ?? '' } : null,
    commitmentDays: row.commitment_days,
    reference: formatReference(row.reference_prefix, year, row.last_number),
  };
}

/** Is this person an active adviser whose territory covers the département? (targets of an assignment) */
export async function isAdviserFor(db: Executor, personId: string, departementCode: string, academieCode: string) {
  const row = await db.selectFrom('role_assignments as ra')
    .innerJoin('persons as p', 'p.id', 'ra.person_id')
    .select('ra.id')
    .where('ra.person_id', '=', personId).where('ra.role', '=', 'adviser').where('p.active', '=', true)
    .where((eb) => eb.or([
      eb.and([eb('ra.territory_level', '=', 'departement'), eb('ra.territory_code', '=', departementCode)]),
      eb.and([eb('ra.territory_level', '=', 'academie'), eb('ra.territory_code', '=', academieCode)]),
    ]))
    .executeTakeFirst();
  return row !== undefined;
}
