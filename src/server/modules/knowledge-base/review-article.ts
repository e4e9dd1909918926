import type { Kysely } from 'kysely';
import type { DB, Executor } from '../../db/schema.ts';
import { recordAudit, type ActionContext } from '../../audit/audit-log.ts';
import { forbidden, impossible } from '../../errors/app-error.ts';
import { can } from '../../policies/index.ts';
import type { ArticleDetail } from '../../../shared/contracts/knowledge-base-editor.ts';
import { articleFacts, type EditorArticleRow } from './presenter.ts';
import { loadArticleFor, presentLoadedArticle } from './load-article.ts';
import { addToLexicon } from './repository.ts';

/*
 * The life of an article: a draft is submitted for review; a second editor (never the author of
 * the version in review) publishes it or sends it back with a comment; an editor archives it
 * (withdrawn from the public, its history kept).
 */

type Step = 'submit' | 'publish' | 'requestChanges' | 'archive';

function refuse(step: Step, article: EditorArticleRow, userId: string): never {
  const own = article.author_id === userId;
  switch (step) {
    case 'submit':
      if (article.status !== 'draft') throw impossible('Seul un brouillon se soumet à relecture.');
      break;
    case 'publish':
    case 'requestChanges':
      if (article.status !== 'in_review') throw impossible('Cet article n’est pas en relecture : soumettez-le d’abord.');
      if (own) throw forbidden('Un second éditeur relit et publie : l’auteur de la version ne peut pas la publier lui-même.');
      break;
    case 'archive':
      if (article.status === 'archived') throw impossible('Cet article est déjà archivé.');
      break;
  }
  throw forbidden('Vous n’êtes pas éditeur des contenus de la portée de cet article.');
}

const ABILITY = { submit: 'article.submit', publish: 'article.publish', requestChanges: 'article.requestChanges', archive: 'article.archive' } as const;

async function step(db: Kysely<DB>, ctx: ActionContext, id: string, which: Step,
  apply: (trx: Executor, article: EditorArticleRow, now: Date) => Promise<void>): Promise<ArticleDetail> {
  await db.transaction().execute(async (trx) => {
    const article = await loadArticleFor(trx, ctx.user, id, { forUpdate: true });
    if (!can(ctx.user, ABILITY[which], articleFacts(article))) refuse(which, article, ctx.user.id);
    await apply(trx, article, new Date());
  });
  return presentLoadedArticle(db, ctx.user, await loadArticleFor(db, ctx.user, id));
}

/** POST /api/editor/articles/:id/submit */
export function submitArticle(db: Kysely<DB>, ctx: ActionContext, id: string) {
  return step(db, ctx, id, 'submit', async (trx, article, now) => {
    await trx.updateTable('articles').set({ status: 'in_review', submitted_at: now, updated_at: now }).where('id', '=', article.id).execute();
    await recordAudit(trx, ctx, { action: 'article.submit', targetType: 'article', targetId: article.id, academieCode: article.academie_code, actorRole: 'editor' });
  });
}

/** POST /api/editor/articles/:id/publish: the version in review goes online, the previous one leaves. */
export function publishArticle(db: Kysely<DB>, ctx: ActionContext, id: string, comment: string | undefined) {
  return step(db, ctx, id, 'publish', async (trx, article, now) => {
    await trx.updateTable('article_versions').set({ live: false }).where('article_id', '=', article.id).where('live', '=', true).execute();
    await trx.updateTable('article_versions').set({ live: true }).where('id', '=', article.version_id).execute();
    await trx.updateTable('articles').set({ status: 'published', published_version_id: article.version_id, published_at: now, updated_at: now })
      .where('id', '=', article.id).execute();
    await trx.insertInto('article_reviews').values({
      article_id: article.id, version_id: article.version_id, reviewer_id: ctx.user.id, decision: 'published', comment: comment?.trim() || null,
    }).execute();
    await addToLexicon(trx, `${article.title} ${article.summary} ${article.body}`);
    await recordAudit(trx, ctx, { action: 'article.publish', targetType: 'article', targetId: article.id, academieCode: article.academie_code, actorRole: 'editor' });
  });
}

/** POST /api/editor/articles/:id/request-changes: back to its author, as a draft, with the reviewer's comment. */
export function requestArticleChanges(db: Kysely<DB>, ctx: ActionContext, id: string, comment: string) {
  return step(db, ctx, id, 'requestChanges', async (trx, article, now) => {
    await trx.updateTable('articles').set({ status: 'draft', submitted_at: null, updated_at: now }).where('id', '=', article.id).execute();
    await trx.insertInto('article_reviews').values({
      article_id: article.id, version_id: article.version_id, reviewer_id: ctx.user.id, decision: 'changes_requested', comment: comment.trim(),
    }).execute();
    await recordAudit(trx, ctx, { action: 'article.request_changes', targetType: 'article', targetId: article.id, academieCode: article.academie_code, actorRole: 'editor' });
  });
}

/** POST /api/editor/articles/:id/archive: withdrawn from the public at once; the versions stay. */
export function archiveArticle(db: Kysely<DB>, ctx: ActionContext, id: string) {
  return step(db, ctx, id, 'archive', async (trx, article, now) => {
    await trx.updateTable('article_versions').set({ live: false }).where('article_id', '=', article.id).where('live', '=', true).execute();
    await trx.updateTable('articles').set({ status: 'archived', published_version_id: null, updated_at: now }).where('id', '=', article.id).execute();
    await recordAudit(trx, ctx, { action: 'article.archive', targetType: 'article', targetId: article.id, academieCode: article.academie_code, actorRole: 'editor' });
  });
}
