import type { KeyDate } from '../../../shared/contracts/key-dates.ts';
import type { AgentCategory, KeyDateKind } from '../../../shared/glossary.ts';
import type { Executor } from '../../db/schema.ts';
import { findArticleSummaries } from './articles.ts';
import type { KeyDateRow } from './repository.ts';

/** Key dates as the contract says them, each with its article when that one is published. */
export async function presentKeyDates(db: Executor, rows: KeyDateRow[], academie: string | null): Promise<KeyDate[]> {
  const articleIds = [...new Set(rows.map((r) => r.article_id).filter((id): id is string => id !== null))];
  const articles = new Map((await findArticleSummaries(db, articleIds, academie)).map((a) => [a.id, a]));
  return rows.map((row) => {
    const article = row.article_id ? articles.get(row.article_id) : undefined;
    return {
      id: row.id,
      academie: row.academie_code,
      kind: row.kind as KeyDateKind,
      title: row.title,
      description: row.description,
      startsOn: row.starts_on,
      endsOn: row.ends_on,
      audience: row.audience as AgentCategory[],
      article: article ? { id: article.id, title: article.title, url: article.url } : null,
      reminderDays: row.reminder_days,
      status: row.status,
      sequence: row.sequence,
      updatedAt: row.updated_at.toISOString(),
    };
  });
}
