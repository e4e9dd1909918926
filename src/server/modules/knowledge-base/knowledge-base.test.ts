import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import { createTestApp, DEMO, type Caller, type TestApp } from '../../../../tests/support/test-app.ts';
import { buildAgent, buildStaff } from '../../../../tests/support/factories.ts';
import { DEMO_ARTICLES } from '../demo/knowledge-articles.ts';
import type { ArticleSearchResults, AssistantAnswer, PublishedArticle } from '../../../shared/contracts/knowledge-base.ts';
import type { ArticleDetail } from '../../../shared/contracts/knowledge-base-editor.ts';

let t: TestApp;
let adviser: Caller;
let teacher: Caller;
let leader: Caller;
let editor: Caller;
let secondEditor: Caller;
let otherAcademieEditor: Caller;

beforeAll(async () => {
  t = await createTestApp();
  adviser = await t.signInAs(DEMO.adviserSomme);
  teacher = await t.signInAs(DEMO.agentOise);
  leader = await t.signInAs('sophie.vandenberghe@ac-amiens.fr');
  editor = await t.signInAs(DEMO.editor);
  secondEditor = await t.signInAsPerson((await buildStaff(t.db, { role: 'editor', territory: { level: 'academie', code: 'AMIENS' } })).id);
  otherAcademieEditor = await t.signInAsPerson((await buildStaff(t.db, { role: 'editor', territory: { level: 'academie', code: 'LILLE' } })).id);
});
afterAll(async () => t?.close());

const search = async (caller: Caller | null, q: string, extra = '') => {
  const response = await t.call(caller, 'GET', `/api/articles?q=${encodeURIComponent(q)}&academie=AMIENS${extra}`);
  expect(response.statusCode).toBe(200);
  return response.json() as ArticleSearchResults;
};
const ask = async (caller: Caller | null, question: string) => {
  const response = await t.call(caller, 'POST', '/api/assistant', { question, academie: 'AMIENS' });
  expect(response.statusCode).toBe(200);
  return response.json() as AssistantAnswer;
};
const unanswered = async (words: string) => (await t.db.selectFrom('unanswered_searches').select(['words', 'count', 'source'])
  .where('words', '=', words).execute());

describe('the demo knowledge base', () => {
  it('ships at least 60 published articles, national and of the académie, in every theme', async () => {
    expect(DEMO_ARTICLES.length).toBeGreaterThanOrEqual(60);
    const listed = await t.call(adviser, 'GET', '/api/articles?academie=AMIENS&limit=200');
    const items = (listed.json() as ArticleSearchResults).items;
    expect(items.length).toBeGreaterThanOrEqual(60);
    expect(new Set(items.map((i) => i.theme)).size).toBe(9);
  });
});

describe('search in French', () => {
  it('finds « mobilité » when « mobilite » is typed without its accent', async () => {
    const { items } = await search(adviser, 'mobilite');
    expect(items.length).toBeGreaterThan(3);
    expect(items[0]!.title.toLowerCase()).toContain('mobilité');
    expect(items.some((i) => i.excerpt.includes('<mark>mobilité</mark>') || i.excerpt.includes('<mark>Mobilité</mark>'))).toBe(true);
  });

  it('finds « congé de formation professionnelle » for « conges formation »', async () => {
    const { items } = await search(teacher, 'conges formation');
    expect(items.slice(0, 3).map((i) => i.slug)).toContain('conge-formation-professionnelle');
    expect(items.find((i) => i.slug === 'conge-formation-professionnelle')!.title).toBe('Le congé de formation professionnelle (CFP)');
  });

  it('corrects « mutaion » into « mutation » and says so', async () => {
    const results = await search(adviser, 'mutaion');
    expect(results.correctedQuery).toBe('mutation');
    expect(results.items.length).toBeGreaterThan(0);
    expect(results.items[0]!.title.toLowerCase()).toContain('mutation');
  });

  it('ranks an article whose title holds the word above one that only mentions it in its body', async () => {
    const { items } = await search(adviser, 'disponibilité');
    const slugs = items.map((i) => i.slug);
    expect(slugs[0]).toBe('disponibilite');
    expect(slugs.length).toBeGreaterThan(1);
  });

  it('finds an article through a synonym an editor wrote: « CFP » finds the congé de formation professionnelle', async () => {
    const { items } = await search(teacher, 'CFP');
    expect(items.map((i) => i.slug)).toContain('conge-formation-professionnelle');
  });

  it('gives excerpts whose only markup is <mark>, the rest escaped', async () => {
    const { items } = await search(adviser, 'mutation');
    for (const item of items) {
      expect(item.excerpt.replace(/<\/?mark>/g, '')).not.toMatch(/[<>]/);
    }
  });

  it('counts a search without a result by its words, never by who searched', async () => {
    const { items } = await search(teacher, 'Xylophone pédagogique zorglub');
    expect(items).toEqual([]);
    const rows = await unanswered('pedagogique xylophone zorglub');
    expect(rows).toEqual([expect.objectContaining({ source: 'search', count: 1 })]);
    const columns = await sql<{ column_name: string }>`select column_name from information_schema.columns where table_name = 'unanswered_searches'`.execute(t.db);
    expect(columns.rows.map((c) => c.column_name).sort()).toEqual(['academie_code', 'count', 'day', 'source', 'words']);
  });

  it('answers a malformed search with a French 400, never a 500', async () => {
    const response = await t.call(null, 'GET', `/api/articles?q=${'a'.repeat(300)}`);
    expect(response.statusCode).toBe(400);
    expect(response.json().title).toBe('Données invalides');
    const weird = await t.call(null, 'GET', `/api/articles?q=${encodeURIComponent('"(( !! & | <-> :* \'')}`);
    expect(weird.statusCode).toBe(200);
  });
});

describe('a search served again from memory', () => {
  it('gives the same answer until the knowledge base changes, then the new one at once, whoever changed it', async () => {
    const words = 'allocation rentrée scolaire personnels';
    const first = await search(teacher, words);
    expect(first.items.map((i) => i.slug)).not.toContain('allocation-rentree-test');
    expect(await search(teacher, words)).toEqual(first);

    // Published through the API: the next identical search finds it.
    const created = (await t.call(editor, 'POST', '/api/editor/articles', draft({
      slug: 'allocation-rentree-test', title: 'Allocation de rentrée scolaire des personnels',
      body: 'L’allocation de rentrée scolaire des personnels aide les familles en septembre.',
    }))).json() as ArticleDetail;
    await t.call(editor, 'POST', `/api/editor/articles/${created.id}/submit`);
    expect((await t.call(secondEditor, 'POST', `/api/editor/articles/${created.id}/publish`, {})).statusCode).toBe(200);
    expect((await search(teacher, words)).items[0]!.slug).toBe('allocation-rentree-test');

    // Withdrawn by another instance, or by hand in SQL: the memory of this one does not outlive it.
    await sql`update articles set published_version_id = null where id = ${created.id}`.execute(t.db);
    await sql`update article_versions set live = false where article_id = ${created.id}`.execute(t.db);
    expect((await search(teacher, words)).items.map((i) => i.slug)).not.toContain('allocation-rentree-test');

    // A synonym written meanwhile counts at the next identical search.
    expect((await search(teacher, 'machin')).items).toEqual([]);
    await sql`insert into search_synonyms (term, synonyms, academie_code) values ('machin', ${['temps partiel']}, 'AMIENS')`.execute(t.db);
    expect((await search(teacher, 'machin')).items.map((i) => i.slug)).toContain('temps-partiel');
  });

  it('counts every search left without a result, the ones answered from memory too', async () => {
    await search(null, 'zorglub quantique');
    await search(null, 'zorglub quantique');
    expect(await unanswered('quantique zorglub')).toEqual([{ words: 'quantique zorglub', count: 2, source: 'search' }]);
  });
});

describe('who reads what', () => {
  it('shows the public only the articles for everyone, never a sheet for HR staff', async () => {
    const everyone = (await search(null, 'mutation')).items.map((i) => i.slug);
    expect(everyone).not.toContain('rh-accompagner-demande-mutation');
    expect(everyone).not.toContain('mobilite-inter-academique');
    expect((await t.call(null, 'GET', '/api/articles/rh-accompagner-demande-mutation?academie=AMIENS')).statusCode).toBe(404);
  });

  it('shows an agent the articles for their category, not those of another category nor HR sheets', async () => {
    const slugs = (await search(teacher, 'mutation')).items.map((i) => i.slug);
    expect(slugs).toContain('mobilite-inter-academique');
    expect(slugs).not.toContain('mutation-premier-degre');
    expect(slugs).not.toContain('rh-accompagner-demande-mutation');
    const forLeaders = '/api/articles/appui-managerial-personnels-direction?academie=AMIENS';
    expect((await t.call(leader, 'GET', forLeaders)).statusCode).toBe(200);
    expect((await t.call(teacher, 'GET', forLeaders)).statusCode).toBe(404);
  });

  it('shows HR staff every article, their own sheets included', async () => {
    const slugs = (await search(adviser, 'mutation', '&limit=50')).items.map((i) => i.slug);
    expect(slugs).toEqual(expect.arrayContaining(['rh-accompagner-demande-mutation', 'mutation-premier-degre', 'mobilite-inter-academique']));
    const sheet = await t.call(adviser, 'GET', '/api/articles/rh-accompagner-demande-mutation?academie=AMIENS');
    expect(sheet.statusCode).toBe(200);
    expect((sheet.json() as PublishedArticle).hrStaffOnly).toBe(true);
  });

  it('reads an article with its related articles and the actors of the académie, and counts the reading without a cookie', async () => {
    const before = await t.db.selectFrom('article_views').innerJoin('articles', 'articles.id', 'article_views.article_id')
      .select((eb) => eb.fn.sum<number>('count').as('n')).where('articles.slug', '=', 'conge-formation-professionnelle').executeTakeFirst();
    const response = await t.call(null, 'GET', '/api/articles/conge-formation-professionnelle?academie=AMIENS');
    expect(response.statusCode).toBe(200);
    expect(response.headers['set-cookie']).toBeUndefined();
    const article = response.json() as PublishedArticle;
    expect(article.kind).toBe('scheme');
    expect(article.scheme?.howToAsk).toBeTruthy();
    expect(article.bodyHtml).toContain('<h2>');
    expect(article.related.length).toBeGreaterThan(0);
    expect(article.related[0]!.url).toMatch(/^\/informations\/[a-z-]+\?academie=AMIENS$/);
    expect(article.contactPoints.map((c) => c.kind)).toEqual(expect.arrayContaining(['career_adviser', 'adviser']));
    const after = await t.db.selectFrom('article_views').innerJoin('articles', 'articles.id', 'article_views.article_id')
      .select((eb) => eb.fn.sum<number>('count').as('n')).where('articles.slug', '=', 'conge-formation-professionnelle').executeTakeFirst();
    expect(Number(after?.n ?? 0)).toBe(Number(before?.n ?? 0) + 1);
  });

  it('shows an académie’s article in place of the national one of the same slug, only in that académie', async () => {
    const national = await t.call(editor, 'POST', '/api/editor/articles', draft({ slug: 'mallette-surcharge-test', scope: 'national', title: 'Version nationale' }));
    // The demo editor is the académie's: a national article is not theirs.
    expect(national.statusCode).toBe(403);
    const nationalEditor = await t.signInAsPerson((await buildStaff(t.db, { role: 'editor', territory: { level: 'national', code: 'FR' } })).id);
    const otherNational = await t.signInAsPerson((await buildStaff(t.db, { role: 'editor', territory: { level: 'national', code: 'FR' } })).id);
    await publish(nationalEditor, otherNational, draft({ slug: 'surcharge-test', scope: 'national', title: 'Version nationale du guide' }));
    await publish(editor, secondEditor, draft({ slug: 'surcharge-test', scope: 'academie', title: 'Version amiénoise du guide' }));
    expect((await t.call(null, 'GET', '/api/articles/surcharge-test?academie=AMIENS')).json().title).toBe('Version amiénoise du guide');
    expect((await t.call(null, 'GET', '/api/articles/surcharge-test?academie=LILLE')).json().title).toBe('Version nationale du guide');
    expect((await t.call(null, 'GET', '/api/articles/surcharge-test')).json().title).toBe('Version nationale du guide');
  });
});

describe('the assistant', () => {
  it('answers a covered question with passages of the right article, as written, with its link', async () => {
    const answer = await ask(teacher, 'Comment demander un congé de formation professionnelle ?');
    expect(answer.answered).toBe(true);
    expect(answer.handover).toBeNull();
    const passage = answer.passages.find((p) => p.slug === 'conge-formation-professionnelle' || p.slug === 'faq-conge-formation-professionnelle');
    expect(passage).toBeDefined();
    expect(passage!.url).toBe(`/informations/${passage!.slug}?academie=AMIENS`);
    // Every passage is text of its article, word for word.
    for (const p of answer.passages) {
      const row = await t.db.selectFrom('articles as a').innerJoin('article_versions as v', 'v.id', 'a.published_version_id')
        .select(['v.body_text', 'v.summary']).where('a.id', '=', p.articleId).executeTakeFirstOrThrow();
      const lines = p.text.split('\n');
      for (const line of lines) expect(row.body_text.includes(line) || row.summary === line).toBe(true);
    }
  });

  it('serves a « question type » first, with the articles an editor chose', async () => {
    const answer = await ask(teacher, 'Comment changer d’établissement dans mon académie ?');
    expect(answer.passages[0]).toMatchObject({ slug: 'mobilite-intra-academique', curated: true });
  });

  it('never answers « je suis harcelé par mon chef » with articles alone: it offers the adviser and the listening line', async () => {
    const answer = await ask(teacher, 'je suis harcelé par mon chef');
    expect(answer.answered).toBe(false);
    expect(answer.handover).not.toBeNull();
    expect(answer.handover!.reason).toBe('sensitive');
    expect(answer.handover!.message).toContain('conseiller RH de proximité');
    expect(answer.handover!.requestDraft).toMatchObject({ topic: 'protection', description: 'je suis harcelé par mon chef' });
    expect(answer.handover!.listeningLine).toMatchObject({ phone: '03 22 82 38 25' });
  });

  it('hands over health and distress questions whatever their accents: « BURN OUT », « détresse », « malade »', async () => {
    for (const question of ['Je suis en BURN-OUT depuis la rentrée', 'je suis en detresse', 'Mon fils est malade, que faire ?']) {
      const answer = await ask(null, question);
      expect(answer.handover?.reason).toBe('sensitive');
    }
  });

  it('says it has no answer to an off-topic question, offers the adviser, and counts the words, not the person', async () => {
    const answer = await ask(teacher, 'Quelle est la recette de la tarte aux quetsches ?');
    expect(answer.answered).toBe(false);
    expect(answer.passages).toEqual([]);
    expect(answer.handover).toMatchObject({ reason: 'no_answer', requestDraft: { description: 'Quelle est la recette de la tarte aux quetsches ?' } });
    expect(await unanswered('quetsches recette tarte')).toEqual([expect.objectContaining({ source: 'assistant', count: 1 })]);
    const list = await t.call(editor, 'GET', '/api/editor/unanswered-questions');
    expect(list.json().items.map((i: { words: string }) => i.words)).toContain('quetsches recette tarte');
  });

  it('refuses an empty question with a French 400', async () => {
    const response = await t.call(null, 'POST', '/api/assistant', { question: '   ' });
    expect(response.statusCode).toBe(400);
  });
});

function draft(overrides: Record<string, unknown> = {}) {
  return {
    slug: 'aide-rentree-test', kind: 'sheet', theme: 'career', title: 'Préparer sa rentrée sereinement',
    summary: 'Les démarches à faire avant la rentrée.', body: '## Avant la rentrée\n\nVérifiez votre **affectation** et votre emploi du temps.',
    audiences: [], hrStaffOnly: false, scope: 'academie', situations: ['starting'], ...overrides,
  };
}

async function publish(author: Caller, reviewer: Caller, body: Record<string, unknown>): Promise<ArticleDetail> {
  const created = await t.call(author, 'POST', '/api/editor/articles', body);
  expect(created.statusCode).toBe(201);
  const id = (created.json() as ArticleDetail).id;
  expect((await t.call(author, 'POST', `/api/editor/articles/${id}/submit`)).statusCode).toBe(200);
  const published = await t.call(reviewer, 'POST', `/api/editor/articles/${id}/publish`, {});
  expect(published.statusCode).toBe(200);
  return published.json() as ArticleDetail;
}

describe('writing, reviewing and publishing', () => {
  it('lets a second editor publish, never the author; keeps every version; the public finds the article once published', async () => {
    const created = await t.call(editor, 'POST', '/api/editor/articles', draft({
      slug: 'prime-equipement-informatique', title: 'La prime d’équipement informatique des enseignants',
      body: '## Qui la perçoit ?\n\nLa prime d’équipement informatique est versée chaque année aux enseignants en activité.',
    }));
    expect(created.statusCode).toBe(201);
    const article = created.json() as ArticleDetail;
    expect(article).toMatchObject({ status: 'draft', versionNumber: 1, hasPublishedVersion: false, abilities: { submit: true, publish: false } });
    expect((await search(null, 'prime équipement informatique')).items.map((i) => i.slug)).not.toContain('prime-equipement-informatique');

    const saved = await t.call(editor, 'PUT', `/api/editor/articles/${article.id}`, draft({
      slug: 'prime-equipement-informatique', title: 'La prime d’équipement informatique des enseignants',
      body: '## Qui la perçoit ?\n\nLa prime d’équipement informatique est versée chaque année, en janvier, aux enseignants en activité.',
    }));
    expect(saved.json()).toMatchObject({ versionNumber: 2, status: 'draft' });
    expect((await t.call(editor, 'POST', `/api/editor/articles/${article.id}/submit`)).json().status).toBe('in_review');

    const byAuthor = await t.call(editor, 'POST', `/api/editor/articles/${article.id}/publish`, {});
    expect(byAuthor.statusCode).toBe(403);
    expect(byAuthor.json().detail).toContain('second éditeur');
    const elsewhere = await t.call(otherAcademieEditor, 'POST', `/api/editor/articles/${article.id}/publish`, {});
    expect(elsewhere.statusCode).toBe(404);

    const seenBySecond = await t.call(secondEditor, 'GET', `/api/editor/articles/${article.id}`);
    expect((seenBySecond.json() as ArticleDetail).abilities.publish).toBe(true);
    const published = await t.call(secondEditor, 'POST', `/api/editor/articles/${article.id}/publish`, { comment: 'Relu, merci.' });
    expect(published.statusCode).toBe(200);
    expect(published.json()).toMatchObject({ status: 'published', hasPublishedVersion: true, publishedVersionNumber: 2 });
    expect((published.json() as ArticleDetail).reviews[0]).toMatchObject({ decision: 'published', comment: 'Relu, merci.', versionNumber: 2 });

    const versions = await t.call(editor, 'GET', `/api/editor/articles/${article.id}/versions`);
    expect(versions.json().items.map((v: { number: number; published: boolean }) => [v.number, v.published])).toEqual([[2, true], [1, false]]);
    const first = versions.json().items[1];
    const v1 = await t.call(editor, 'GET', `/api/editor/articles/${article.id}/versions/${first.id}`);
    expect(v1.json().body).not.toContain('en janvier');

    // An agent finds it by search and through the assistant.
    expect((await search(teacher, 'prime equipement informatique')).items[0]!.slug).toBe('prime-equipement-informatique');
    const answer = await ask(teacher, 'Quand est versée la prime d’équipement informatique ?');
    expect(answer.answered).toBe(true);
    expect(answer.passages[0]).toMatchObject({ slug: 'prime-equipement-informatique', text: expect.stringContaining('en janvier') });

    // A new draft leaves the published version online until it is published in turn.
    await t.call(editor, 'PUT', `/api/editor/articles/${article.id}`, draft({
      slug: 'prime-equipement-informatique', title: 'Prime informatique : brouillon en cours', body: 'Texte en cours de réécriture.',
    }));
    const online = await t.call(null, 'GET', '/api/articles/prime-equipement-informatique?academie=AMIENS');
    expect(online.json().title).toBe('La prime d’équipement informatique des enseignants');

    const archived = await t.call(secondEditor, 'POST', `/api/editor/articles/${article.id}/archive`);
    expect(archived.json().status).toBe('archived');
    expect((await t.call(null, 'GET', '/api/articles/prime-equipement-informatique?academie=AMIENS')).statusCode).toBe(404);
  });

  it('sends an article back to its author with a comment', async () => {
    const created = (await t.call(editor, 'POST', '/api/editor/articles', draft({ slug: 'renvoi-test' }))).json() as ArticleDetail;
    await t.call(editor, 'POST', `/api/editor/articles/${created.id}/submit`);
    const back = await t.call(secondEditor, 'POST', `/api/editor/articles/${created.id}/request-changes`, { comment: 'Précisez le calendrier.' });
    expect(back.json()).toMatchObject({ status: 'draft', reviews: [{ decision: 'changes_requested', comment: 'Précisez le calendrier.' }] });
    const publishDraft = await t.call(secondEditor, 'POST', `/api/editor/articles/${created.id}/publish`, {});
    expect(publishDraft.statusCode).toBe(422);
  });

  it('never lets a <script> or an event handler of the Markdown reach the HTML', async () => {
    const body = '# Titre\n\nTexte <script>alert(1)</script> et <img src="x" onerror="alert(2)"> puis [lien](javascript:alert(3)) '
      + 'et <a href="https://education.gouv.fr" onclick="alert(4)">site</a>.\n\n<iframe src="https://evil.example"></iframe>';
    const created = await t.call(editor, 'POST', '/api/editor/articles', draft({ slug: 'assainissement-test', body }));
    const html = (created.json() as ArticleDetail).bodyHtml;
    expect(html).not.toMatch(/<script|onerror|onclick|javascript:|<iframe/i);
    expect(html).toContain('<h2>Titre</h2>');
    expect(html).toContain('href="https://education.gouv.fr"');
    const preview = await t.call(editor, 'POST', '/api/editor/articles/preview', { body });
    expect(preview.json().html).toBe(html);
  });

  it('refuses a scheme without its facts, an unknown related article, and a slug already taken, in French', async () => {
    const scheme = await t.call(editor, 'POST', '/api/editor/articles', draft({ slug: 'dispositif-test', kind: 'scheme' }));
    expect(scheme.statusCode).toBe(400);
    expect(scheme.json().errors[0].field).toBe('scheme');
    const related = await t.call(editor, 'POST', '/api/editor/articles', draft({ slug: 'lien-test', relatedIds: ['7d9c0b5e-2f63-4c3e-9b8a-0d7f1a2b3c4d'] }));
    expect(related.statusCode).toBe(400);
    const taken = await t.call(editor, 'POST', '/api/editor/articles', draft({ slug: 'amiens-guide-carriere' }));
    expect(taken.statusCode).toBe(409);
    const badSlug = await t.call(editor, 'POST', '/api/editor/articles', draft({ slug: 'Pas Un Slug' }));
    expect(badSlug.statusCode).toBe(400);
  });

  it('lists the articles due for review (« À relire ») and keeps other académies’ drafts out of an editor’s list', async () => {
    const due = await t.call(editor, 'GET', '/api/editor/articles?due=true&limit=200');
    const items = due.json().items as Array<{ reviewDue: boolean; reviewDueOn: string }>;
    expect(items.length).toBeGreaterThan(0);
    expect(items.every((i) => i.reviewDue)).toBe(true);
    const others = await t.call(otherAcademieEditor, 'GET', '/api/editor/articles?scope=academie&limit=200');
    expect(others.json().items).toEqual([]);
  });

  it('shows editors and steering the most read articles, as counts', async () => {
    const stats = await t.call(await t.signInAs(DEMO.steeringAcademie), 'GET', '/api/editor/article-views');
    expect(stats.statusCode).toBe(200);
    expect(stats.json().total).toBeGreaterThan(0);
    expect(Object.keys(stats.json().items[0]).sort()).toEqual(['articleId', 'slug', 'title', 'views']);
    expect((await t.call(teacher, 'GET', '/api/editor/article-views')).statusCode).toBe(403);
  });
});

describe('the « mallette de l’accompagnement »', () => {
  it('lists, per situation, the schemes with who they are for, what they give and how to ask, and the actors of the académie', async () => {
    const response = await t.call(null, 'GET', '/api/mallette/AMIENS');
    expect(response.statusCode).toBe(200);
    const mallette = response.json();
    expect(mallette.academie).toEqual({ code: 'AMIENS', name: 'Amiens' });
    const difficulty = mallette.situations.find((s: { key: string }) => s.key === 'in_difficulty');
    expect(difficulty.title).toBe('Je suis en difficulté');
    expect(difficulty.schemes.length + difficulty.articles.length).toBeGreaterThan(0);
    expect(difficulty.contactPoints.length).toBeGreaterThan(0);
    const withFacts = mallette.situations.flatMap((s: { schemes: Array<{ scheme: unknown }> }) => s.schemes).filter((s: { scheme: unknown }) => s.scheme);
    expect(withFacts.length).toBeGreaterThan(5);
    expect((await t.call(null, 'GET', '/api/mallette/NULLEPART')).statusCode).toBe(404);
  });
});

describe('synonyms and « questions types »', () => {
  it('lets an editor add a synonym that the search uses at once', async () => {
    const before = await search(teacher, 'bidule');
    expect(before.items).toEqual([]);
    const created = await t.call(editor, 'POST', '/api/editor/synonyms', { term: 'bidule', synonyms: ['compte épargne-temps'] });
    expect(created.statusCode).toBe(201);
    const after = await search(adviser, 'bidule');
    expect(after.items.map((i) => i.slug)).toContain('compte-epargne-temps');
  });

  it('lets an editor map a phrasing to articles', async () => {
    const article = await t.db.selectFrom('articles').select('id').where('slug', '=', 'temps-partiel').executeTakeFirstOrThrow();
    const created = await t.call(editor, 'POST', '/api/editor/curated-questions', { question: 'Puis-je travailler moins pour garder mes enfants ?', articleIds: [article.id] });
    expect(created.statusCode).toBe(201);
    const answer = await ask(null, 'Puis-je travailler moins pour garder mes enfants ?');
    expect(answer.passages[0]).toMatchObject({ slug: 'temps-partiel', curated: true });
    const agent = await buildAgent(t.db, { departement: '80' });
    expect((await t.call(await t.signInAsPerson(agent.id), 'GET', '/api/editor/curated-questions')).statusCode).toBe(403);
  });
});
