import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';
import type { CurrentUser } from '../../auth/current-user.ts';
import { notFound } from '../../errors/app-error.ts';
import { deleteAbsence } from './repository.ts';

/** An adviser withdraws one of their own absences; anybody else's is unknown to them (404). */
export async function withdrawAbsence(db: Kysely<DB>, user: CurrentUser, id: string): Promise<void> {
  if (!(await deleteAbsence(db, user.id, id))) throw notFound('Cette absence est introuvable.');
}
