import { sql } from 'kysely';
import type { Executor } from '../../db/schema.ts';
import type { CurrentUser } from '../../auth/current-user.ts';
import { can, editedAcademies } from '../../policies/index.ts';
import { notFound } from '../../errors/app-error.ts';
import type { ArticleDetail } from '../../../shared/contracts/knowledge-base-editor.ts';
import { articleFacts, presentArticleDetail, presentAttachment, type EditorArticleRow } from './presenter.ts';

/**
 * The articles an editor sees: the national ones (an académie overrides them), and those of the
 * académies they edit. Fail closed: nobody else's académie.
 */
export function editorArticles(db: Executor, user: CurrentUser) {
  const edited = editedAcademies(user);
  let query = db.selectFrom('articles as a');
  if (!edited.everywhere) {
    query = query.where((eb) => (edited.academies.length > 0
      ? eb.or([eb('a.academie_code', 'is', null), eb('a.academie_code', 'in', edited.academies)])
      : eb('a.academie_code', 'is', null)));
  }
  return query;
}

/** An article with its current version, as an editor loads it; unseen is 404. */
export async function loadArticleFor(db: Executor, user: CurrentUser, id: string, options: { forUpdate?: boolean } = {}): Promise<EditorArticleRow> {
  let query = editorArticles(db, user)
    .innerJoin('article_versions as v', 'v.id', 'a.current_version_id')
    .innerJoin('persons as author', 'author.id', 'v.author_id')
    .innerJoin('persons as creator', 'creator.id', 'a.created_by')
    .leftJoin('article_versions as pv', 'pv.id', 'a.published_version_id')
    .select([
      'a.id', 'a.slug', 'a.academie_code', 'a.status', 'a.review_due_on', 'a.contact_point_kinds', 'a.published_at', 'a.submitted_at',
      'a.created_at', 'a.updated_at', 'a.created_by', 'creator.display_name as creator_name',
      'v.id as version_id', 'v.number as version_number', 'v.author_id', 'author.display_name as author_name',
      'v.kind', 'v.theme', 'v.title', 'v.summary', 'v.body', 'v.body_html', 'v.audiences', 'v.hr_staff_only', 'v.situations', 'v.scheme',
      'pv.number as published_version_number',
    ])
    .where('a.id', '=', id);
  if (options.forUpdate) query = query.modifyEnd(sql`for update of a`);
  const row = await query.executeTakeFirst();
  if (!row || !can(user, 'article.read', articleFacts(row))) throw notFound('Cet article est introuvable.');
  return row;
}

/** The editor's view of an article: its working copy, relations, files, reviews and abilities. */
export async function presentLoadedArticle(db: Executor, user: CurrentUser, row: EditorArticleRow): Promise<ArticleDetail> {
  const [related, contactPoints, attachments, reviews] = await Promise.all([
    db.selectFrom('article_related as r').innerJoin('articles as a', 'a.id', 'r.related_id')
      .innerJoin('article_versions as v', 'v.id', 'a.current_version_id')
      .select(['a.id', 'a.slug', 'v.title']).where('r.article_id', '=', row.id).orderBy('r.position').execute(),
    db.selectFrom('article_contact_points').select('contact_point_id').where('article_id', '=', row.id).orderBy('position').execute(),
    db.selectFrom('article_attachments').select(['id', 'kind', 'label', 'alt', 'file_name', 'media_type', 'size'])
      .where('article_id', '=', row.id).orderBy('created_at').execute(),
    db.selectFrom('article_reviews as r').innerJoin('persons as p', 'p.id', 'r.reviewer_id').innerJoin('article_versions as v', 'v.id', 'r.version_id')
      .select(['r.id', 'r.decision', 'r.comment', 'r.reviewer_id', 'p.display_name', 'v.number', 'r.created_at'])
      .where('r.article_id', '=', row.id).orderBy('r.created_at', 'desc').execute(),
  ]);
  return presentArticleDetail(user, row, {
    related: related.map((r) => ({ id: r.id, slug: r.slug, title: r.title })),
    contactPointIds: contactPoints.map((c) => c.contact_point_id),
    attachments: attachments.map((a) => presentAttachment(a, row.slug, row.academie_code)),
    reviews: reviews.map((r) => ({
      id: r.id, decision: r.decision, comment: r.comment, reviewer: { id: r.reviewer_id, displayName: r.display_name },
      versionNumber: r.number, createdAt: r.created_at.toISOString(),
    })),
  });
}

/** GET /api/editor/articles/:id */
export async function getArticleDetail(db: Executor, user: CurrentUser, id: string): Promise<ArticleDetail> {
  return presentLoadedArticle(db, user, await loadArticleFor(db, user, id));
}
