import { sql } from 'kysely';
import type { Executor } from '../../db/schema.ts';
import type { CurrentUser } from '../../auth/current-user.ts';
import { decodeCursor, paginate } from '../../http/pagination.ts';
import type { EditorArticlePage, EditorArticlesQuery } from '../../../shared/contracts/knowledge-base-editor.ts';
import { editorArticles } from './load-article.ts';
import { presentEditorItem, REVIEW_NOTICE_DAYS } from './presenter.ts';
import { parisDay } from './repository.ts';

/**
 * GET /api/editor/articles: the articles an editor sees, last changed first; `due`: those whose
 * review date has come or comes within 30 days (« À relire »), soonest first.
 */
export async function listEditorArticles(db: Executor, user: CurrentUser, query: EditorArticlesQuery, now = new Date()): Promise<EditorArticlePage> {
  const limit = query.limit ?? 50;
  let base = editorArticles(db, user)
    .innerJoin('article_versions as v', 'v.id', 'a.current_version_id')
    .innerJoin('persons as p', 'p.id', 'v.author_id')
    .select(['a.id', 'a.slug', 'a.academie_code', 'a.status', 'a.review_due_on', 'a.updated_at', 'a.published_version_id',
      'v.title', 'v.kind', 'v.theme', 'v.hr_staff_only', 'v.author_id', 'p.display_name as author_name']);
  if (query.status) base = base.where('a.status', '=', query.status);
  if (query.theme) base = base.where('v.theme', '=', query.theme);
  if (query.kind) base = base.where('v.kind', '=', query.kind);
  if (query.scope) base = base.where('a.academie_code', query.scope === 'national' ? 'is' : 'is not', null);
  const words = (query.q ?? '').trim();
  if (words) {
    const pattern = `%${words.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    base = base.where((eb) => eb.or([
      eb(sql`unaccent(v.title)`, 'ilike', sql`unaccent(${pattern})`),
      eb('a.slug', 'ilike', pattern),
    ]));
  }
  if (query.due) {
    const soon = parisDay(new Date(now.getTime() + REVIEW_NOTICE_DAYS * 86_400_000));
    base = base.where('a.review_due_on', '<=', soon).where('a.status', '<>', 'archived');
    const after = decodeCursor(query.cursor, ['text', 'uuid'] as const);
    if (after) base = base.where(sql<boolean>`(a.review_due_on::text, a.id) > (${after[0]}, ${after[1]}::uuid)`);
    const rows = await base.orderBy('a.review_due_on').orderBy('a.id').limit(limit + 1).execute();
    return paginate(rows, limit, presentEditorItem, (r) => [r.review_due_on ?? '', r.id]);
  }
  const after = decodeCursor(query.cursor, ['timestamp', 'uuid'] as const);
  if (after) base = base.where(sql<boolean>`(a.updated_at, a.id) < (${after[0]}::timestamptz, ${after[1]}::uuid)`);
  const rows = await base.orderBy('a.updated_at', 'desc').orderBy('a.id', 'desc').limit(limit + 1).execute();
  return paginate(rows, limit, presentEditorItem, (r) => [r.updated_at.toISOString(), r.id]);
}
