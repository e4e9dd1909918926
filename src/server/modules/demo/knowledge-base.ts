import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';
import type { ContactPointKind } from '../../../shared/glossary.ts';
import { seedKnowledgeBase, type SeedArticle } from '../knowledge-base/index.ts';
import { DEMO_ACADEMIE } from './amiens.ts';
import { DEMO_ARTICLES, DEMO_CURATED_QUESTIONS, DEMO_SYNONYMS, type DemoArticle } from './knowledge-articles.ts';

/*
 * The knowledge base of the demo académie (issue 15): the articles of knowledge-articles.ts,
 * published (written by the académie's editor, proofread by a second one), national ones and the
 * académie's own, with their synonyms and « questions types »; the académie's listening line (the
 * psychologists' line its roadmap publishes); and a few weeks of readings and unanswered
 * questions so that the editors' figures are not empty.
 */

/** The actors an article names in words, as kinds of the directory (the académie's actors of these kinds are shown beside it). */
const KIND_WORDS: Array<[string, ContactPointKind]> = [
  ['conseiller rh de proximite', 'adviser'],
  ['conseiller mobilite carriere', 'career_adviser'],
  ['assistant de service social', 'social_worker'],
  ['medecin', 'occupational_doctor'],
  ['psychologue', 'occupational_psychologist'],
  ['ligne d', 'occupational_psychologist'],
  ['correspondant handicap', 'disability_correspondent'],
  ['referent egalite', 'equality_officer'],
  ['cellule', 'cell'],
  ['bureau de gestion', 'management_office'],
  ['service des pensions', 'management_office'],
  ['service de la paie', 'management_office'],
  ['division', 'management_office'],
  ['personnels contractuels', 'management_office'],
  ['mission academique de l', 'leadership_mission'],
  ['appui manag', 'leadership_mission'],
  ['correspondant rh de bassin', 'hr_correspondent'],
  ['mdph', 'external_partner'],
];

const fold = (text: string) => text.normalize('NFD').replace(/\p{M}+/gu, '').toLowerCase().replace(/[’']/g, ' ');

export function contactKindsOf(words: readonly string[] | undefined): ContactPointKind[] {
  const kinds = new Set<ContactPointKind>();
  for (const word of words ?? []) {
    const folded = fold(word);
    for (const [key, kind] of KIND_WORDS) if (folded.includes(key.replace(/[’']/g, ' '))) kinds.add(kind);
  }
  return [...kinds];
}

/** A demo article as the knowledge base writes it; the académie's articles are Amiens'. */
export function demoSeedArticle(a: DemoArticle, reviewDueOn: string | null = null): SeedArticle {
  return {
    slug: a.slug, kind: a.kind, theme: a.theme, title: a.title, summary: a.summary, body: a.body, audiences: a.audiences,
    hrStaffOnly: a.hrStaffOnly ?? false, academie: a.scope === 'academie' ? DEMO_ACADEMIE : null, situations: a.situations,
    scheme: a.scheme ?? null, related: a.related, contactPointKinds: contactKindsOf(a.contactPointKinds), reviewDueOn,
  };
}

const DAY = 86_400_000;
const isoDay = (date: Date) => date.toISOString().slice(0, 10);

/** Writes the demo knowledge base; `now` dates the review dates, readings and unanswered questions. */
export async function seedDemoKnowledgeBase(trx: Kysely<DB>, now: Date): Promise<void> {
  const editors = await trx.selectFrom('persons as p').innerJoin('role_assignments as r', 'r.person_id', 'p.id')
    .select('p.id').where('r.role', '=', 'editor').orderBy('p.created_at').orderBy('p.id').execute();
  const fallback = await trx.selectFrom('persons').select('id').orderBy('created_at').limit(1).executeTakeFirst();
  const authorId = editors[0]?.id ?? fallback?.id;
  if (!authorId) return;
  const reviewerId = editors.find((e) => e.id !== authorId)?.id ?? authorId;
  // A few articles come up for review: some past due, some within the month.
  const articles = DEMO_ARTICLES.map((a, i) => demoSeedArticle(a,
    i % 9 === 0 ? isoDay(new Date(now.getTime() - (i % 4) * 7 * DAY)) : i % 9 === 4 ? isoDay(new Date(now.getTime() + 20 * DAY))
      : isoDay(new Date(now.getTime() + (120 + i * 3) * DAY))));
  const ids = await seedKnowledgeBase(trx, {
    authorId, reviewerId, articles, publishedAt: new Date(now.getTime() - 60 * DAY),
    synonyms: DEMO_SYNONYMS, curatedQuestions: DEMO_CURATED_QUESTIONS,
  });

  await trx.insertInto('academie_settings').values({
    academie_code: DEMO_ACADEMIE,
    listening_line_label: 'Cellule d’écoute des psychologues du travail de l’académie d’Amiens',
    listening_line_phone: '03 22 82 38 25',
    listening_line_hours: 'Du lundi au vendredi, de 9 h à 12 h et de 14 h à 17 h',
  }).onConflict((oc) => oc.column('academie_code').doUpdateSet({
    listening_line_label: 'Cellule d’écoute des psychologues du travail de l’académie d’Amiens',
    listening_line_phone: '03 22 82 38 25',
    listening_line_hours: 'Du lundi au vendredi, de 9 h à 12 h et de 14 h à 17 h',
  })).execute();

  // Readings of the last four weeks: the mobility sheets lead in the campaign, as in the roadmaps' indicators.
  const articleIds = [...ids.values()];
  const views = [];
  for (let d = 1; d <= 28; d += 1) {
    const day = isoDay(new Date(now.getTime() - d * DAY));
    for (const [i, id] of articleIds.entries()) {
      const count = Math.max(0, Math.round((articles[i]?.theme === 'mobility' ? 14 : 4) * (1 + Math.sin(i * 7 + d)) / 2));
      if (count > 0) views.push({ article_id: id, day, count });
    }
  }
  for (let start = 0; start < views.length; start += 1000) await trx.insertInto('article_views').values(views.slice(start, start + 1000)).execute();
  const unanswered: Array<{ words: string; days: number[]; source: 'search' | 'assistant' }> = [
    { words: 'garde enfant malade', days: [2, 5, 9], source: 'assistant' },
    { words: 'prime informatique', days: [1, 3], source: 'search' },
    { words: 'cumul activite auto entrepreneur', days: [4], source: 'search' },
    { words: 'indemnite kilometrique remplacement', days: [6, 12, 13], source: 'assistant' },
    { words: 'logement fonction', days: [8], source: 'search' },
  ];
  await trx.insertInto('unanswered_searches').values(unanswered.flatMap((u) => u.days.map((d) => ({
    day: isoDay(new Date(now.getTime() - d * DAY)), words: u.words, source: u.source, academie_code: DEMO_ACADEMIE, count: 1 + (d % 3),
  })))).execute();
}
