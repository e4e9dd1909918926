import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';
import { recordAudit, type ActionContext } from '../../audit/audit-log.ts';
import { impossible } from '../../errors/app-error.ts';
import { can } from '../../policies/index.ts';
import type { NewsletterIssue, UpdateNewsletterBody } from '../../../shared/contracts/newsletters.ts';
import { issueColumns } from './issue-fields.ts';
import { loadIssue } from './load-issue.ts';
import { newsletterFacts } from './presenter.ts';
import { getIssue } from './get-issue.ts';

/**
 * An editor changes an issue until it is approved. A submitted issue that changes goes back to
 * draft: the approval is for the version the second editor read.
 */
export async function updateIssue(db: Kysely<DB>, ctx: ActionContext, id: string, body: UpdateNewsletterBody): Promise<NewsletterIssue> {
  await db.transaction().execute(async (trx) => {
    const row = await loadIssue(trx, ctx.user, id, { forUpdate: true });
    if (!can(ctx.user, 'newsletter.edit', newsletterFacts(row))) throw impossible('Cette lettre est validée ou envoyée : elle ne peut plus être modifiée.');
    await trx.updateTable('newsletter_issues')
      .set({ ...issueColumns(body, row.academie_code), status: 'draft', submitted_by: null, updated_by: ctx.user.id, updated_at: new Date() })
      .where('id', '=', id).execute();
    await recordAudit(trx, ctx, { action: 'newsletter.update', targetType: 'newsletter', targetId: id, academieCode: row.academie_code, actorRole: 'editor' });
  });
  return getIssue(db, ctx.user, id);
}
