import type { Executor } from '../../db/schema.ts';
import { ACADEMIES } from '../../../shared/territories.ts';
import type { ContactAcademies } from '../../../shared/contracts/orientation.ts';

/**
 * The national page of « Qui contacter ? »: every académie with its départements, and how many
 * active actors (advisers among them) its directory publishes; an académie that has written none
 * yet is listed all the same, with 0. Public.
 */
export async function listContactAcademies(db: Executor): Promise<ContactAcademies> {
  const rows = await db.selectFrom('contact_points')
    .select(['academie_code', 'kind', (eb) => eb.fn.countAll<string | number>().as('count')])
    .where('archived_at', 'is', null).where('academie_code', 'is not', null)
    .groupBy(['academie_code', 'kind'])
    .execute();
  const counts = new Map<string, { contactPoints: number; advisers: number }>();
  for (const row of rows) {
    const entry = counts.get(row.academie_code!) ?? { contactPoints: 0, advisers: 0 };
    entry.contactPoints += Number(row.count);
    if (row.kind === 'adviser') entry.advisers += Number(row.count);
    counts.set(row.academie_code!, entry);
  }
  return ACADEMIES.map((a) => ({
    code: a.code, name: a.name, departements: a.departements.map((d) => ({ code: d.code, name: d.name })),
    ...(counts.get(a.code) ?? { contactPoints: 0, advisers: 0 }),
  }));
}
