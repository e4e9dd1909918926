import type { Executor } from '../../db/schema.ts';
import type { CurrentUser } from '../../auth/current-user.ts';
import { administeredScope } from '../../policies/index.ts';
import { academiesIn, isEmptyScope, ACADEMIES } from '../../../shared/territories.ts';

const academieDepartements = (code: string) => ACADEMIES.find((a) => a.code === code)?.departements.map((d) => d.code) ?? [];

/**
 * The accounts the caller administers, by name then id, after `afterName` (the last row of the
 * previous page); `limit + 1` rows, so that the caller knows whether a next page exists.
 */
export async function findAccounts(db: Executor, user: CurrentUser, q: string | undefined, afterName: [string, string] | undefined, limit: number) {
  const scope = administeredScope(user);
  if (isEmptyScope(scope)) return [];
  let query = db.selectFrom('persons as p')
    .select(['p.id', 'p.display_name', 'p.email', 'p.active'])
    .orderBy('p.display_name').orderBy('p.id').limit(limit + 1);
  if (!scope.everywhere) {
    const academies = academiesIn(scope);
    // An administrator of a département administers its académie's people, as one of the académie.
    const depts = academies.flatMap((code) => academieDepartements(code));
    query = query.where((eb) => eb.or([
      eb('p.academie_code', 'in', academies),
      eb.exists(eb.selectFrom('role_assignments as ra').select('ra.id').whereRef('ra.person_id', '=', 'p.id')
        .where((e) => e.or([
          e.and([e('ra.territory_level', '=', 'academie'), e('ra.territory_code', 'in', academies)]),
          e.and([e('ra.territory_level', '=', 'departement'), e('ra.territory_code', 'in', depts)]),
        ]))),
    ]));
  }
  if (q) {
    const pattern = `%${q.toLowerCase().replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    query = query.where((eb) => eb.or([eb(eb.fn('lower', ['p.display_name']), 'like', pattern), eb(eb.fn('lower', ['p.email']), 'like', pattern)]));
  }
  if (afterName) {
    const [name, id] = afterName;
    query = query.where((eb) => eb.or([eb('p.display_name', '>', name), eb.and([eb('p.display_name', '=', name), eb('p.id', '>', id)])]));
  }
  const rows = await query.execute();
  const grants = rows.length
    ? await db.selectFrom('role_assignments').select(['person_id', 'role', 'territory_level', 'territory_code'])
      .where('person_id', 'in', rows.map((r) => r.id)).orderBy('role').execute()
    : [];
  return rows.map((r) => ({ ...r, grants: grants.filter((g) => g.person_id === r.id) }));
}

/** The audit rows of the académies the caller administers, newest first, before the id `beforeId`. */
export async function findAuditEntries(db: Executor, user: CurrentUser, beforeId: number | undefined, limit: number) {
  const scope = administeredScope(user);
  if (isEmptyScope(scope)) return [];
  let query = db.selectFrom('audit_log as a')
    .leftJoin('persons as p', 'p.id', 'a.actor_id')
    .select(['a.id', 'a.occurred_at', 'a.actor_id', 'p.display_name as actor_name', 'a.actor_role', 'a.action', 'a.target_type', 'a.target_id', 'a.academie_code'])
    .orderBy('a.id', 'desc').limit(limit + 1);
  if (!scope.everywhere) query = query.where('a.academie_code', 'in', academiesIn(scope));
  if (beforeId !== undefined) query = query.where('a.id', '<', beforeId);
  return query.execute();
}

export type AccountRow = Awaited<ReturnType<typeof findAccounts>>[number];
export type AuditRow = Awaited<ReturnType<typeof findAuditEntries>>[number];
