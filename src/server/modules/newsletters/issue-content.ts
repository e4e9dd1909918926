import type { Executor } from '../../db/schema.ts';
import type { ArchivedIssue, IssueContentItem, NewsletterItemRef, NewsletterSection } from '../../../shared/contracts/newsletters.ts';
import type { AgentCategory, NewsletterKind } from '../../../shared/glossary.ts';
import { findArticleSummaries, selectKeyDates } from '../key-dates/index.ts';

/** What an issue says, its articles and key dates read once: the mail, the preview and the archive are made from it. */
export type IssueContent = ArchivedIssue;

export interface IssueRow {
  id: string; academie_code: string; kind: NewsletterKind; title: string; editorial: string;
  items: unknown[]; sections: unknown[]; sent_at: Date | null;
}

/**
 * Reads the articles (published only: an unpublished one is left out) and the key dates (scheduled
 * ones of this académie or national) an issue names, and returns its content in its order.
 */
export async function loadIssueContent(db: Executor, issue: IssueRow): Promise<IssueContent> {
  const refs = issue.items as NewsletterItemRef[];
  const sections = issue.sections as NewsletterSection[];
  const articleIds = [...new Set([
    ...refs.flatMap((r) => (r.type === 'article' ? [r.articleId] : [])),
    ...sections.flatMap((s) => s.articleIds ?? []),
  ])];
  const keyDateIds = refs.flatMap((r) => (r.type === 'key_date' ? [r.keyDateId] : []));
  const articles = new Map((await findArticleSummaries(db, articleIds, issue.academie_code)).map((a) => [a.id, a]));
  const keyDates = keyDateIds.length === 0 ? new Map() : new Map((await selectKeyDates(db).where('id', 'in', keyDateIds).where('status', '=', 'scheduled')
    .where((eb) => eb.or([eb('academie_code', 'is', null), eb('academie_code', '=', issue.academie_code)])).execute()).map((k) => [k.id, k]));
  const articleItem = (id: string): IssueContentItem[] => {
    const a = articles.get(id);
    return a ? [{ type: 'article', title: a.title, summary: a.summary, url: a.url, startsOn: null, endsOn: null }] : [];
  };
  const items = refs.flatMap((r): IssueContentItem[] => {
    if (r.type === 'article') return articleItem(r.articleId);
    const k = keyDates.get(r.keyDateId);
    return k ? [{ type: 'key_date', title: k.title, summary: k.description, url: '/dates-cles', startsOn: k.starts_on, endsOn: k.ends_on }] : [];
  });
  return {
    id: issue.id, academie: issue.academie_code, kind: issue.kind, title: issue.title, sentAt: issue.sent_at?.toISOString() ?? null,
    editorial: issue.editorial,
    items,
    sections: sections.map((s) => ({ category: s.category as AgentCategory, title: s.title, body: s.body, items: (s.articleIds ?? []).flatMap(articleItem) })),
  };
}
