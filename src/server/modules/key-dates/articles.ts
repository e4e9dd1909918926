import type { Executor } from '../../db/schema.ts';
import { publishedArticleSummaries, type PublishedArticleSummary } from '../knowledge-base/index.ts';

/** An article as a key date or a newsletter links to it. */
export type ArticleSummary = PublishedArticleSummary;

/**
 * The published articles among `ids`, as the académie's agents see them (the knowledge base owns
 * them): an unpublished or archived one is left out, so a key date then shows no link and an issue
 * no such item.
 */
export async function findArticleSummaries(db: Executor, ids: readonly string[], academie: string | null): Promise<ArticleSummary[]> {
  return publishedArticleSummaries(db, ids, academie);
}
