import { sql } from 'kysely';
import type { Executor } from '../../db/schema.ts';
import type { CurrentUser } from '../../auth/current-user.ts';
import { articleReadership, type ArticleReadership } from '../../policies/index.ts';
import type { AgentCategory, ArticleKind, ArticleSituation, ArticleTheme } from '../../../shared/glossary.ts';

/** The interface page of an article (`/informations/:slug`), with the académie asked. */
export function articleUrl(slug: string, academie: string | null): string {
  return `/informations/${slug}${academie ? `?academie=${encodeURIComponent(academie)}` : ''}`;
}

/** What this person may read: the category of a signed-in person is read from their record. */
export async function readershipOf(db: Executor, user: CurrentUser | null): Promise<ArticleReadership> {
  if (user === null) return articleReadership(null, null);
  const person = await db.selectFrom('persons').select('category').where('id', '=', user.id).executeTakeFirst();
  return articleReadership(user, (person?.category ?? null) as AgentCategory | null);
}

/** The académie whose overlay applies: the one asked, else the signed-in person's own, else none (national only). */
export function overlayAcademie(user: CurrentUser | null, asked: string | undefined): string | null {
  return asked ?? user?.academieCode ?? null;
}

/**
 * The published articles this reader may read, in this académie: the académie's own, and the
 * national ones it does not override (same slug). `a` is the article, `v` its online version.
 * Fail closed: nothing for HR staff only unless the reader is HR staff; an audience-restricted
 * article only for an agent of that category.
 */
export function liveArticles(db: Executor, readership: ArticleReadership, academie: string | null, filters: LiveFilters = {}) {
  let query = db.selectFrom('articles as a')
    // The live version is the published one (kept in step by publish and archive); joined by its article so that the
    // best-ranked versions find their article by primary key. `v.live` is written as a literal: the partial GIN indexes
    // (`where live`) stay usable with prepared statements.
    .innerJoin('article_versions as v', 'v.article_id', 'a.id')
    .where(sql<boolean>`v.live`);
  if (academie) {
    query = query.where((eb) => eb.or([
      eb('a.academie_code', '=', academie),
      eb.and([
        eb('a.academie_code', 'is', null),
        eb.not(eb.exists(eb.selectFrom('articles as o').select(sql`1`.as('one'))
          .whereRef('o.slug', '=', 'a.slug').where(sql<boolean>`coalesce(o.academie_code, '') = ${academie}`)
          .where('o.published_version_id', 'is not', null))),
      ]),
    ]));
  } else {
    query = query.where('a.academie_code', 'is', null);
  }
  if (!readership.hrStaff) {
    query = query.where('v.hr_staff_only', '=', false);
    query = readership.categories.length > 0
      ? query.where(sql<boolean>`(v.audiences = '{}'::text[] or v.audiences && ${sql.val(readership.categories)}::text[])`)
      : query.where(sql<boolean>`v.audiences = '{}'::text[]`);
  }
  if (filters.theme) query = query.where('v.theme', '=', filters.theme);
  if (filters.kind) query = query.where('v.kind', '=', filters.kind);
  if (filters.situation) query = query.where(sql<boolean>`${filters.situation} = any(v.situations)`);
  return query;
}

/** What a reader narrows a list to. */
export interface LiveFilters {
  theme?: ArticleTheme | undefined;
  kind?: ArticleKind | undefined;
  situation?: ArticleSituation | undefined;
}

/** Today, in Paris (the figures count by the day people live). */
export function parisDay(now = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Paris', year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);
}

/** Counts a search or a question left without an answer: its words, the day, where; never who. */
export async function countUnanswered(db: Executor, words: string, source: 'search' | 'assistant', academie: string | null, now = new Date()) {
  if (!words) return;
  await db.insertInto('unanswered_searches')
    .values({ day: parisDay(now), words, source, academie_code: academie ?? '' })
    .onConflict((oc) => oc.columns(['day', 'words', 'source', 'academie_code']).doUpdateSet({ count: sql`unanswered_searches.count + 1` }))
    .execute();
}

/** The synonym groups that apply in an académie (national ones and its own): each group's words, term first. */
export async function findSynonymGroups(db: Executor, academie: string | null): Promise<string[][]> {
  const rows = await db.selectFrom('search_synonyms').select(['term', 'synonyms'])
    .where((eb) => (academie ? eb.or([eb('academie_code', 'is', null), eb('academie_code', '=', academie)]) : eb('academie_code', 'is', null)))
    .execute();
  return rows.map((r) => [r.term, ...r.synonyms]);
}

/** Adds the words of a published text to the lexicon the misspellings are compared with. */
export async function addToLexicon(db: Executor, text: string) {
  await sql`insert into search_lexicon (word)
    select distinct w from regexp_split_to_table(lower(unaccent(${text})), '[^a-z0-9]+') as w where length(w) >= 4 and length(w) <= 40
    on conflict do nothing`.execute(db);
}
