import crypto from 'node:crypto';
import type { Kysely, Transaction } from 'kysely';
import { fileTypeFromBuffer } from 'file-type';
import type { DB } from '../../db/schema.ts';
import { recordAudit, type ActionContext } from '../../audit/audit-log.ts';
import { can } from '../../policies/index.ts';
import { impossible, invalid, notFound } from '../../errors/app-error.ts';
import { recordEvent } from './events.ts';
import { loadRequestFor, touchRequest, UUID } from './load.ts';
import { findRequestVisibleTo } from './repository.ts';
import { factsOf } from './presenter.ts';

export const MAX_ATTACHMENT_BYTES = 10 * 1024 * 1024;
export const MAX_ATTACHMENTS_PER_REQUEST = 5;

/** The accepted kinds, recognised from the content (magic bytes), never from the name. */
const ACCEPTED: Record<string, string> = {
  'application/pdf': 'pdf',
  'image/jpeg': 'jpg',
  'image/png': 'png',
  'application/vnd.oasis.opendocument.text': 'odt',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': 'docx',
};

/** A file name safe to store and to send back: no path, no control characters, bounded length. */
export function cleanFilename(name: string, extension: string): string {
  // eslint-disable-next-line no-control-regex -- control characters are removed from a file name
  const base = name.split(/[\\/]/).pop()!.normalize('NFC').replace(/[\u0000-\u001f\u007f"<>|:*?]/g, '').trim().slice(0, 120);
  const stem = base.replace(/\.[^.]*$/, '') || 'piece-jointe';
  return `${stem}.${extension}`;
}

export async function addAttachment(trx: Transaction<DB>, ctx: ActionContext, requestId: string,
  file: { filename: string; content: Buffer }, now = new Date()) {
  const request = await loadRequestFor(trx, ctx.user, requestId, 'request.reply');
  if (file.content.length === 0) throw invalid([{ field: 'file', message: 'Le fichier est vide.' }]);
  if (file.content.length > MAX_ATTACHMENT_BYTES) throw impossible('Le fichier dépasse la taille autorisée (10 Mo).');
  const detected = await fileTypeFromBuffer(file.content);
  const extension = detected ? ACCEPTED[detected.mime] : undefined;
  if (!detected || !extension) {
    throw invalid([{ field: 'file', message: 'Type de fichier refusé : seuls les PDF, JPEG, PNG, ODT et DOCX sont acceptés (le contenu du fichier a été vérifié).' }]);
  }
  const count = await trx.selectFrom('request_attachments').select((eb) => eb.fn.countAll<number>().as('n'))
    .where('request_id', '=', request.id).where('removed_at', 'is', null).executeTakeFirstOrThrow();
  if (count.n >= MAX_ATTACHMENTS_PER_REQUEST) throw impossible(`Une demande compte au plus ${MAX_ATTACHMENTS_PER_REQUEST} pièces jointes.`);
  const attachment = await trx.insertInto('request_attachments').values({
    request_id: request.id,
    uploaded_by: ctx.user.id,
    filename: cleanFilename(file.filename, extension),
    media_type: detected.mime,
    size_bytes: file.content.length,
    sha256: crypto.createHash('sha256').update(file.content).digest('hex'),
    created_at: now,
  }).returning(['id', 'filename', 'media_type', 'size_bytes']).executeTakeFirstOrThrow();
  await trx.insertInto('attachment_contents').values({ attachment_id: attachment.id, content: file.content }).execute();
  await recordEvent(trx, request.id, 'attachment_added', ctx.user.id, { at: now });
  if (request.agent_id !== ctx.user.id) {
    await recordAudit(trx, ctx, { action: 'attachment.add', targetType: 'request', targetId: request.id, academieCode: request.academie_code });
  }
  await touchRequest(trx, request.id, now);
  return { id: attachment.id, filename: attachment.filename, mediaType: attachment.media_type, sizeBytes: attachment.size_bytes };
}

/** The bytes of an attachment, for whoever may read its request's content; staff reads are audited. */
export async function readAttachment(db: Kysely<DB>, ctx: ActionContext, attachmentId: string) {
  if (!UUID.test(attachmentId)) throw notFound('Cette pièce jointe est introuvable.');
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
