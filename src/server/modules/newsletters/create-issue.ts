import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';
import { recordAudit, type ActionContext } from '../../audit/audit-log.ts';
import { forbidden } from '../../errors/app-error.ts';
import { editsFor } from '../../policies/index.ts';
import type { NewsletterBody, NewsletterIssue } from '../../../shared/contracts/newsletters.ts';
import { issueColumns } from './issue-fields.ts';
import { getIssue } from './get-issue.ts';

/** An editor starts an issue for their académie: a draft. */
export async function createIssue(db: Kysely<DB>, ctx: ActionContext, body: NewsletterBody): Promise<NewsletterIssue> {
  if (!editsFor(ctx.user, body.academie)) throw forbidden('Vous n’êtes pas éditeur de cette académie.');
  const columns = issueColumns(body, body.academie);
  const id = await db.transaction().execute(async (trx) => {
    const row = await trx.insertInto('newsletter_issues').values({
      academie_code: body.academie, kind: body.kind, title: body.title.trim(), ...columns, created_by: ctx.user.id, updated_by: ctx.user.id,
    }).returning('id').executeTakeFirstOrThrow();
    await recordAudit(trx, ctx, { action: 'newsletter.create', targetType: 'newsletter', targetId: row.id, academieCode: body.academie, actorRole: 'editor' });
    return row.id;
  });
  return getIssue(db, ctx.user, id);
}
