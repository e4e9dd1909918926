import { sql } from 'kysely';
import type { Executor } from '../../db/schema.ts';
import type { CurrentUser } from '../../auth/current-user.ts';
import type { ArticleReadership } from '../../policies/index.ts';
import type { AssistantAnswer, AssistantBody, AssistantPassage, ListeningLine, RequestDraft } from '../../../shared/contracts/knowledge-base.ts';
import type { Topic } from '../../../shared/glossary.ts';
import { REQUEST_SUBJECT_MAX } from '../../../shared/contracts/limits.ts';
import { DEFAULT_LISTENING_LINE_LABEL } from '../../../shared/listening-line.ts';
import { articleUrl, countUnanswered, findSynonymGroups, liveArticles, overlayAcademie, readershipOf } from './repository.ts';
import { findArticles, withSynonyms } from './search-articles.ts';
import { foldAccents, meaningfulWords, unansweredWords } from './words.ts';
import { paragraphsOf } from './article-text.ts';

/*
 * « Poser une question »: the assistant answers only with what published articles say. It looks
 * for a « question type » first, then searches; it shows the matching paragraphs as written, with
 * their article, and never a sentence of its own. It hands over to an adviser when nothing
 * relevant is found (the question's words are counted, never the person; nothing is kept of the
 * exchange), and always when the question touches health, violence, harassment or distress —
 * then with the académie's listening line, whatever articles may accompany it.
 */

/** Beginnings of words (accents removed) that make a question one for a person, not for articles. */
const SENSITIVE_STEMS = [
  'harcel', 'violen', 'agress', 'suicid', 'burn-out', 'burnout', 'burn out', 'detresse', 'malade', 'maladie', 'depress', 'souffr',
  'menace', 'insult', 'humili', 'discrimin', 'sexis', 'sexuel', 'attouch', 'viol ', 'frapp', 'coups', 'epuise', 'epuisement',
  'angoiss', 'anxi', 'idees noires', 'en finir', 'mourir', 'me tuer', 'craque', 'pleure', 'peur', 'danger',
];
const PROTECTION_STEMS = ['harcel', 'violen', 'agress', 'menace', 'insult', 'humili', 'discrimin', 'sexis', 'sexuel', 'attouch', 'viol ', 'frapp', 'coups', 'diffam'];

/** Does the question touch health, violence, harassment or distress (accents and case ignored)? */
export function touchesSensitiveSubject(question: string): boolean {
  const text = ` ${foldAccents(question).replace(/[^a-z0-9-]+/g, ' ')} `;
  return SENSITIVE_STEMS.some((stem) => text.includes(stem.startsWith(' ') ? stem : ` ${stem}`) || (stem.includes(' ') && text.includes(stem)));
}

const TOPIC_STEMS: Array<[Topic, string[]]> = [
  ['protection', PROTECTION_STEMS],
  ['health_wellbeing', ['malad', 'sante', 'burn', 'suicid', 'detresse', 'souffr', 'depress', 'handicap', 'medec', 'epuis', 'stress', 'angoiss', 'accident']],
  ['training_project', ['formation', 'former', 'bilan', 'vae', 'concours', 'cpf', 'diplome']],
  ['managerial_support', ['equipe', 'manag', 'encadr', 'directeur', 'direction', 'principal', 'proviseur']],
  ['application_support', ['dossier', 'candidature', 'retraite', 'pension', 'formulaire']],
  ['career_project', ['mobilit', 'mutation', 'carriere', 'poste', 'reconversion', 'detachement', 'disponibilite', 'promotion', 'avancement']],
];

/** A first guess of the topic of the request the agent may write (they change it before sending). */
export function guessTopic(question: string): Topic {
  const text = ` ${foldAccents(question).replace(/[^a-z0-9]+/g, ' ')}`;
  return TOPIC_STEMS.find(([, stems]) => stems.some((stem) => text.includes(` ${stem.trim()}`)))?.[0] ?? 'work_difficulties';
}

function requestDraft(question: string): RequestDraft {
  const oneLine = question.replace(/\s+/g, ' ').trim();
  const subject = oneLine.length <= 120 ? oneLine : `${oneLine.slice(0, 119).replace(/\s+\S*$/, '')}…`;
  return { topic: guessTopic(question), subject: subject.slice(0, REQUEST_SUBJECT_MAX), description: question.trim() };
}

const SENSITIVE_MESSAGE = 'Votre question touche à votre santé, à votre sécurité ou à une situation difficile : elle mérite d’être entendue par une personne. '
  + 'Un conseiller RH de proximité peut vous écouter et vous accompagner, en toute confidentialité. Vous pouvez lui écrire : votre question est reprise '
  + 'dans le formulaire, vous la relisez et la modifiez avant l’envoi. Si vous avez besoin de parler tout de suite, appelez la ligne d’écoute.';
const NO_ANSWER_MESSAGE = 'Aucun article publié ne répond à votre question. Un conseiller RH de proximité peut vous répondre : votre question est reprise '
  + 'dans le formulaire de demande, vous la relisez et la complétez avant l’envoi.';

/** The académie's listening line, when it has set one. */
export async function listeningLineOf(db: Executor, academie: string | null): Promise<ListeningLine | null> {
  if (!academie) return null;
  const row = await db.selectFrom('academie_settings').select(['listening_line_label', 'listening_line_phone', 'listening_line_hours'])
    .where('academie_code', '=', academie).executeTakeFirst();
  if (!row?.listening_line_phone) return null;
  return { label: row.listening_line_label ?? DEFAULT_LISTENING_LINE_LABEL, phone: row.listening_line_phone, hours: row.listening_line_hours };
}

const MAX_PASSAGES = 3;
/** A passage shorter than this (a heading, a short item) brings the paragraphs after it. */
const SHORT_PASSAGE = 140;

/** The paragraph(s) of an article that best match the question, as written; the summary when only the title or summary matched. */
async function passageOf(db: Executor, article: { body_text: string; summary: string }, alternatives: string[]): Promise<string> {
  const paragraphs = paragraphsOf(article.body_text);
  if (paragraphs.length === 0) return article.summary;
  const query = sql.join(alternatives.map((alt) => sql`websearch_to_tsquery('french_unaccent', ${alt})`), sql` || `);
  const best = await sql<{ ord: number }>`select p.ord::int as ord from unnest(${sql.val(paragraphs)}::text[]) with ordinality as p(text, ord)
    where to_tsvector('french_unaccent', p.text) @@ (${query})
    order by ts_rank(to_tsvector('french_unaccent', p.text), (${query})) desc, length(p.text) desc, p.ord limit 1`.execute(db);
  const start = best.rows[0]?.ord;
  if (start === undefined) return article.summary;
  const chosen = [paragraphs[start - 1]!];
  for (let i = start; i < paragraphs.length && chosen.join(' ').length < SHORT_PASSAGE && chosen.length < 3; i += 1) chosen.push(paragraphs[i]!);
  return chosen.join('\n');
}

/** How many of the question's stems an online version holds, for the best of the alternatives (synonyms). */
async function coverage(db: Executor, versionIds: string[], alternatives: string[]): Promise<Map<string, { covered: number; size: number }>> {
  const result = new Map<string, { covered: number; size: number }>();
  for (const alt of alternatives) {
    const rows = await sql<{ id: string; covered: number; size: number }>`
      with q as (select tsvector_to_array(to_tsvector('french_unaccent', ${alt})) as lexemes)
      select v.id, (select count(*)::int from unnest(q.lexemes) l where v.search @@ quote_literal(l)::tsquery) as covered, cardinality(q.lexemes) as size
      from article_versions v, q where v.id in (${sql.join(versionIds)})`.execute(db);
    for (const r of rows.rows) {
      const previous = result.get(r.id);
      if (!previous || r.covered / Math.max(r.size, 1) > previous.covered / Math.max(previous.size, 1)) result.set(r.id, { covered: r.covered, size: r.size });
    }
  }
  return result;
}

/** Enough of the question is in the article: half its words at least, and two of them from three words on. */
const relevant = (c: { covered: number; size: number } | undefined) =>
  c !== undefined && c.size > 0 && c.covered * 2 >= c.size && (c.size < 3 || c.covered >= 2);

interface Candidate { id: string; slug: string; academie_code: string | null; title: string; summary: string; body_text: string; curated: boolean }

/** The articles of the « questions types » that match the question (most of their words are in it, and it is mostly theirs). */
async function curatedArticles(db: Executor, readership: ArticleReadership, academie: string | null, question: string): Promise<Candidate[]> {
  const matches = await sql<{ id: string }>`
    with q as (select tsvector_to_array(to_tsvector('french_unaccent', ${question})) as lexemes)
    select c.id from curated_questions c, q
    where (c.academie_code is null ${academie ? sql`or c.academie_code = ${academie}` : sql``}) and c.lexemes && q.lexemes
      and (select count(*) from unnest(c.lexemes) l where l = any(q.lexemes)) * 10 >= cardinality(c.lexemes) * 6
      and (select count(*) from unnest(c.lexemes) l where l = any(q.lexemes)) * 2 >= cardinality(q.lexemes)
    order by (select count(*) from unnest(c.lexemes) l where l = any(q.lexemes)) desc, c.academie_code nulls last
    limit 1`.execute(db);
  const match = matches.rows[0];
  if (!match) return [];
  const rows = await liveArticles(db, readership, academie).innerJoin('curated_question_articles as cq', 'cq.article_id', 'a.id')
    .select(['a.id', 'a.slug', 'a.academie_code', 'v.title', 'v.summary', 'v.body_text'])
    .where('cq.question_id', '=', match.id).orderBy('cq.position').execute();
  return rows.map((r) => ({ ...r, curated: true }));
}

/** POST /api/assistant */
export async function answerQuestion(db: Executor, user: CurrentUser | null, body: AssistantBody, now = new Date()): Promise<AssistantAnswer> {
  const question = body.question.trim();
  const readership = await readershipOf(db, user);
  const academie = overlayAcademie(user, body.academie);
  const sensitive = touchesSensitiveSubject(question);
  const words = meaningfulWords(question);
  const groups = await findSynonymGroups(db, academie);

  const candidates = await curatedArticles(db, readership, academie, question);
  let alternatives = withSynonyms(words.join(' '), groups).map((alt) => alt.split(' ').filter(Boolean).join(' or '));
  if (words.length > 0) {
    const { found, correctedQuery } = await findArticles(db, readership, academie, words.join(' or '), {}, 6, { whole: true });
    if (correctedQuery) alternatives = withSynonyms(correctedQuery.replace(/ or /g, ' '), groups).map((alt) => alt.split(' ').filter(Boolean).join(' or '));
    if (found.length > 0) {
      const versions = await liveArticles(db, readership, academie).select(['a.id', 'v.id as version_id', 'v.body_text'])
        .where('a.id', 'in', found.map((f) => f.id)).execute();
      const covered = await coverage(db, versions.map((v) => v.version_id), alternatives.map((a) => a.replace(/ or /g, ' ')));
      for (const f of found) {
        const version = versions.find((v) => v.id === f.id);
        if (version && relevant(covered.get(version.version_id)) && !candidates.some((c) => c.id === f.id)) {
          candidates.push({ id: f.id, slug: f.slug, academie_code: f.academie_code, title: f.title, summary: f.summary, body_text: version.body_text, curated: false });
        }
      }
    }
  }

  const passages: AssistantPassage[] = [];
  for (const c of candidates.slice(0, MAX_PASSAGES)) {
    passages.push({
      articleId: c.id, title: c.title, url: articleUrl(c.slug, body.academie ?? null), slug: c.slug, curated: c.curated,
      text: alternatives.length > 0 ? await passageOf(db, c, alternatives) : c.summary,
    });
  }

  if (sensitive) {
    return {
      answered: false, passages,
      handover: { reason: 'sensitive', message: SENSITIVE_MESSAGE, requestDraft: requestDraft(question), listeningLine: await listeningLineOf(db, academie) },
    };
  }
  if (passages.length > 0) return { answered: true, passages, handover: null };
  await countUnanswered(db, unansweredWords(question), 'assistant', academie, now);
  return {
    answered: false, passages: [],
    handover: { reason: 'no_answer', message: NO_ANSWER_MESSAGE, requestDraft: requestDraft(question), listeningLine: await listeningLineOf(db, academie) },
  };
}
