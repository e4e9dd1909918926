import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, DEMO, type Caller, type TestApp } from '../../../../tests/support/test-app.ts';

/*
 * What the text fields of a request accept. A one-line field (the subject, the availabilities,
 * the search) refuses line breaks and control characters; a text (description, message, note,
 * closing summary, justification) keeps its line breaks and tabs and refuses the other control
 * characters. Both are refused by the schema, in French, before anything is written.
 */
let t: TestApp;
let agent: Caller;
beforeAll(async () => {
  t = await createTestApp();
  agent = await t.signInAs(DEMO.agentSomme);
});
afterAll(async () => t?.close());

const ONE_LINE = 'Ce champ tient sur une ligne, sans caractère de contrôle.';
const NO_CONTROL = 'Ce texte ne peut pas contenir de caractère de contrôle (seuls les retours à la ligne et les tabulations sont acceptés).';
const request = { topic: 'career_project', subject: 'Projet de mobilité', description: 'x', contactPreference: 'email' };
const countRequests = async () => (await t.db.selectFrom('requests').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n;

describe('a one-line field', () => {
  it('refuses a subject with a line break in French, and stores nothing', async () => {
    const before = await countRequests();
    const response = await t.call(agent, 'POST', '/api/requests', { ...request, subject: 'ligne1\r\nligne2' });
    expect(response.statusCode).toBe(400);
    expect(response.json().errors).toEqual([{ field: 'subject', message: ONE_LINE }]);
    expect(await countRequests()).toBe(before);
  });

  it('refuses a subject with a control character, a tab or a Unicode line separator', async () => {
    for (const subject of ['Objet\u0007 sonore', 'Objet\tavec tabulation', 'Objet\u2028coupé', 'Objet\u007f', 'Objet\u0085']) {
      const response = await t.call(agent, 'POST', '/api/requests', { ...request, subject });
      expect(response.statusCode, JSON.stringify(subject)).toBe(400);
      expect(response.json().errors).toEqual([{ field: 'subject', message: ONE_LINE }]);
    }
  });

  it('says a blank subject is empty', async () => {
    const response = await t.call(agent, 'POST', '/api/requests', { ...request, subject: '   ' });
    expect(response.statusCode).toBe(400);
    expect(response.json().errors).toEqual([{ field: 'subject', message: 'Ce champ ne peut pas être vide.' }]);
  });

  it('refuses availabilities on two lines, and a search with a control character', async () => {
    const availability = await t.call(agent, 'POST', '/api/requests', { ...request, contactAvailability: 'Mardi\nJeudi' });
    expect(availability.statusCode).toBe(400);
    expect(availability.json().errors).toEqual([{ field: 'contactAvailability', message: ONE_LINE }]);
    const search = await t.call(agent, 'GET', `/api/requests?q=${encodeURIComponent('Dupuis\u001b')}`);
    expect(search.statusCode).toBe(400);
    expect(search.json().errors).toEqual([{ field: 'q', message: ONE_LINE }]);
  });

  it('accepts accents, typographic signs and emoji', async () => {
    const subject = 'Mobilité « inter‑académique » — l’œuvre d’une vie ✨';
    const response = await t.call(agent, 'POST', '/api/requests', { ...request, subject, contactAvailability: 'Le mardi, après 16 h' });
    expect(response.statusCode).toBe(201);
    expect(response.json().subject).toBe(subject);
  });
});

describe('a text', () => {
  it('keeps line breaks and tabs in a description', async () => {
    const description = 'Première ligne\r\nDeuxième ligne\n\tavec un retrait';
    const response = await t.call(agent, 'POST', '/api/requests', { ...request, description });
    expect(response.statusCode).toBe(201);
    expect(response.json().description).toBe(description);
  });

  it('refuses other control characters in a description, a message, a note, a closing summary and a justification', async () => {
    const created = (await t.call(agent, 'POST', '/api/requests', request)).json() as { id: string };
    const description = await t.call(agent, 'POST', '/api/requests', { ...request, description: 'Bip\u0007' });
    expect(description.json().errors).toEqual([{ field: 'description', message: NO_CONTROL }]);
    const message = await t.call(agent, 'POST', `/api/requests/${created.id}/messages`, { body: 'Échappement\u001b[31m' });
    expect(message.json().errors).toEqual([{ field: 'body', message: NO_CONTROL }]);

    const coordinator = await t.signInAs(DEMO.coordinator);
    const note = await t.call(coordinator, 'POST', `/api/requests/${created.id}/notes`, { body: 'Note\u000b' });
    expect(note.json().errors).toEqual([{ field: 'body', message: NO_CONTROL }]);
    const close = await t.call(coordinator, 'POST', `/api/requests/${created.id}/close`, { responseType: 'information_individual', summary: 'Synthèse\u0008' });
    expect(close.json().errors).toEqual([{ field: 'summary', message: NO_CONTROL }]);
    const justification = await t.call(coordinator, 'POST', `/api/requests/${created.id}/break-glass`, { justification: 'Une justification assez longue\u0001' });
    expect(justification.json().errors).toEqual([{ field: 'justification', message: NO_CONTROL }]);
    for (const response of [description, message, note, close, justification]) expect(response.statusCode).toBe(400);
  });
});
