import type { Executor } from '../../db/schema.ts';
import type { CurrentUser } from '../../auth/current-user.ts';
import { notFound } from '../../errors/app-error.ts';
import type { ArticleVersionDetail, ArticleVersions } from '../../../shared/contracts/knowledge-base-editor.ts';
import { loadArticleFor } from './load-article.ts';
import { presentVersion } from './presenter.ts';

function versionsOf(db: Executor, articleId: string) {
  return db.selectFrom('article_versions as v').innerJoin('persons as p', 'p.id', 'v.author_id')
    .select(['v.id', 'v.number', 'v.title', 'v.author_id', 'p.display_name as author_name', 'v.created_at', 'v.live'])
    .where('v.article_id', '=', articleId);
}

/** GET /api/editor/articles/:id/versions: every save, newest first. */
export async function listArticleVersions(db: Executor, user: CurrentUser, id: string): Promise<ArticleVersions> {
  const article = await loadArticleFor(db, user, id);
  const rows = await versionsOf(db, article.id).orderBy('v.number', 'desc').execute();
  return { items: rows.map(presentVersion) };
}

/** GET /api/editor/articles/:id/versions/:versionId: one save as it was written. */
export async function getArticleVersion(db: Executor, user: CurrentUser, id: string, versionId: string): Promise<ArticleVersionDetail> {
  const article = await loadArticleFor(db, user, id);
  const row = await versionsOf(db, article.id).select(['v.summary', 'v.body', 'v.body_html']).where('v.id', '=', versionId).executeTakeFirst();
  if (!row) throw notFound('Cette version est introuvable.');
  return { ...presentVersion(row), summary: row.summary, body: row.body, bodyHtml: row.body_html };
}
