import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';

export async function listAcademies(db: Kysely<DB>, onlyCode?: string) {
  let query = db.selectFrom('academies as a')
    .innerJoin('departements as d', 'd.academie_code', 'a.code')
    .select(['a.code', 'a.name', 'd.code as departementCode', 'd.name as departementName'])
    .orderBy('a.name').orderBy('d.code');
  if (onlyCode) query = query.where('a.code', '=', onlyCode);
  const rows = await query.execute();
  const byCode = new Map<string, { code: string; name: string; departements: Array<{ code: string; name: string }> }>();
  for (const row of rows) {
    const academie = byCode.get(row.code) ?? { code: row.code, name: row.name, departements: [] };
    academie.departements.push({ code: row.departementCode, name: row.departementName });
    byCode.set(row.code, academie);
  }
  return [...byCode.values()];
}
