import { sql, type RawBuilder } from 'kysely';
import type { Executor } from '../../db/schema.ts';
import type { CurrentUser } from '../../auth/current-user.ts';
import type { ArticleReadership } from '../../policies/index.ts';
import type { ArticleSearchItem, ArticleSearchQuery, ArticleSearchResults } from '../../../shared/contracts/knowledge-base.ts';
import type { ArticleKind, ArticleTheme } from '../../../shared/glossary.ts';
import {
  articleUrl, countUnanswered, findSynonymGroups, liveArticles, overlayAcademie, readershipOf, type LiveFilters,
} from './repository.ts';
import { knowledgeGeneration, SearchMemory } from './search-memory.ts';
import { escapeHtml, foldAccents, foldedPhrase, highlightedHtml, MARK_START, MARK_STOP, unansweredWords } from './words.ts';

/*
 * The French search: `websearch_to_tsquery` on the `french_unaccent` configuration (accents
 * removed, French stems: « mobilite » finds « mobilité », « conges formation » finds « congé de
 * formation »), ranked by `ts_rank` on a tsvector weighted title A > summary B > body C, so that
 * a title match comes before a body match. The synonyms of the académie add alternatives (OR).
 * When nothing is found, each unknown word is replaced by the nearest word of the published
 * articles (pg_trgm similarity: « mutaion » → « mutation ») and the search is run again.
 */

const HEADLINE_OPTIONS = `StartSel=${MARK_START}, StopSel=${MARK_STOP}, MaxWords=30, MinWords=12, MaxFragments=2, FragmentDelimiter=" … "`;
/** The least trigram similarity for a word to stand for a misspelt one. */
const CORRECTION_THRESHOLD = 0.4;
const MAX_ALTERNATIVES = 8;

export type SearchFilters = LiveFilters;

/** The alternatives a query stands for: itself, then the same with a synonym in place of a term it holds. */
export function withSynonyms(q: string, groups: string[][]): string[] {
  const phrase = ` ${foldedPhrase(q)} `;
  const alternatives = [q];
  for (const group of groups) {
    const members = group.map(foldedPhrase).filter(Boolean);
    const found = members.find((m) => phrase.includes(` ${m} `));
    if (!found) continue;
    for (const other of members) {
      // Two groups may offer the same word: each alternative once (the database would weigh it twice for nothing).
      if (other === found || alternatives.length >= MAX_ALTERNATIVES || alternatives.includes(phrase.replace(` ${found} `, ` ${other} `).trim())) continue;
      alternatives.push(phrase.replace(` ${found} `, ` ${other} `).trim());
    }
  }
  return alternatives;
}

function tsquery(alternatives: string[]): RawBuilder<unknown> {
  return sql.join(alternatives.map((alt) => sql`websearch_to_tsquery('french_unaccent', ${alt})`), sql` || `);
}

interface Found { id: string; slug: string; academie_code: string | null; title: string; summary: string; kind: string; theme: string; hr_staff_only: boolean; headline: string }

/**
 * `head`: the articles whose title or summary match, ranked on those alone (small vectors: a
 * common word stays cheap); `body`: those matching in their body only; `all`: everything ranked
 * on the whole text (the assistant, which weighs every word of a question).
 */
type Tier = 'head' | 'body' | 'all';

async function rankTier(db: Executor, readership: ArticleReadership, academie: string | null, alternatives: string[],
  filters: SearchFilters, limit: number, tier: Tier): Promise<Found[]> {
  const vector = tier === 'head' ? sql`v.head_search` : sql`v.search`;
  let ranked = liveArticles(db, readership, academie, filters)
    // The body is read for the rows kept only (for their excerpt), never for every match.
    .select(['a.id', 'v.id as version_id', 'a.slug', 'a.academie_code', 'v.title', 'v.summary', 'v.kind', 'v.theme', 'v.hr_staff_only'])
    // The words typed weigh more than their synonyms: « mutation » before « mobilité ».
    .select(sql<number>`ts_rank(${vector}, q.typed) + 0.5 * ts_rank(${vector}, q.query)`.as('rank'))
    .innerJoin(sql<{ query: unknown; typed: unknown }>`(select ${tsquery(alternatives)} as query, ${tsquery(alternatives.slice(0, 1))} as typed)`.as('q'),
      (join) => join.onTrue())
    .where(sql<boolean>`${vector} @@ q.query`);
  if (tier === 'body') ranked = ranked.where(sql<boolean>`not (v.head_search @@ q.query)`);
  return db.selectFrom(ranked.orderBy('rank', 'desc').orderBy('v.title').limit(limit).as('r'))
    .innerJoin('article_versions as body', 'body.id', 'r.version_id')
    .innerJoin(sql<{ query: unknown }>`(select ${tsquery(alternatives)} as query)`.as('q2'), (join) => join.onTrue())
    .select(['r.id', 'r.slug', 'r.academie_code', 'r.title', 'r.summary', 'r.kind', 'r.theme', 'r.hr_staff_only'])
    .select(sql<string>`ts_headline('french_unaccent', r.summary || E'\n' || body.body_text, q2.query, ${HEADLINE_OPTIONS})`.as('headline'))
    .orderBy('r.rank', 'desc').orderBy('r.title')
    .execute();
}

/** Title and summary matches first (a title above a summary), then body matches; or all at once, on the whole text. */
async function runSearch(db: Executor, readership: ArticleReadership, academie: string | null, alternatives: string[],
  filters: SearchFilters, limit: number, whole: boolean): Promise<Found[]> {
  if (whole) return rankTier(db, readership, academie, alternatives, filters, limit, 'all');
  const head = await rankTier(db, readership, academie, alternatives, filters, limit, 'head');
  if (head.length >= limit) return head;
  return [...head, ...await rankTier(db, readership, academie, alternatives, filters, limit - head.length, 'body')];
}

/** Each word of the query unknown to the published articles, replaced by its nearest known word; null when none changes. */
async function correctedQuery(db: Executor, q: string): Promise<string | null> {
  const words = foldAccents(q).split(/[^a-z0-9]+/).filter((w) => w.length >= 4);
  if (words.length === 0) return null;
  const known = new Set((await db.selectFrom('search_lexicon').select('word').where('word', 'in', words).execute()).map((r) => r.word));
  let changed = false;
  const corrected: string[] = [];
  for (const word of foldAccents(q).split(/[^a-z0-9]+/).filter(Boolean)) {
    if (word.length < 4 || known.has(word)) {
      corrected.push(word);
      continue;
    }
    const nearest = await sql<{ word: string; score: number }>`select word, similarity(word, ${word}) as score from search_lexicon
      where word % ${word} order by score desc, word limit 1`.execute(db);
    const best = nearest.rows[0];
    if (best && best.score >= CORRECTION_THRESHOLD) {
      corrected.push(best.word);
      changed = true;
    } else {
      corrected.push(word);
    }
  }
  return changed ? corrected.join(' ') : null;
}

export interface SearchOutcome { found: Found[]; correctedQuery: string | null }

/** The search itself, for the assistant too: synonyms, then misspellings. */
export async function findArticles(db: Executor, readership: ArticleReadership, academie: string | null, q: string,
  filters: SearchFilters, limit: number, options: { whole?: boolean } = {}): Promise<SearchOutcome> {
  const whole = options.whole ?? false;
  const groups = await findSynonymGroups(db, academie);
  const found = await runSearch(db, readership, academie, withSynonyms(q, groups), filters, limit, whole);
  if (found.length > 0) return { found, correctedQuery: null };
  const corrected = await correctedQuery(db, q);
  if (!corrected) return { found, correctedQuery: null };
  return { found: await runSearch(db, readership, academie, withSynonyms(corrected, groups), filters, limit, whole), correctedQuery: corrected };
}

function present(r: Omit<Found, 'headline'>, excerpt: string, academie: string | null): ArticleSearchItem {
  return {
    id: r.id, slug: r.slug, title: r.title, excerpt, url: articleUrl(r.slug, academie ?? r.academie_code), summary: r.summary,
    kind: r.kind as ArticleKind, theme: r.theme as ArticleTheme, hrStaffOnly: r.hr_staff_only,
  };
}

/** The answers of `GET /api/articles` served lately, while the knowledge base is unchanged (search-memory.ts). */
const searches = new SearchMemory<ArticleSearchResults>();

/** GET /api/articles: the published articles the caller may read, best first; without words, by title. */
export async function searchArticles(db: Executor, user: CurrentUser | null, query: ArticleSearchQuery): Promise<ArticleSearchResults> {
  const [readership, generation] = await Promise.all([readershipOf(db, user), knowledgeGeneration(db)]);
  const academie = overlayAcademie(user, query.academie);
  const limit = query.limit ?? 20;
  const filters = { theme: query.theme, kind: query.kind, situation: query.situation };
  const q = (query.q ?? '').trim();
  // What the answer depends on: the words, where, the kind of reader (never who), the filters.
  const key = JSON.stringify([q, academie, query.academie ?? null, readership.hrStaff, [...readership.categories].sort(), filters, limit]);
  const results = await searches.recall(generation, key, async () => {
    if (!q) {
      const rows = await liveArticles(db, readership, academie, filters)
        .select(['a.id', 'a.slug', 'a.academie_code', 'v.title', 'v.summary', 'v.kind', 'v.theme', 'v.hr_staff_only'])
        .orderBy('v.title').limit(limit).execute();
      return { items: rows.map((r) => present(r, escapeHtml(r.summary), query.academie ?? null)), correctedQuery: null };
    }
    const { found, correctedQuery: corrected } = await findArticles(db, readership, academie, q, filters, limit);
    return { items: found.map((r) => present(r, highlightedHtml(r.headline), query.academie ?? null)), correctedQuery: corrected };
  });
  // Every search without a result is counted, the ones answered from memory too.
  if (q && results.items.length === 0 && !filters.theme && !filters.kind && !filters.situation) {
    await countUnanswered(db, unansweredWords(q), 'search', academie);
  }
  return results;
}
