import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';
import { recordAudit, type ActionContext } from '../../audit/audit-log.ts';
import { can } from '../../policies/index.ts';
import { notFound } from '../../errors/app-error.ts';
import { factsOf } from './presenter.ts';
import { findRequestVisibleTo } from './repository.ts';

/**
 * The bytes of an attachment, for whoever may read its request's content (anybody else: 404).
 * A staff read is audited in the same transaction as the read.
 */
export async function readAttachment(db: Kysely<DB>, ctx: ActionContext, attachmentId: string) {
  return db.transaction().execute(async (trx) => {
    const meta = await trx.selectFrom('request_attachments').select(['id', 'request_id', 'filename', 'media_type'])
      .where('id', '=', attachmentId).where('removed_at', 'is', null).executeTakeFirst();
    if (!meta) throw notFound('Cette pièce jointe est introuvable.');
    const request = await findRequestVisibleTo(trx, ctx.user, meta.request_id);
    if (!request || !can(ctx.user, 'request.readContent', factsOf(request))) throw notFound('Cette pièce jointe est introuvable.');
    if (request.agent_id !== ctx.user.id) {
      await recordAudit(trx, ctx, { action: 'attachment.read', targetType: 'request', targetId: request.id, academieCode: request.academie_code, details: { attachmentId: meta.id } });
    }
    const content = await trx.selectFrom('attachment_contents').select('content').where('attachment_id', '=', meta.id).executeTakeFirstOrThrow();
    return { filename: meta.filename, mediaType: meta.media_type, content: content.content };
  });
}
