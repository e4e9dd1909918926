import { sql, type Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';
import type { CurrentUser } from '../../auth/current-user.ts';
import { invalid } from '../../errors/app-error.ts';
import type { ArticleViewStats, StatsQuery, UnansweredQuestions } from '../../../shared/contracts/knowledge-base-editor.ts';
import { parisDay } from './repository.ts';
import { readAcademies } from './synonyms.ts';

const DEFAULT_DAYS = 30;
const MAX_DAYS = 366 * 3;

function period(query: StatsQuery, now: Date): { from: string; to: string } {
  const to = query.to ?? parisDay(now);
  const from = query.from ?? parisDay(new Date(Date.parse(`${to}T12:00:00Z`) - (DEFAULT_DAYS - 1) * 86_400_000));
  if (from > to) throw invalid([{ field: 'from', message: 'Le début de la période est après sa fin.' }]);
  if (Date.parse(to) - Date.parse(from) > MAX_DAYS * 86_400_000) throw invalid([{ field: 'from', message: 'Une période compte au plus trois ans.' }]);
  return { from, to };
}

/**
 * GET /api/editor/unanswered-questions: « questions sans réponse », the words of the searches and
 * questions that found nothing, most asked first; an académie's editors see their académie's and
 * those asked without an académie.
 */
export async function listUnansweredQuestions(db: Kysely<DB>, user: CurrentUser, query: StatsQuery, now = new Date()): Promise<UnansweredQuestions> {
  const { from, to } = period(query, now);
  const academies = readAcademies(user);
  let rows = db.selectFrom('unanswered_searches')
    .select(['words', sql<number>`sum(count)::int`.as('count'), sql<string>`max(day)::text`.as('last_seen_on'),
      sql<string[]>`array_agg(distinct source)`.as('sources')])
    .where('day', '>=', from).where('day', '<=', to);
  if (academies !== null) rows = rows.where('academie_code', 'in', ['', ...academies]);
  const found = await rows.groupBy('words').orderBy('count', 'desc').orderBy('words').limit(query.limit ?? 50).execute();
  return {
    from, to,
    items: found.map((r) => ({ words: r.words, count: Number(r.count), lastSeenOn: r.last_seen_on, sources: r.sources as Array<'search' | 'assistant'> })),
  };
}

/** GET /api/editor/article-views: readings per article and per day over a period (counts only). */
export async function articleViewStats(db: Kysely<DB>, query: StatsQuery, now = new Date()): Promise<ArticleViewStats> {
  const { from, to } = period(query, now);
  const inPeriod = db.selectFrom('article_views').where('day', '>=', from).where('day', '<=', to);
  const [items, byDay] = await Promise.all([
    inPeriod.innerJoin('articles as a', 'a.id', 'article_views.article_id').innerJoin('article_versions as v', 'v.id', 'a.current_version_id')
      .select(['a.id', 'a.slug', 'v.title', sql<number>`sum(article_views.count)::int`.as('views')])
      .groupBy(['a.id', 'a.slug', 'v.title']).orderBy('views', 'desc').orderBy('v.title').limit(query.limit ?? 50).execute(),
    inPeriod.select([sql<string>`day::text`.as('day'), sql<number>`sum(count)::int`.as('views')]).groupBy('day').orderBy('day').execute(),
  ]);
  return {
    from, to,
    total: byDay.reduce((sum, d) => sum + Number(d.views), 0),
    items: items.map((r) => ({ articleId: r.id, slug: r.slug, title: r.title, views: Number(r.views) })),
    byDay: byDay.map((d) => ({ day: d.day, views: Number(d.views) })),
  };
}
