import crypto from 'node:crypto';
import type { Kysely } from 'kysely';
import { fileTypeFromBuffer } from 'file-type';
import type { DB } from '../../db/schema.ts';
import { recordAudit, type ActionContext } from '../../audit/audit-log.ts';
import { impossible, invalid } from '../../errors/app-error.ts';
import type { AttachmentRef } from '../../../shared/contracts/requests.ts';
import { ATTACHMENT_MAX_BYTES, ATTACHMENT_MEDIA_TYPES as ACCEPTED, ATTACHMENTS_PER_REQUEST_MAX } from '../../../shared/contracts/limits.ts';
import { recordEvent } from './events.ts';
import { loadRequestFor } from './load-request.ts';
import { touchRequest } from './repository.ts';


/** A file name safe to store and to send back: no path, no control characters, bounded length. */
function cleanFilename(name: string, extension: string): string {
  // eslint-disable-next-line no-control-regex -- control characters are removed from a file name
  const base = name.split(/[\\/]/).pop()!.normalize('NFC').replace(/[\u0000-\u001f\u007f"<>|:*?]/g, '').trim().slice(0, 120);
  const stem = base.replace(/\.[^.]*$/, '') || 'piece-jointe';
  return `${stem}.${extension}`;
}

/** Joins a file to a request, for whoever may reply to it; its kind is read from its content. */
export async function addAttachment(db: Kysely<DB>, ctx: ActionContext, requestId: string,
  file: { filename: string; content: Buffer }, now = new Date()): Promise<AttachmentRef> {
  return db.transaction().execute(async (trx) => {
    // The request first: somebody who may not reply learns nothing, not even why the file is refused.
    const request = await loadRequestFor(trx, ctx.user, requestId, 'request.reply');
    if (file.content.length === 0) throw invalid([{ field: 'file', message: 'Le fichier est vide.' }]);
    if (file.content.length > ATTACHMENT_MAX_BYTES) throw impossible('Le fichier dépasse la taille autorisée (10 Mo).');
    const detected = await fileTypeFromBuffer(file.content);
    const extension = detected ? ACCEPTED[detected.mime] : undefined;
    if (!detected || !extension) {
      throw invalid([{ field: 'file', message: 'Type de fichier refusé : seuls les PDF, JPEG, PNG, ODT et DOCX sont acceptés (le contenu du fichier a été vérifié).' }]);
    }
    const count = await trx.selectFrom('request_attachments').select((eb) => eb.fn.countAll<number>().as('n'))
      .where('request_id', '=', request.id).where('removed_at', 'is', null).executeTakeFirstOrThrow();
    if (count.n >= ATTACHMENTS_PER_REQUEST_MAX) throw impossible(`Une demande compte au plus ${ATTACHMENTS_PER_REQUEST_MAX} pièces jointes.`);
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
  });
}
