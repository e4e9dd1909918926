import { sql } from 'kysely';
import type { Executor } from '../../db/schema.ts';
import type { CurrentUser } from '../../auth/current-user.ts';
import { notFound } from '../../errors/app-error.ts';
import type { PublishedArticle } from '../../../shared/contracts/knowledge-base.ts';
import type { AgentCategory, ArticleKind, ArticleSituation, ArticleTheme } from '../../../shared/glossary.ts';
import { articleUrl, liveArticles, overlayAcademie, parisDay, readershipOf } from './repository.ts';
import { academieDirectory, actorsOf } from './contact-points.ts';
import { presentAttachment } from './presenter.ts';

const NOT_FOUND = 'Cet article n’existe pas, n’est plus publié ou ne vous est pas destiné.';

/** The online article of this slug a reader may read: the académie's own, else the national one. */
export async function findReadableArticle(db: Executor, user: CurrentUser | null, slug: string, askedAcademie: string | undefined) {
  const readership = await readershipOf(db, user);
  const academie = overlayAcademie(user, askedAcademie);
  const row = await liveArticles(db, readership, academie)
    .select(['a.id', 'a.slug', 'a.academie_code', 'a.contact_point_kinds', 'a.published_at', 'v.title', 'v.summary', 'v.kind', 'v.theme',
      'v.audiences', 'v.hr_staff_only', 'v.situations', 'v.scheme', 'v.body_html', 'v.created_at as version_at'])
    .where('a.slug', '=', slug)
    .executeTakeFirst();
  if (!row) throw notFound(NOT_FOUND);
  return { row, readership, academie };
}

/** Counts one reading of an article for today: a number, no cookie, no person. */
async function countView(db: Executor, articleId: string, now: Date) {
  await db.insertInto('article_views').values({ article_id: articleId, day: parisDay(now) })
    .onConflict((oc) => oc.columns(['article_id', 'day']).doUpdateSet({ count: sql`article_views.count + 1` }))
    .execute();
}

/** GET /api/articles/:slug: one published article, its files, related articles and actors; the reading is counted. */
export async function getPublishedArticle(db: Executor, user: CurrentUser | null, slug: string, askedAcademie: string | undefined,
  now = new Date()): Promise<PublishedArticle> {
  const { row, readership, academie } = await findReadableArticle(db, user, slug, askedAcademie);
  const linkAcademie = askedAcademie ?? null;
  const [attachments, related, named, directory] = await Promise.all([
    db.selectFrom('article_attachments').select(['id', 'kind', 'label', 'alt', 'file_name', 'media_type', 'size'])
      .where('article_id', '=', row.id).orderBy('created_at').execute(),
    liveArticles(db, readership, academie).innerJoin('article_related as r', 'r.related_id', 'a.id')
      .select(['a.id', 'a.slug', 'a.academie_code', 'v.title', 'v.summary']).where('r.article_id', '=', row.id).orderBy('r.position').execute(),
    db.selectFrom('article_contact_points').select('contact_point_id').where('article_id', '=', row.id).orderBy('position').execute(),
    academieDirectory(db, row.academie_code ?? academie),
  ]);
  await countView(db, row.id, now);
  return {
    id: row.id,
    slug: row.slug,
    title: row.title,
    summary: row.summary,
    kind: row.kind as ArticleKind,
    theme: row.theme as ArticleTheme,
    audiences: row.audiences as AgentCategory[],
    hrStaffOnly: row.hr_staff_only,
    academie: row.academie_code,
    situations: row.situations as ArticleSituation[],
    scheme: row.scheme,
    bodyHtml: row.body_html,
    url: articleUrl(row.slug, linkAcademie),
    publishedAt: (row.published_at ?? row.version_at).toISOString(),
    updatedAt: row.version_at.toISOString(),
    attachments: attachments.map((a) => presentAttachment(a, row.slug, linkAcademie)),
    related: related.map((r) => ({ id: r.id, slug: r.slug, title: r.title, summary: r.summary, url: articleUrl(r.slug, linkAcademie) })),
    contactPoints: actorsOf(directory, named.map((n) => n.contact_point_id), row.contact_point_kinds),
  };
}

/** GET /api/articles/:slug/attachments/:attachmentId: a file of an article the reader may read. */
export async function readArticleAttachment(db: Executor, user: CurrentUser | null, slug: string, attachmentId: string, askedAcademie: string | undefined) {
  const { row } = await findReadableArticle(db, user, slug, askedAcademie);
  const file = await db.selectFrom('article_attachments').select(['file_name', 'media_type', 'content', 'kind'])
    .where('id', '=', attachmentId).where('article_id', '=', row.id).executeTakeFirst();
  if (!file) throw notFound('Ce fichier n’existe pas ou n’est plus joint à cet article.');
  return { fileName: file.file_name, mediaType: file.media_type, content: file.content, inline: file.kind === 'image' };
}
