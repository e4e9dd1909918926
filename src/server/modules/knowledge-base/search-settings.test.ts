import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, DEMO, type Caller, type TestApp } from '../../../../tests/support/test-app.ts';
import { buildStaff } from '../../../../tests/support/factories.ts';
import type { ArticleSearchResults, AssistantAnswer } from '../../../shared/contracts/knowledge-base.ts';
import type { CuratedQuestion, Synonym, Synonyms } from '../../../shared/contracts/knowledge-base-editor.ts';

let t: TestApp;
let editor: Caller;
let lilleEditor: Caller;

beforeAll(async () => {
  t = await createTestApp();
  editor = await t.signInAs(DEMO.editor);
  lilleEditor = await t.signInAsPerson((await buildStaff(t.db, { role: 'editor', territory: { level: 'academie', code: 'LILLE' } })).id);
});
afterAll(async () => t?.close());

const searchSlugs = async (q: string) =>
  ((await t.call(null, 'GET', `/api/articles?q=${encodeURIComponent(q)}&academie=AMIENS`)).json() as ArticleSearchResults).items.map((i) => i.slug);
const articleId = async (slug: string) => (await t.db.selectFrom('articles').select('id').where('slug', '=', slug).executeTakeFirstOrThrow()).id;

describe('editing synonyms and « questions types »', () => {
  it('lets an editor change their académie’s synonym: the search follows the new words, not the old ones', async () => {
    const created = (await t.call(editor, 'POST', '/api/editor/synonyms', { term: 'trucmuche', synonyms: ['temps partiel'] })).json() as Synonym;
    expect(created.abilities).toEqual({ edit: true, delete: true });
    expect(await searchSlugs('trucmuche')).toContain('temps-partiel');

    const edited = await t.call(editor, 'PUT', `/api/editor/synonyms/${created.id}`, { term: 'trucmuche', synonyms: ['disponibilité'] });
    expect(edited.statusCode).toBe(200);
    expect(edited.json()).toMatchObject({ id: created.id, term: 'trucmuche', synonyms: ['disponibilité'], academie: 'AMIENS' });
    const found = await searchSlugs('trucmuche');
    expect(found).toContain('disponibilite');
    expect(found).not.toContain('temps-partiel');
  });

  it('refuses a blank synonym in French, on its field', async () => {
    const created = (await t.call(editor, 'POST', '/api/editor/synonyms', { term: 'bazar', synonyms: ['mutation'] })).json() as Synonym;
    const refused = await t.call(editor, 'PUT', `/api/editor/synonyms/${created.id}`, { term: 'bazar', synonyms: ['  '] });
    expect(refused.statusCode).toBe(400);
    expect(refused.json().errors).toEqual([{ field: 'synonyms.0', message: 'Ce champ ne peut pas être vide.' }]);
  });

  it('shows an académie editor the national synonyms as not theirs to change, and refuses the change', async () => {
    const { items } = (await t.call(editor, 'GET', '/api/editor/synonyms')).json() as Synonyms;
    const national = items.find((s) => s.academie === null)!;
    expect(national.abilities).toEqual({ edit: false, delete: false });
    const refused = await t.call(editor, 'PUT', `/api/editor/synonyms/${national.id}`, { term: national.term, synonyms: ['autre chose'] });
    expect(refused.statusCode).toBe(403);
  });

  it('answers 404 to an editor of another académie changing this académie’s synonym or question', async () => {
    const synonym = (await t.call(editor, 'POST', '/api/editor/synonyms', { term: 'machinchose', synonyms: ['retraite'] })).json() as Synonym;
    expect((await t.call(lilleEditor, 'PUT', `/api/editor/synonyms/${synonym.id}`, { term: 'machinchose', synonyms: ['autre'] })).statusCode).toBe(404);
    const question = (await t.call(editor, 'POST', '/api/editor/curated-questions',
      { question: 'Comment partir plus tôt à la retraite ?', articleIds: [await articleId('temps-partiel')] })).json() as CuratedQuestion;
    expect((await t.call(lilleEditor, 'PUT', `/api/editor/curated-questions/${question.id}`,
      { question: 'Autre ?', articleIds: [await articleId('temps-partiel')] })).statusCode).toBe(404);
  });

  it('lets an editor change a « question type »: the assistant answers it with the new articles', async () => {
    const created = (await t.call(editor, 'POST', '/api/editor/curated-questions',
      { question: 'Puis-je m’arrêter de travailler quelques années ?', articleIds: [await articleId('temps-partiel')] })).json() as CuratedQuestion;
    const edited = await t.call(editor, 'PUT', `/api/editor/curated-questions/${created.id}`,
      { question: 'Puis-je m’arrêter de travailler quelques années ?', articleIds: [await articleId('disponibilite')] });
    expect(edited.statusCode).toBe(200);
    expect((edited.json() as CuratedQuestion).articles.map((a) => a.slug)).toEqual(['disponibilite']);
    const answer = (await t.call(null, 'POST', '/api/assistant', { question: 'Puis-je m’arrêter de travailler quelques années ?', academie: 'AMIENS' })).json() as AssistantAnswer;
    expect(answer.passages[0]).toMatchObject({ slug: 'disponibilite', curated: true });
  });
});
