import type { Executor } from '../../db/schema.ts';
import type { Academie, Bassin } from '../../../shared/contracts/territories.ts';

/** The académies (or one, by its code) with their départements, by name then département code. */
export async function findAcademies(db: Executor, onlyCode?: string): Promise<Academie[]> {
  let query = db.selectFrom('academies as a')
    .innerJoin('departements as d', 'd.academie_code', 'a.code')
    .select(['a.code', 'a.name', 'd.code as departementCode', 'd.name as departementName'])
    .orderBy('a.name').orderBy('d.code');
  if (onlyCode) query = query.where('a.code', '=', onlyCode);
  const rows = await query.execute();
  const byCode = new Map<string, Academie>();
  for (const row of rows) {
    const academie = byCode.get(row.code) ?? { code: row.code, name: row.name, departements: [] };
    academie.departements.push({ code: row.departementCode, name: row.departementName });
    byCode.set(row.code, academie);
  }
  return [...byCode.values()];
}

export async function findBassins(db: Executor, departementCodes: string[]): Promise<Bassin[]> {
  if (departementCodes.length === 0) return [];
  return db.selectFrom('bassins')
    .select(['code', 'name', 'departement_code as departementCode'])
    .where('departement_code', 'in', departementCodes)
    .orderBy('code').execute();
}
