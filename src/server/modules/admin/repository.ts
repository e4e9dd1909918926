import { sql } from 'kysely';
import type { Executor } from '../../db/schema.ts';
import type { CurrentUser } from '../../auth/current-user.ts';
import { administeredScope } from '../../policies/index.ts';
import { academiesIn, isEmptyScope, ACADEMIES } from '../../../shared/territories.ts';
import type { AuditQuery } from '../../../shared/contracts/admin.ts';

const academieDepartements = (code: string) => ACADEMIES.find((a) => a.code === code)?.departements.map((d) => d.code) ?? [];
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const likePattern = (q: string, prefix = '%') => `${prefix}${q.toLowerCase().replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

/**
 * The people the caller administers (`visibleTo` of accounts): those of the académies they
 * administer, or holding a role there; everybody for a national administrator; null (nobody)
 * without an admin grant.
 */
function administeredPeople(db: Executor, user: CurrentUser) {
  const scope = administeredScope(user);
  if (isEmptyScope(scope)) return null;
  const query = db.selectFrom('persons as p')
    .select(['p.id', 'p.display_name', 'p.email', 'p.active', 'p.academie_code', 'p.departement_code', 'p.category']);
  if (scope.everywhere) return query;
  const academies = academiesIn(scope);
  // An administrator of a département administers its académie's people, as one of the académie.
  const depts = academies.flatMap((code) => academieDepartements(code));
  return query.where((eb) => eb.or([
    eb('p.academie_code', 'in', academies),
    eb.exists(eb.selectFrom('role_assignments as ra').select('ra.id').whereRef('ra.person_id', '=', 'p.id')
      .where((e) => e.or([
        e.and([e('ra.territory_level', '=', 'academie'), e('ra.territory_code', 'in', academies)]),
        e.and([e('ra.territory_level', '=', 'departement'), e('ra.territory_code', 'in', depts)]),
      ]))),
  ]));
}

async function withGrants<R extends { id: string }>(db: Executor, rows: R[]) {
  const grants = rows.length
    ? await db.selectFrom('role_assignments').select(['person_id', 'role', 'territory_level', 'territory_code'])
      .where('person_id', 'in', rows.map((r) => r.id)).orderBy('role').orderBy('territory_level').orderBy('territory_code').execute()
    : [];
  return rows.map((r) => ({ ...r, grants: grants.filter((g) => g.person_id === r.id) }));
}

/**
 * The accounts the caller administers, by name then id, after `afterName` (the last row of the
 * previous page); `limit + 1` rows, so that the caller knows whether a next page exists.
 */
export async function findAccounts(db: Executor, user: CurrentUser, q: string | undefined, afterName: [string, string] | undefined, limit: number) {
  let query = administeredPeople(db, user);
  if (!query) return [];
  query = query.orderBy('p.display_name').orderBy('p.id').limit(limit + 1);
  if (q) {
    const pattern = likePattern(q);
    query = query.where((eb) => eb.or([eb(eb.fn('lower', ['p.display_name']), 'like', pattern), eb(eb.fn('lower', ['p.email']), 'like', pattern)]));
  }
  if (afterName) {
    const [name, id] = afterName;
    query = query.where((eb) => eb.or([eb('p.display_name', '>', name), eb.and([eb('p.display_name', '=', name), eb('p.id', '>', id)])]));
  }
  return withGrants(db, await query.execute());
}

/** One account the caller administers, with its grants; undefined when unknown or not theirs (404). */
export async function findAccount(db: Executor, user: CurrentUser, id: string, options: { lock?: boolean } = {}) {
  const query = administeredPeople(db, user);
  if (!query) return undefined;
  const row = await query.where('p.id', '=', id).$if(options.lock === true, (q) => q.forUpdate()).executeTakeFirst();
  return row ? (await withGrants(db, [row]))[0] : undefined;
}

/** Is this e-mail address already somebody's (case-insensitive, as the unique index reads it)? */
export async function emailTaken(db: Executor, email: string) {
  const row = await db.selectFrom('persons').select('id').where(sql<string>`lower(email)`, '=', email.toLowerCase()).executeTakeFirst();
  return row !== undefined;
}

function auditColumns(db: Executor) {
  return db.selectFrom('audit_log as a')
    .leftJoin('persons as p', 'p.id', 'a.actor_id')
    // What the row is about, in words: a request's reference, a person's name (never content).
    .leftJoin('requests as r', (j) => j.on('a.target_type', '=', 'request').on(sql`r.id::text`, '=', sql.ref('a.target_id')))
    .leftJoin('persons as tp', (j) => j.on('a.target_type', '=', 'person').on(sql`tp.id::text`, '=', sql.ref('a.target_id')))
    .select(['a.id', 'a.occurred_at', 'a.actor_id', 'p.display_name as actor_name', 'a.actor_role', 'a.action', 'a.target_type', 'a.target_id',
      'a.academie_code', 'r.reference as target_reference', 'tp.display_name as target_name']);
}

/**
 * The audit rows of the académies the caller administers, newest first, before the id
 * `beforeId`, narrowed by the filters; `limit + 1` rows.
 */
export async function findAuditEntries(db: Executor, user: CurrentUser, filters: Omit<AuditQuery, 'limit' | 'cursor'>, beforeId: number | undefined, limit: number) {
  const scope = administeredScope(user);
  if (isEmptyScope(scope)) return [];
  let query = auditColumns(db).orderBy('a.id', 'desc').limit(limit + 1);
  if (!scope.everywhere) query = query.where('a.academie_code', 'in', academiesIn(scope));
  if (beforeId !== undefined) query = query.where('a.id', '<', beforeId);
  if (filters.actorId) query = query.where('a.actor_id', '=', filters.actorId);
  const person = filters.person?.trim();
  if (person) {
    const pattern = likePattern(person);
    query = query.where((eb) => eb.or([eb(eb.fn('lower', ['p.display_name']), 'like', pattern), eb(eb.fn('lower', ['p.email']), 'like', pattern)]));
  }
  if (filters.action) query = query.where('a.action', '=', filters.action);
  if (filters.from) query = query.where(sql<string>`(a.occurred_at at time zone 'Europe/Paris')::date`, '>=', sql<string>`${filters.from}::date`);
  if (filters.to) query = query.where(sql<string>`(a.occurred_at at time zone 'Europe/Paris')::date`, '<=', sql<string>`${filters.to}::date`);
  const record = filters.record?.trim();
  if (record) {
    query = UUID.test(record)
      ? query.where('a.target_id', '=', record.toLowerCase())
      : query.where(sql<string>`upper(r.reference)`, '=', record.toUpperCase());
  }
  return query.execute();
}

/** What concerns one person, newest first: the changes made to their account, their sign-ins (not who looked at it). */
export async function findPersonHistory(db: Executor, personId: string, limit: number) {
  return auditColumns(db).where('a.target_type', '=', 'person').where('a.target_id', '=', personId).where('a.action', '<>', 'account.read')
    .orderBy('a.id', 'desc').limit(limit).execute();
}

export type AccountRow = Awaited<ReturnType<typeof findAccounts>>[number];
export type AuditRow = Awaited<ReturnType<typeof findAuditEntries>>[number];
