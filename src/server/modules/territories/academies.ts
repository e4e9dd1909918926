import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';
import { notFound } from '../../errors/app-error.ts';
import type { AcademieDetail } from '../../../shared/contracts/territories.ts';
import { findAcademies, findBassins } from './repository.ts';

/** The 30 académies and their départements. */
export function listAcademies(db: Kysely<DB>) {
  return findAcademies(db);
}

/** One académie, by its code in any case, with its départements and bassins. Unknown: 404. */
export async function getAcademie(db: Kysely<DB>, code: string): Promise<AcademieDetail> {
  const academie = (await findAcademies(db, code.toUpperCase()))[0];
  if (!academie) throw notFound('Cette académie est inconnue.');
  const bassins = await findBassins(db, academie.departements.map((d) => d.code));
  return { ...academie, bassins };
}
