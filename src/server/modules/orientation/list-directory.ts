import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';
import type { CurrentUser } from '../../auth/current-user.ts';
import { decodeCursor, paginate } from '../../http/pagination.ts';
import { invalid } from '../../errors/app-error.ts';
import { academieOf } from '../../../shared/territories.ts';
import type { ContactPointPage, DirectoryQuery } from '../../../shared/contracts/orientation.ts';
import { findDirectory, findMembers, findTerritories } from './repository.ts';
import { presentContactPoint } from './presenter.ts';

/** The directory as staff see it (members, whether it receives referrals, whether they manage it), by name. */
export async function listDirectory(db: Kysely<DB>, user: CurrentUser, query: DirectoryQuery): Promise<ContactPointPage> {
  const limit = query.limit ?? 50;
  const after = decodeCursor(query.cursor, ['text', 'uuid'] as const);
  const academie = query.departement ? academieOf(query.departement) : query.academie;
  if (query.departement && (!academie || (query.academie && query.academie !== academie))) {
    throw invalid([{ field: 'departement', message: 'Ce département est inconnu ou n’appartient pas à cette académie.' }]);
  }
  const rows = await findDirectory(db, { academie, departement: query.departement, kind: query.kind, receiving: query.receiving,
    archived: query.archived, after, limit });
  const ids = rows.slice(0, limit).map((r) => r.id);
  const [territories, members] = await Promise.all([findTerritories(db, ids), findMembers(db, ids)]);
  return paginate(rows, limit, (r) => presentContactPoint(user, r, territories, members), (r) => [r.name, r.id]);
}
