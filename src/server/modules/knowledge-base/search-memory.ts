import type { Executor } from '../../db/schema.ts';

/*
 * The searches this instance answered lately, served again while the knowledge base has not
 * changed. People type the same few things (« mutation », « temps partiel », « retraite »…), and
 * a search is costly for the database: ranking every article that holds a common word, then
 * highlighting the best twenty (`ts_headline` reads each whole text). The knowledge base changes
 * a few times a day. So each answer is kept with the generation it was computed under, and the
 * generation is read from the database at every search (one row, by its key): any change of an
 * article, a version, a synonym or the lexicon, by any instance or by hand, raises it (triggers of
 * migration 2026_12_08_0001), and every answer kept before is then ignored. Nothing personal is
 * kept: the key is what was typed and the kind of reader (public, categories, HR staff), never who.
 */

/** How many answers an instance keeps: the least recently served go first. */
const MAX_ANSWERS = 2_000;

export class SearchMemory<T> {
  private readonly answers = new Map<string, { generation: string; value: T }>();

  constructor(private readonly maxAnswers = MAX_ANSWERS) {}

  /** The answer kept for `key` under this generation, or what `compute` gives (then kept). */
  async recall(generation: string, key: string, compute: () => Promise<T>): Promise<T> {
    const kept = this.answers.get(key);
    if (kept && kept.generation === generation) {
      // Served again: it moves to the end, the most recently served.
      this.answers.delete(key);
      this.answers.set(key, kept);
      return kept.value;
    }
    const value = await compute();
    this.answers.delete(key);
    if (this.answers.size >= this.maxAnswers) this.answers.delete(this.answers.keys().next().value!);
    this.answers.set(key, { generation, value });
    return value;
  }
}

/** The knowledge base's current generation (raised by the database at every change that may alter a search). */
export async function knowledgeGeneration(db: Executor): Promise<string> {
  const row = await db.selectFrom('knowledge_generation').select('generation').executeTakeFirst();
  return String(row?.generation ?? '0');
}
