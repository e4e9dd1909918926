import type { Executor } from '../../db/schema.ts';
import type { CurrentUser } from '../../auth/current-user.ts';
import { notFound } from '../../errors/app-error.ts';
import { editedAcademies } from '../../policies/index.ts';
import { issuesVisibleTo, type IssueRecord } from './repository.ts';

/** An issue the editor may read, locked for the change when `forUpdate`; unseen is 404. */
export async function loadIssue(db: Executor, user: CurrentUser, id: string, options: { forUpdate?: boolean } = {}): Promise<IssueRecord> {
  let query = issuesVisibleTo(db, editedAcademies(user)).where('n.id', '=', id);
  if (options.forUpdate) query = query.forUpdate('n');
  const row = await query.executeTakeFirst();
  if (!row) throw notFound('Cette lettre d’information est introuvable.');
  return row;
}
