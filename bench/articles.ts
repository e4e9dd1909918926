/**
 * The knowledge base of a benchmark set (issue 15): 10,000 published articles (1,000 for the smoke
 * set), each made of paragraphs of the demo corpus put together differently, national and of
 * Amiens, for every audience, with the demo synonyms; written with the knowledge base's own
 * seeding (rendered Markdown, stored tsvector), then the words' lexicon, then fresh statistics.
 */
import { sql } from 'kysely';
import { openDatabase } from '../src/server/db/database.ts';
import { seedKnowledgeBase, type SeedArticle } from '../src/server/modules/knowledge-base/index.ts';
import { DEMO_ARTICLES, DEMO_CURATED_QUESTIONS, DEMO_SYNONYMS } from '../src/server/modules/demo/knowledge-articles.ts';
import { demoSeedArticle } from '../src/server/modules/demo/knowledge-base.ts';
import type { ScaleName } from './dataset.ts';

export const BENCH_ARTICLES: Record<ScaleName, number> = { smoke: 1_000, academie: 10_000, national: 10_000 };

/** The searches people type, the misspelt one included (it takes the trigram path). */
export const BENCH_SEARCHES = [
  'mobilité', 'mutation', 'conges formation', 'temps partiel', 'retraite', 'télétravail', 'rendez-vous de carrière', 'mutaion',
  'protection fonctionnelle', 'disponibilité', 'congé maladie', 'bilan de compétences', 'CFP', 'action sociale', 'hors classe',
];

const paragraphs = (body: string) => body.split(/\n{2,}/).map((p) => p.trim()).filter(Boolean);

/** The i-th generated article: the frame of one demo article, a paragraph of two others. */
export function benchArticle(i: number): SeedArticle {
  const n = DEMO_ARTICLES.length;
  const base = DEMO_ARTICLES[i % n]!;
  const second = DEMO_ARTICLES[(i * 7 + 3) % n]!;
  const third = DEMO_ARTICLES[(i * 13 + 5) % n]!;
  const own = paragraphs(base.body);
  const body = [...own.slice(0, Math.max(2, own.length - 2)), ...paragraphs(second.body).slice(1, 3), ...paragraphs(third.body).slice(-2)].join('\n\n');
  const seeded = demoSeedArticle(base);
  return {
    ...seeded,
    slug: `${base.slug}-${i + 1}`,
    title: `${base.title} — fiche ${i + 1}`,
    body,
    academie: i % 10 === 0 ? 'AMIENS' : null,
    related: [],
  };
}

/** Writes the articles into a loaded set (by its database URL or PGlite data directory). */
export async function addBenchArticles(target: { databaseUrl?: string; dataDir?: string }, scale: ScaleName): Promise<number> {
  const database = await openDatabase(target.databaseUrl ? { databaseUrl: target.databaseUrl, poolSize: 1 } : { dataDir: target.dataDir! });
  try {
    const { db } = database;
    const author = await db.selectFrom('persons').select('id').orderBy('id').limit(2).execute();
    if (author.length === 0) return 0;
    const count = BENCH_ARTICLES[scale];
    await seedKnowledgeBase(db, {
      authorId: author[0]!.id, reviewerId: (author[1] ?? author[0]!).id, lexicon: false,
      articles: Array.from({ length: count }, (_, i) => benchArticle(i)),
      synonyms: DEMO_SYNONYMS,
    });
    // The generated articles hold the corpus's words: one pass over the corpus fills the lexicon.
    await seedKnowledgeBase(db, {
      authorId: author[0]!.id, reviewerId: (author[1] ?? author[0]!).id, articles: DEMO_ARTICLES.map((a) => demoSeedArticle(a)), curatedQuestions: DEMO_CURATED_QUESTIONS,
    });
    await sql`vacuum analyze`.execute(db);
    return count + DEMO_ARTICLES.length;
  } finally {
    await database.close();
  }
}
