import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';
import type { CurrentUser } from '../../auth/current-user.ts';
import { notFound } from '../../errors/app-error.ts';
import type { ContactPoint } from '../../../shared/contracts/orientation.ts';
import { findContactPoint, findMembers, findTerritories, type ContactPointRow } from './repository.ts';
import { presentContactPoint } from './presenter.ts';

/** One contact point of the directory, as staff see it. */
export async function getContactPoint(db: Kysely<DB>, user: CurrentUser, id: string): Promise<ContactPoint> {
  const row = await findContactPoint(db, id);
  if (!row) throw notFound('Cet interlocuteur est introuvable.');
  return presentFull(db, user, row);
}

export async function presentFull(db: Kysely<DB>, user: CurrentUser, row: ContactPointRow): Promise<ContactPoint> {
  const [territories, members] = await Promise.all([findTerritories(db, [row.id]), findMembers(db, [row.id])]);
  return presentContactPoint(user, row, territories, members);
}
