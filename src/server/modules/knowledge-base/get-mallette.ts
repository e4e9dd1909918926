import { sql } from 'kysely';
import type { Executor } from '../../db/schema.ts';
import type { CurrentUser } from '../../auth/current-user.ts';
import { notFound } from '../../errors/app-error.ts';
import type { Mallette } from '../../../shared/contracts/knowledge-base.ts';
import { ARTICLE_SITUATIONS, ARTICLE_SITUATION_LABELS, type ArticleSituation } from '../../../shared/glossary.ts';
import { ACADEMIES } from '../../../shared/territories.ts';
import { articleUrl, liveArticles, readershipOf } from './repository.ts';
import { academieDirectory, actorsOf } from './contact-points.ts';
import { listeningLineOf } from './answer-question.ts';

/**
 * GET /api/mallette/:academie: « la mallette de l’accompagnement », public: for each situation of
 * a career, the schemes (who for, what it gives, how to ask) and the other articles of the académie
 * (its own and the national ones it does not override), with the actors of its directory who handle them.
 */
export async function getMallette(db: Executor, user: CurrentUser | null, academie: string): Promise<Mallette> {
  const ref = ACADEMIES.find((a) => a.code === academie);
  if (!ref) throw notFound('Cette académie est inconnue.');
  const readership = await readershipOf(db, user);
  const [rows, directory, listeningLine] = await Promise.all([
    liveArticles(db, readership, academie)
      .select(['a.id', 'a.slug', 'a.contact_point_kinds', 'v.title', 'v.summary', 'v.kind', 'v.scheme', 'v.situations'])
      .where(sqlHasSituation()).orderBy('v.title').execute(),
    academieDirectory(db, academie),
    listeningLineOf(db, academie),
  ]);
  const named = rows.length > 0
    ? await db.selectFrom('article_contact_points').select(['article_id', 'contact_point_id']).where('article_id', 'in', rows.map((r) => r.id)).orderBy('position').execute()
    : [];
  const namedOf = (id: string) => named.filter((n) => n.article_id === id).map((n) => n.contact_point_id);
  const url = (slug: string) => articleUrl(slug, academie);
  const situations = ARTICLE_SITUATIONS.map((key: ArticleSituation) => {
    const ofSituation = rows.filter((r) => r.situations.includes(key));
    const schemes = ofSituation.filter((r) => r.kind === 'scheme');
    const actors = actorsOf(directory, ofSituation.flatMap((r) => namedOf(r.id)), [...new Set(ofSituation.flatMap((r) => r.contact_point_kinds))]);
    return {
      key, title: ARTICLE_SITUATION_LABELS[key].title, intro: ARTICLE_SITUATION_LABELS[key].intro,
      schemes: schemes.map((r) => ({
        id: r.id, slug: r.slug, title: r.title, summary: r.summary, url: url(r.slug), scheme: r.scheme,
        contactPoints: actorsOf(directory, namedOf(r.id), r.contact_point_kinds),
      })),
      articles: ofSituation.filter((r) => r.kind !== 'scheme').map((r) => ({ id: r.id, slug: r.slug, title: r.title, summary: r.summary, url: url(r.slug) })),
      contactPoints: actors,
    };
  });
  return { academie: { code: ref.code, name: ref.name }, situations, listeningLine };
}

function sqlHasSituation() {
  return sql<boolean>`cardinality(v.situations) > 0`;
}
