import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';
import type { JobQueue } from '../../jobs/queue.ts';
import { recordAudit, type ActionContext } from '../../audit/audit-log.ts';
import { impossible, invalid } from '../../errors/app-error.ts';
import { can } from '../../policies/index.ts';
import type { NewsletterIssue } from '../../../shared/contracts/newsletters.ts';
import { loadIssue } from './load-issue.ts';
import { newsletterFacts } from './presenter.ts';
import { getIssue } from './get-issue.ts';
import { NEWSLETTER_START_JOB } from './sending.ts';

/**
 * The life of an issue: submitted for approval, approved by another editor (its sending is then
 * queued for its chosen time, in the same transaction), or cancelled before it leaves.
 */
export async function changeIssueStatus(db: Kysely<DB>, jobs: Pick<JobQueue, 'send'> | undefined, ctx: ActionContext, id: string,
  action: 'submit' | 'approve' | 'cancel', now = new Date()): Promise<NewsletterIssue> {
  await db.transaction().execute(async (trx) => {
    const row = await loadIssue(trx, ctx.user, id, { forUpdate: true });
    const facts = newsletterFacts(row);
    if (action === 'submit') {
      if (!can(ctx.user, 'newsletter.submit', facts)) throw impossible('Seul un brouillon peut être soumis à validation.');
      if (!row.title.trim() || (row.items.length === 0 && row.sections.length === 0 && !row.editorial.trim())) {
        throw invalid([{ field: 'items', message: 'La lettre est vide : ajoutez un éditorial, un article ou une date-clé.' }]);
      }
      await trx.updateTable('newsletter_issues').set({ status: 'submitted', submitted_by: ctx.user.id, updated_at: now }).where('id', '=', id).execute();
    } else if (action === 'approve') {
      if (!can(ctx.user, 'newsletter.approve', facts)) {
        if (row.status === 'submitted' && row.updated_by === ctx.user.id) {
          throw impossible('Une lettre est validée par un autre éditeur que celui qui l’a rédigée ou modifiée en dernier.');
        }
        throw impossible('Seule une lettre soumise à validation peut être validée.');
      }
      if (!jobs) throw impossible('L’envoi des lettres est indisponible sur ce serveur.');
      const sendAt = row.send_at && row.send_at > now ? row.send_at : now;
      await trx.updateTable('newsletter_issues').set({ status: 'approved', approved_by: ctx.user.id, approved_at: now, send_at: sendAt, updated_at: now })
        .where('id', '=', id).execute();
      await jobs.send(NEWSLETTER_START_JOB, { issueId: id }, { trx, startAfter: sendAt });
    } else {
      if (!can(ctx.user, 'newsletter.cancel', facts)) throw impossible('L’envoi de cette lettre a commencé : elle ne peut plus être annulée.');
      await trx.updateTable('newsletter_issues').set({ status: 'cancelled', updated_at: now }).where('id', '=', id).execute();
    }
    await recordAudit(trx, ctx, { action: `newsletter.${action}`, targetType: 'newsletter', targetId: id, academieCode: row.academie_code, actorRole: 'editor' });
  });
  return getIssue(db, ctx.user, id);
}
