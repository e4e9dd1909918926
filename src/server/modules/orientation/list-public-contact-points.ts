import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';
import { invalid, notFound } from '../../errors/app-error.ts';
import { ACADEMIES, academieOf } from '../../../shared/territories.ts';
import type { PublicContactPoints, PublicContactPointsQuery } from '../../../shared/contracts/orientation.ts';
import { findPublicContactPoints, findTerritories } from './repository.ts';
import { byKindThenName, presentPublicContactPoint } from './presenter.ts';

/** « J’ai une question sur… »: the actor handles the topic asked, and the category of staff (none listed: every one). */
function handles(cp: { topics: string[]; categories: string[] }, query: PublicContactPointsQuery): boolean {
  return (!query.topic || cp.topics.includes(query.topic))
    && (!query.category || cp.categories.length === 0 || cp.categories.includes(query.category));
}

/**
 * « Qui contacter ? »: the HR actors covering a département or an académie, advisers first,
 * with the contacts of each service (never a member's own address). Public.
 */
export async function listPublicContactPoints(db: Kysely<DB>, query: PublicContactPointsQuery): Promise<PublicContactPoints> {
  if (!query.departement && !query.academie) {
    throw invalid([{ field: 'departement', message: 'Choisissez un département ou une académie.' }]);
  }
  const academie = query.departement ? academieOf(query.departement) : ACADEMIES.find((a) => a.code === query.academie)?.code;
  if (!academie) throw notFound(query.departement ? 'Ce département est inconnu.' : 'Cette académie est inconnue.');
  if (query.departement && query.academie && query.academie !== academie) {
    throw invalid([{ field: 'academie', message: 'Ce département n’appartient pas à cette académie.' }]);
  }
  const rows = (await findPublicContactPoints(db, { academie, departement: query.departement }))
    .filter((r) => handles(r, query));
  const territories = await findTerritories(db, rows.map((r) => r.id));
  return rows.sort(byKindThenName).map((r) => presentPublicContactPoint(r, territories));
}
