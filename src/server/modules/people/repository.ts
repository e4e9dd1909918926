import type { Executor } from '../../db/schema.ts';
import type { CurrentUser } from '../../auth/current-user.ts';
import { handledScope } from '../../policies/index.ts';
import { isEmptyScope } from '../../../shared/territories.ts';

/** Agents of the caller's territory whose name or e-mail starts with `q` (logging a call); at most 20. */
export async function findAgents(db: Executor, user: CurrentUser, q: string) {
  const scope = handledScope(user);
  if (isEmptyScope(scope)) return [];
  const pattern = `${q.trim().toLowerCase().replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
  return db.selectFrom('persons as p')
    .innerJoin('role_assignments as ra', (j) => j.onRef('ra.person_id', '=', 'p.id').on('ra.role', '=', 'agent'))
    .leftJoin('establishments as e', 'e.uai', 'p.establishment_uai')
    .select(['p.id', 'p.display_name', 'p.email', 'p.departement_code', 'e.name as establishment_name']).distinct()
    .where('p.active', '=', true)
    .$if(!scope.everywhere, (qb) => qb.where('p.departement_code', 'in', scope.everywhere ? [] : scope.departements))
    .where((eb) => eb.or([
      eb(eb.fn('lower', ['p.display_name']), 'like', pattern),
      eb(eb.fn('lower', ['p.family_name']), 'like', pattern),
      eb(eb.fn('lower', ['p.email']), 'like', pattern),
    ]))
    .orderBy('p.display_name').limit(20)
    .execute();
}

/** The advisers of a département (or of its académie), with whether they are absent on `day`. */
export async function findAdvisers(db: Executor, departementCode: string, academieCode: string, day: string) {
  return db.selectFrom('persons as p')
    .innerJoin('role_assignments as ra', (j) => j.onRef('ra.person_id', '=', 'p.id').on('ra.role', '=', 'adviser'))
    .select(['p.id', 'p.display_name'])
    .select((eb) => eb.exists(eb.selectFrom('adviser_absences as a').select('a.id').whereRef('a.adviser_id', '=', 'p.id')
      .where('a.starts_on', '<=', day).where('a.ends_on', '>=', day)).as('absent'))
    .distinct()
    .where('p.active', '=', true)
    .where((eb) => eb.or([
      eb.and([eb('ra.territory_level', '=', 'departement'), eb('ra.territory_code', '=', departementCode)]),
      eb.and([eb('ra.territory_level', '=', 'academie'), eb('ra.territory_code', '=', academieCode)]),
    ]))
    .orderBy('p.display_name')
    .execute();
}

export type AgentRow = Awaited<ReturnType<typeof findAgents>>[number];
export type AdviserRow = Awaited<ReturnType<typeof findAdvisers>>[number];
