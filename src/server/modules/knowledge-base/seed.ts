import { sql } from 'kysely';
import type { Executor } from '../../db/schema.ts';
import type { AgentCategory, ArticleKind, ArticleSituation, ArticleTheme, ContactPointKind } from '../../../shared/glossary.ts';
import { articleText } from './article-text.ts';
import { addToLexicon } from './repository.ts';

/** An article written straight as published (the demo académie, the benchmark): version 1, reviewed by a second editor. */
export interface SeedArticle {
  slug: string;
  kind: ArticleKind;
  theme: ArticleTheme;
  title: string;
  summary: string;
  body: string;
  audiences: readonly AgentCategory[];
  hrStaffOnly?: boolean | undefined;
  /** Null: national. */
  academie: string | null;
  situations?: readonly ArticleSituation[] | undefined;
  scheme?: { forWhom: string; gives: string; howToAsk: string } | null | undefined;
  /** Slugs of the same scope (or national ones). */
  related?: readonly string[] | undefined;
  contactPointKinds?: readonly ContactPointKind[] | undefined;
  reviewDueOn?: string | null | undefined;
}

export interface SeedKnowledgeBase {
  authorId: string;
  reviewerId: string;
  articles: readonly SeedArticle[];
  synonyms?: ReadonlyArray<{ term: string; synonyms: readonly string[]; academie?: string | null }>;
  curatedQuestions?: ReadonlyArray<{ question: string; articleSlugs: readonly string[]; academie?: string | null }>;
  publishedAt?: Date;
  /** Add the words to the misspelling lexicon (off for a benchmark's thousands of generated articles, done once after). */
  lexicon?: boolean;
}

const BATCH = 200;

/** Writes published articles, their relations, synonyms and « questions types » in a few statements per batch. */
export async function seedKnowledgeBase(db: Executor, input: SeedKnowledgeBase): Promise<Map<string, string>> {
  const publishedAt = input.publishedAt ?? new Date();
  const ids = new Map<string, string>();
  const key = (slug: string, academie: string | null) => `${academie ?? ''}/${slug}`;
  for (let start = 0; start < input.articles.length; start += BATCH) {
    const batch = input.articles.slice(start, start + BATCH);
    const articles = await db.insertInto('articles').values(batch.map((a) => ({
      slug: a.slug, academie_code: a.academie, status: 'published' as const, review_due_on: a.reviewDueOn ?? null,
      contact_point_kinds: [...(a.contactPointKinds ?? [])], created_by: input.authorId, published_at: publishedAt, submitted_at: publishedAt,
    }))).returning(['id', 'slug', 'academie_code']).execute();
    articles.forEach((row) => ids.set(key(row.slug, row.academie_code), row.id));
    const versions = await db.insertInto('article_versions').values(batch.map((a, i) => {
      const { html, text } = articleText(a.body);
      return {
        article_id: articles[i]!.id, number: 1, author_id: input.authorId, kind: a.kind, theme: a.theme, title: a.title, summary: a.summary,
        body: a.body, body_html: html, body_text: text, audiences: [...a.audiences], hr_staff_only: a.hrStaffOnly ?? false,
        situations: [...(a.situations ?? [])], scheme: a.scheme ? JSON.stringify(a.scheme) : null, live: true,
      };
    })).returning(['id', 'article_id']).execute();
    await sql`update articles set current_version_id = v.id, published_version_id = v.id
      from article_versions v where v.article_id = articles.id and v.id in (${sql.join(versions.map((v) => v.id))})`.execute(db);
    await db.insertInto('article_reviews').values(versions.map((v) => ({
      article_id: v.article_id, version_id: v.id, reviewer_id: input.reviewerId, decision: 'published' as const, comment: null,
    }))).execute();
    if (input.lexicon !== false) {
      await addToLexicon(db, batch.map((a) => `${a.title} ${a.summary} ${articleText(a.body).text}`).join('\n'));
    }
  }
  const idOf = (slug: string, academie: string | null) => ids.get(key(slug, academie)) ?? ids.get(key(slug, null));
  const related = input.articles.flatMap((a) => (a.related ?? []).flatMap((slug, position) => {
    const from = ids.get(key(a.slug, a.academie));
    const to = idOf(slug, a.academie);
    return from && to && from !== to ? [{ article_id: from, related_id: to, position }] : [];
  }));
  for (let start = 0; start < related.length; start += 1000) {
    await db.insertInto('article_related').values(related.slice(start, start + 1000)).onConflict((oc) => oc.doNothing()).execute();
  }
  for (const s of input.synonyms ?? []) {
    await db.insertInto('search_synonyms').values({ term: s.term, synonyms: [...s.synonyms], academie_code: s.academie ?? null, created_by: input.authorId }).execute();
  }
  for (const c of input.curatedQuestions ?? []) {
    const articleIds = c.articleSlugs.map((slug) => idOf(slug, c.academie ?? null)).filter((id): id is string => id !== undefined);
    if (articleIds.length === 0) continue;
    const question = await db.insertInto('curated_questions').values({ question: c.question, academie_code: c.academie ?? null, created_by: input.authorId })
      .returning('id').executeTakeFirstOrThrow();
    await db.insertInto('curated_question_articles').values(articleIds.map((article_id, position) => ({ question_id: question.id, article_id, position })))
      .onConflict((oc) => oc.doNothing()).execute();
  }
  return ids;
}
