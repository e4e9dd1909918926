import type { Executor } from '../../db/schema.ts';
import { articleUrl } from './repository.ts';

export interface PublishedArticleSummary { id: string; slug: string; title: string; summary: string; url: string }

/**
 * The online articles among `ids`, in the order given, as other modules link to them (a newsletter,
 * a key date): unknown, unpublished or archived ids are left out. A sheet for HR staff only is left
 * out unless `hrStaff` (a newsletter goes to agents). `academie` goes into the links.
 */
export async function publishedArticleSummaries(db: Executor, ids: readonly string[], academie: string | null,
  options: { hrStaff?: boolean } = {}): Promise<PublishedArticleSummary[]> {
  const uuids = ids.filter((id) => /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(id));
  if (uuids.length === 0) return [];
  let query = db.selectFrom('articles as a').innerJoin('article_versions as v', 'v.id', 'a.published_version_id')
    .select(['a.id', 'a.slug', 'a.academie_code', 'v.title', 'v.summary'])
    .where('a.id', 'in', uuids).where('v.live', '=', true);
  if (!options.hrStaff) query = query.where('v.hr_staff_only', '=', false);
  const rows = await query.execute();
  const byId = new Map(rows.map((r) => [r.id, r]));
  return uuids.flatMap((id) => {
    const r = byId.get(id);
    return r ? [{ id: r.id, slug: r.slug, title: r.title, summary: r.summary, url: articleUrl(r.slug, r.academie_code ?? academie) }] : [];
  });
}
