import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';
import { grantsOf, type CurrentUser } from '../../auth/current-user.ts';
import { departementsCovered } from '../../policies/territory.ts';
import { ACADEMIES } from '../../../shared/territories.ts';

/** The académies an administrator administers; null = all (national). Empty = none: fail closed. */
export function administeredAcademies(user: CurrentUser): string[] | null {
  const codes = new Set<string>();
  for (const grant of grantsOf(user, 'admin')) {
    if (grant.level === 'national') return null;
    if (grant.level === 'academie') codes.add(grant.code);
    if (grant.level === 'departement') {
      const academie = ACADEMIES.find((a) => a.departements.some((d) => d.code === grant.code));
      if (academie) codes.add(academie.code);
    }
  }
  return [...codes];
}

export async function findAccounts(db: Kysely<DB>, user: CurrentUser, q: string | undefined, afterName: [string, string] | undefined, limit: number) {
  const academies = administeredAcademies(user);
  let query = db.selectFrom('persons as p')
    .select(['p.id', 'p.display_name', 'p.email', 'p.active'])
    .orderBy('p.display_name').orderBy('p.id').limit(limit + 1);
  if (academies !== null) {
    const depts = academies.flatMap((code) => departementsCovered({ level: 'academie', code }) ?? []);
    if (!academies.length) return [];
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
  const roles = rows.length
    ? await db.selectFrom('role_assignments').select(['person_id', 'role', 'territory_level', 'territory_code'])
      .where('person_id', 'in', rows.map((r) => r.id)).orderBy('role').execute()
    : [];
  return rows.map((r) => ({ ...r, roles: roles.filter((g) => g.person_id === r.id) }));
}

export async function findAuditEntries(db: Kysely<DB>, user: CurrentUser, beforeId: number | undefined, limit: number) {
  const academies = administeredAcademies(user);
  if (academies !== null && !academies.length) return [];
  let query = db.selectFrom('audit_log as a')
    .leftJoin('persons as p', 'p.id', 'a.actor_id')
    .select(['a.id', 'a.occurred_at', 'a.actor_id', 'p.display_name as actor_name', 'a.actor_role', 'a.action', 'a.target_type', 'a.target_id', 'a.academie_code'])
    .orderBy('a.id', 'desc').limit(limit + 1);
  if (academies !== null) query = query.where('a.academie_code', 'in', academies);
  if (beforeId !== undefined) query = query.where('a.id', '<', beforeId);
  return query.execute();
}
