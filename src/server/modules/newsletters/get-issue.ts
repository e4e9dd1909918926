import type { Executor } from '../../db/schema.ts';
import type { CurrentUser } from '../../auth/current-user.ts';
import type { NewsletterIssue } from '../../../shared/contracts/newsletters.ts';
import { loadIssue } from './load-issue.ts';
import { issueProgress } from './repository.ts';
import { presentIssue } from './presenter.ts';

/** One issue, with its sending progress (sent, failed, remaining) and what the editor may do with it. */
export async function getIssue(db: Executor, user: CurrentUser, id: string): Promise<NewsletterIssue> {
  const row = await loadIssue(db, user, id);
  return presentIssue(row, user, await issueProgress(db, id));
}
