import type { Kysely } from 'kysely';
import { fileTypeFromBuffer } from 'file-type';
import type { DB } from '../../db/schema.ts';
import { recordAudit, type ActionContext } from '../../audit/audit-log.ts';
import { forbidden, impossible, invalid, notFound } from '../../errors/app-error.ts';
import { can } from '../../policies/index.ts';
import type { ArticleAttachment } from '../../../shared/contracts/knowledge-base.ts';
import { ONE_LINE_PATTERN, VISIBLE_PATTERN, type FieldError } from '../../../shared/contracts/common.ts';
import { ARTICLE_ALT_MAX, ARTICLE_ATTACHMENT_MAX_BYTES, ARTICLE_ATTACHMENT_MEDIA_TYPES, ARTICLE_TITLE_MAX } from '../../../shared/contracts/limits.ts';
import { loadArticleFor } from './load-article.ts';
import { articleFacts, presentAttachment } from './presenter.ts';

export interface UploadedAttachment { filename: string; content: Buffer; label: string | undefined; alt: string | undefined }

const ATTACHMENTS_PER_ARTICLE_MAX = 10;

function oneLine(value: string | undefined, field: string, max: number, required: string | null, errors: FieldError[]): string | null {
  const text = (value ?? '').trim();
  if (!text) {
    if (required) errors.push({ field, message: required });
    return null;
  }
  if (text.length > max) errors.push({ field, message: `${max} caractères au plus.` });
  else if (!new RegExp(ONE_LINE_PATTERN).test(text) || !new RegExp(VISIBLE_PATTERN).test(text)) errors.push({ field, message: 'Une seule ligne de texte.' });
  return text;
}

/** A file name safe to store and send back: no path, no control characters, bounded, with the extension of its real type. */
function cleanFilename(name: string, extension: string): string {
  // eslint-disable-next-line no-control-regex -- control characters are removed from a file name
  const base = name.split(/[\\/]/).pop()!.normalize('NFC').replace(/[\u0000-\u001f\u007f"<>|:*?]/g, '').trim().slice(0, 120);
  return `${base.replace(/\.[^.]*$/, '') || 'piece-jointe'}.${extension}`;
}

/** POST /api/editor/articles/:id/attachments: a PDF beside a guide, or an image with its alternative text. */
export async function addArticleAttachment(db: Kysely<DB>, ctx: ActionContext, id: string, file: UploadedAttachment): Promise<ArticleAttachment> {
  return db.transaction().execute(async (trx) => {
    const article = await loadArticleFor(trx, ctx.user, id, { forUpdate: true });
    if (!can(ctx.user, 'article.edit', articleFacts(article))) throw forbidden('Vous ne pouvez pas modifier cet article.');
    if (file.content.length === 0) throw invalid([{ field: 'file', message: 'Le fichier est vide.' }]);
    if (file.content.length > ARTICLE_ATTACHMENT_MAX_BYTES) throw impossible('Le fichier dépasse la taille autorisée (10 Mo).');
    const detected = await fileTypeFromBuffer(file.content);
    const extension = detected ? ARTICLE_ATTACHMENT_MEDIA_TYPES[detected.mime] : undefined;
    if (!detected || !extension) {
      throw invalid([{ field: 'file', message: 'Type de fichier refusé : seuls les PDF, JPEG, PNG et WebP sont acceptés (le contenu du fichier a été vérifié).' }]);
    }
    const kind = detected.mime === 'application/pdf' ? 'document' as const : 'image' as const;
    const errors: FieldError[] = [];
    const label = oneLine(file.label, 'label', ARTICLE_TITLE_MAX, 'Donnez un intitulé au fichier.', errors);
    const alt = oneLine(file.alt, 'alt', ARTICLE_ALT_MAX, kind === 'image' ? 'Une image doit avoir un texte alternatif qui la décrit.' : null, errors);
    if (errors.length > 0) throw invalid(errors);
    const count = await trx.selectFrom('article_attachments').select((eb) => eb.fn.countAll<number>().as('n')).where('article_id', '=', article.id).executeTakeFirstOrThrow();
    if (Number(count.n) >= ATTACHMENTS_PER_ARTICLE_MAX) throw impossible(`Un article compte au plus ${ATTACHMENTS_PER_ARTICLE_MAX} fichiers.`);
    const row = await trx.insertInto('article_attachments').values({
      article_id: article.id, kind, label: label!, alt: kind === 'image' ? alt : null, file_name: cleanFilename(file.filename, extension),
      media_type: detected.mime, size: file.content.length, content: file.content, created_by: ctx.user.id,
    }).returning(['id', 'kind', 'label', 'alt', 'file_name', 'media_type', 'size']).executeTakeFirstOrThrow();
    await trx.updateTable('articles').set({ updated_at: new Date() }).where('id', '=', article.id).execute();
    await recordAudit(trx, ctx, { action: 'article.attach', targetType: 'article', targetId: article.id, academieCode: article.academie_code, actorRole: 'editor' });
    return presentAttachment(row, article.slug, article.academie_code);
  });
}

/** DELETE /api/editor/articles/:id/attachments/:attachmentId */
export async function removeArticleAttachment(db: Kysely<DB>, ctx: ActionContext, id: string, attachmentId: string): Promise<void> {
  await db.transaction().execute(async (trx) => {
    const article = await loadArticleFor(trx, ctx.user, id, { forUpdate: true });
    if (!can(ctx.user, 'article.edit', articleFacts(article))) throw forbidden('Vous ne pouvez pas modifier cet article.');
    const removed = await trx.deleteFrom('article_attachments').where('id', '=', attachmentId).where('article_id', '=', article.id).executeTakeFirst();
    if (Number(removed.numDeletedRows) === 0) throw notFound('Ce fichier n’est pas joint à cet article.');
    await recordAudit(trx, ctx, { action: 'article.detach', targetType: 'article', targetId: article.id, academieCode: article.academie_code, actorRole: 'editor' });
  });
}
