import { sql, type Kysely } from 'kysely';
import type { DB, Executor } from '../../db/schema.ts';
import { recordAudit, type ActionContext } from '../../audit/audit-log.ts';
import { AppError, forbidden, impossible, invalid } from '../../errors/app-error.ts';
import { can, editedAcademies, editsKnowledgeFor } from '../../policies/index.ts';
import type { ArticleDetail, ArticleDraftBody } from '../../../shared/contracts/knowledge-base-editor.ts';
import type { FieldError } from '../../../shared/contracts/common.ts';
import { ACADEMIES } from '../../../shared/territories.ts';
import { articleText } from './article-text.ts';
import { articleFacts } from './presenter.ts';
import { editorArticles, loadArticleFor, presentLoadedArticle } from './load-article.ts';

/** The académie a save is for: none (national), or the one named, else the editor's only académie. */
function scopeOf(ctx: ActionContext, body: ArticleDraftBody): string | null {
  if (body.scope === 'national') {
    if (body.academie) throw invalid([{ field: 'academie', message: 'Un article national ne désigne pas d’académie.' }]);
    return null;
  }
  if (body.academie) {
    if (!ACADEMIES.some((a) => a.code === body.academie)) throw invalid([{ field: 'academie', message: 'Cette académie est inconnue.' }]);
    return body.academie;
  }
  const edited = editedAcademies(ctx.user);
  if (edited.academies.length === 1) return edited.academies[0]!;
  throw invalid([{ field: 'academie', message: 'Choisissez l’académie de cet article.' }]);
}

/** Checks what a save names: a scheme's facts, related articles and contact points that exist. */
async function checkReferences(db: Executor, ctx: ActionContext, body: ArticleDraftBody, selfId: string | null) {
  const errors: FieldError[] = [];
  if (body.kind === 'scheme' && !body.scheme) {
    errors.push({ field: 'scheme', message: 'Un dispositif indique à qui il s’adresse, ce qu’il apporte et comment le demander.' });
  }
  const relatedIds = body.relatedIds ?? [];
  if (selfId && relatedIds.includes(selfId)) errors.push({ field: 'relatedIds', message: 'Un article ne peut pas renvoyer vers lui-même.' });
  if (relatedIds.length > 0) {
    const found = await editorArticles(db, ctx.user).select('a.id').where('a.id', 'in', relatedIds).execute();
    if (found.length !== relatedIds.length) errors.push({ field: 'relatedIds', message: 'Un des articles liés est introuvable.' });
  }
  const contactPointIds = body.contactPointIds ?? [];
  if (contactPointIds.length > 0) {
    const found = await db.selectFrom('contact_points').select('id').where('id', 'in', contactPointIds).where('archived_at', 'is', null).execute();
    if (found.length !== contactPointIds.length) errors.push({ field: 'contactPointIds', message: 'Un des interlocuteurs est introuvable ou archivé.' });
  }
  if (errors.length > 0) throw invalid(errors);
}

async function slugTaken(db: Executor, slug: string, academie: string | null, exceptId: string | null): Promise<boolean> {
  let query = db.selectFrom('articles').select('id').where('slug', '=', slug)
    .where(sql<boolean>`coalesce(academie_code, '') = ${academie ?? ''}`);
  if (exceptId) query = query.where('id', '<>', exceptId);
  return (await query.executeTakeFirst()) !== undefined;
}

const slugConflict = () => new AppError('conflict', 'Un article de cette portée porte déjà cette adresse : choisissez-en une autre.',
  [{ field: 'slug', message: 'Cette adresse est déjà prise.' }]);

function versionValues(body: ArticleDraftBody) {
  const { html, text } = articleText(body.body);
  return {
    kind: body.kind, theme: body.theme, title: body.title.trim(), summary: body.summary.trim(), body: body.body, body_html: html, body_text: text,
    audiences: [...body.audiences], hr_staff_only: body.hrStaffOnly, situations: [...(body.situations ?? [])],
    scheme: body.kind === 'scheme' && body.scheme ? JSON.stringify(body.scheme) : null,
  };
}

async function replaceRelations(trx: Executor, articleId: string, body: ArticleDraftBody) {
  await trx.deleteFrom('article_related').where('article_id', '=', articleId).execute();
  const related = body.relatedIds ?? [];
  if (related.length > 0) {
    await trx.insertInto('article_related').values(related.map((related_id, position) => ({ article_id: articleId, related_id, position }))).execute();
  }
  await trx.deleteFrom('article_contact_points').where('article_id', '=', articleId).execute();
  const contactPoints = body.contactPointIds ?? [];
  if (contactPoints.length > 0) {
    await trx.insertInto('article_contact_points')
      .values(contactPoints.map((contact_point_id, position) => ({ article_id: articleId, contact_point_id, position }))).execute();
  }
}

/** POST /api/editor/articles: a new article, as a draft (version 1). */
export async function createArticle(db: Kysely<DB>, ctx: ActionContext, body: ArticleDraftBody): Promise<ArticleDetail> {
  const academie = scopeOf(ctx, body);
  if (!editsKnowledgeFor(ctx.user, academie)) {
    throw forbidden(academie ? 'Vous n’êtes pas éditeur des contenus de cette académie.' : 'Seul un éditeur national écrit les articles nationaux.');
  }
  await checkReferences(db, ctx, body, null);
  const id = await db.transaction().execute(async (trx) => {
    if (await slugTaken(trx, body.slug, academie, null)) throw slugConflict();
    const article = await trx.insertInto('articles').values({
      slug: body.slug, academie_code: academie, status: 'draft', review_due_on: body.reviewDueOn ?? null,
      contact_point_kinds: [...(body.contactPointKinds ?? [])], created_by: ctx.user.id,
    }).returning('id').executeTakeFirstOrThrow();
    const version = await trx.insertInto('article_versions').values({ article_id: article.id, number: 1, author_id: ctx.user.id, ...versionValues(body) })
      .returning('id').executeTakeFirstOrThrow();
    await trx.updateTable('articles').set({ current_version_id: version.id }).where('id', '=', article.id).execute();
    await replaceRelations(trx, article.id, body);
    await recordAudit(trx, ctx, { action: 'article.create', targetType: 'article', targetId: article.id, academieCode: academie, actorRole: 'editor' });
    return article.id;
  });
  return presentLoadedArticle(db, ctx.user, await loadArticleFor(db, ctx.user, id));
}

/**
 * PUT /api/editor/articles/:id: a new version. The version online stays online; the article goes
 * back to draft (a version in review that changes is reviewed again).
 */
export async function updateArticle(db: Kysely<DB>, ctx: ActionContext, id: string, body: ArticleDraftBody): Promise<ArticleDetail> {
  await db.transaction().execute(async (trx) => {
    const article = await loadArticleFor(trx, ctx.user, id, { forUpdate: true });
    if (!can(ctx.user, 'article.edit', articleFacts(article))) {
      if (article.status === 'archived') throw impossible('Cet article est archivé : il ne se modifie plus.');
      throw forbidden('Vous n’êtes pas éditeur des contenus de la portée de cet article.');
    }
    const academie = body.scope === 'national' ? null : (body.academie ?? article.academie_code);
    if (academie !== article.academie_code) throw invalid([{ field: 'scope', message: 'La portée d’un article ne change pas une fois créé.' }]);
    if (body.slug !== article.slug) {
      if (article.published_version_number !== null) throw invalid([{ field: 'slug', message: 'L’adresse d’un article publié ne change plus.' }]);
      if (await slugTaken(trx, body.slug, academie, id)) throw slugConflict();
    }
    await checkReferences(trx, ctx, body, id);
    const last = await trx.selectFrom('article_versions').select((eb) => eb.fn.max('number').as('n')).where('article_id', '=', id).executeTakeFirstOrThrow();
    const version = await trx.insertInto('article_versions').values({ article_id: id, number: Number(last.n ?? 0) + 1, author_id: ctx.user.id, ...versionValues(body) })
      .returning('id').executeTakeFirstOrThrow();
    await trx.updateTable('articles').set({
      slug: body.slug, current_version_id: version.id, status: 'draft', submitted_at: null, review_due_on: body.reviewDueOn ?? null,
      contact_point_kinds: [...(body.contactPointKinds ?? [])], updated_at: new Date(),
    }).where('id', '=', id).execute();
    await replaceRelations(trx, id, body);
    await recordAudit(trx, ctx, { action: 'article.update', targetType: 'article', targetId: id, academieCode: academie, actorRole: 'editor' });
  });
  return presentLoadedArticle(db, ctx.user, await loadArticleFor(db, ctx.user, id));
}
