import type { Executor } from '../../db/schema.ts';
import type { CurrentUser } from '../../auth/current-user.ts';
import type { NewsletterPreview, NewsletterPreviewQuery } from '../../../shared/contracts/newsletters.ts';
import { loadIssue } from './load-issue.ts';
import { loadIssueContent } from './issue-content.ts';
import { MASKED_UNSUBSCRIBE, renderIssue } from './render-issue.ts';
import { archivePath } from './sending.ts';

/** The mail exactly as a recipient of `category` will get it (HTML and text), their unsubscribe link masked. */
export async function previewIssue(db: Executor, user: CurrentUser, id: string, query: NewsletterPreviewQuery, publicUrl: string): Promise<NewsletterPreview> {
  const row = await loadIssue(db, user, id);
  const content = await loadIssueContent(db, { ...row, sent_at: row.sent_at });
  const rendered = renderIssue(content, {
    publicUrl, category: query.category ?? null, unsubscribeUrl: MASKED_UNSUBSCRIBE, archiveUrl: `${publicUrl}${archivePath(row.academie_code, row.id)}`,
  });
  return { ...rendered, headers: { listUnsubscribe: `<${publicUrl}/api/newsletters/unsubscribe/${MASKED_UNSUBSCRIBE}>`, listUnsubscribePost: 'List-Unsubscribe=One-Click' } };
}
