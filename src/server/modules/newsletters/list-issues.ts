import type { Executor } from '../../db/schema.ts';
import type { CurrentUser } from '../../auth/current-user.ts';
import type { NewsletterIssues } from '../../../shared/contracts/newsletters.ts';
import { editedAcademies } from '../../policies/index.ts';
import { issuesVisibleTo } from './repository.ts';
import { presentIssueSummary } from './presenter.ts';

/** The issues of the académies the editor writes for, newest first (the last 200). */
export async function listIssues(db: Executor, user: CurrentUser): Promise<NewsletterIssues> {
  const rows = await issuesVisibleTo(db, editedAcademies(user)).orderBy('n.updated_at', 'desc').orderBy('n.id', 'desc').limit(200).execute();
  return { items: rows.map(presentIssueSummary) };
}
