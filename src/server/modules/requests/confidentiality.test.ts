import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, DEMO, type Caller, type TestApp } from '../../../../tests/support/test-app.ts';
import { alertOverdueRequests } from './jobs.ts';

/*
 * The subject line of a sensitive request is part of its content: staff who may not read the
 * content see « <thème> — demande confidentielle » instead, in lists, searches and the detail.
 */
let t: TestApp;
let ids: Record<keyof typeof DEMO, string>;
/** A health request waiting in the Somme's shared queue (no adviser yet). */
let queued: { id: string; reference: string };
/** A career request the agent marked sensitive, assigned to Claire Vasseur. */
let assigned: { id: string; reference: string };

const QUEUED_SUBJECT = 'Épuisement professionnel Quarzite';
const ASSIGNED_SUBJECT = 'Reconversion Basalte après un arrêt';
const QUEUED_LABEL = 'Santé et qualité de vie au travail — demande confidentielle';
const ASSIGNED_LABEL = 'Accompagnement d’un projet professionnel — demande confidentielle';

async function submit(agent: Caller, body: Record<string, unknown>) {
  const response = await t.call(agent, 'POST', '/api/requests', { description: 'Contenu réservé', contactPreference: 'email', ...body });
  expect(response.statusCode).toBe(201);
  const { id, reference } = response.json() as { id: string; reference: string };
  return { id, reference };
}

beforeAll(async () => {
  t = await createTestApp();
  const people = await t.db.selectFrom('persons').select(['id', 'email']).where('email', 'in', Object.values(DEMO)).execute();
  ids = Object.fromEntries(Object.entries(DEMO).map(([key, email]) => [key, people.find((p) => p.email === email)!.id])) as typeof ids;
  const agent = await t.signInAs(DEMO.agentSomme);
  queued = await submit(agent, { topic: 'health_wellbeing', subject: QUEUED_SUBJECT });
  assigned = await submit(agent, { topic: 'career_project', subject: ASSIGNED_SUBJECT, sensitive: true });
  await t.db.updateTable('requests').set({ assignee_id: null }).where('id', '=', queued.id).execute();
  await t.db.updateTable('requests').set({ assignee_id: ids.adviserSomme }).where('id', '=', assigned.id).execute();
});
afterAll(async () => t?.close());

type Item = { id: string; subject: string };
const list = async (caller: Caller, query: string) => {
  const response = await t.call(caller, 'GET', `/api/requests?limit=200${query}`);
  expect(response.statusCode).toBe(200);
  return { items: response.json().items as Item[], body: response.body };
};
const subjectIn = (items: Item[], id: string) => items.find((i) => i.id === id)?.subject;

/** What `caller` is shown of the request `id`: in the list, in a search by the agent's name, on the detail page. */
async function shownTo(caller: Caller, id: string) {
  const all = await list(caller, '');
  const byName = await list(caller, '&q=Dupuis');
  const detail = await t.call(caller, 'GET', `/api/requests/${id}`);
  return {
    list: subjectIn(all.items, id), search: subjectIn(byName.items, id),
    detail: detail.statusCode === 200 ? (detail.json() as Item).subject : detail.statusCode,
    bodies: [all.body, byName.body, detail.body].join('\n'),
  };
}

describe('the subject of a sensitive request, for those who may not read its content', () => {
  it('shows the coordinator the topic and « demande confidentielle », never the subject', async () => {
    const coordinator = await t.signInAs(DEMO.coordinator);
    for (const [request, label, subject] of [[queued, QUEUED_LABEL, QUEUED_SUBJECT], [assigned, ASSIGNED_LABEL, ASSIGNED_SUBJECT]] as const) {
      const shown = await shownTo(coordinator, request.id);
      expect(shown).toMatchObject({ list: label, search: label, detail: label });
      expect(shown.bodies).not.toContain(subject);
    }
  });

  it('shows both advisers of the shared queue the neutral label of a sensitive request waiting there', async () => {
    for (const email of [DEMO.adviserSomme, DEMO.otherAdviserSomme]) {
      const adviser = await t.signInAs(email);
      const shown = await shownTo(adviser, queued.id);
      expect(shown).toMatchObject({ list: QUEUED_LABEL, search: QUEUED_LABEL, detail: QUEUED_LABEL });
      expect(shown.bodies).not.toContain(QUEUED_SUBJECT);
    }
  });

  it('shows the other adviser nothing of a sensitive request assigned to a colleague', async () => {
    const other = await t.signInAs(DEMO.otherAdviserSomme);
    const shown = await shownTo(other, assigned.id);
    expect(shown).toMatchObject({ list: undefined, search: undefined, detail: 404 });
    expect(shown.bodies).not.toContain(ASSIGNED_SUBJECT);
  });

  it('finds nothing when staff search for a word of a hidden subject', async () => {
    for (const email of [DEMO.coordinator, DEMO.adviserSomme, DEMO.otherAdviserSomme]) {
      const staff = await t.signInAs(email);
      for (const word of ['Quarzite', 'Basalte', 'Épuisement']) {
        const found = await list(staff, `&q=${encodeURIComponent(word)}`);
        expect(found.items.map((i) => i.id)).not.toContain(queued.id);
        expect(found.items.map((i) => i.id)).not.toContain(assigned.id);
        expect(found.body).not.toMatch(/Quarzite|Basalte/);
      }
    }
  });

  it('shows the coordinator the real subject once the request is shared with them', async () => {
    const coordinator = await t.signInAs(DEMO.coordinator);
    await t.db.insertInto('request_shares').values({ request_id: assigned.id, person_id: ids.coordinator, shared_by: ids.adviserSomme, reason: 'Avis du coordonnateur' }).execute();
    try {
      expect(await shownTo(coordinator, assigned.id)).toMatchObject({ list: ASSIGNED_SUBJECT, search: ASSIGNED_SUBJECT, detail: ASSIGNED_SUBJECT });
    } finally {
      await t.db.deleteFrom('request_shares').where('request_id', '=', assigned.id).where('person_id', '=', ids.coordinator).execute();
    }
  });
});

describe('the subject of a sensitive request, for those who may read it', () => {
  it('shows the assignee the real subject in the list, the search and the detail', async () => {
    const adviser = await t.signInAs(DEMO.adviserSomme);
    expect(await shownTo(adviser, assigned.id)).toMatchObject({ list: ASSIGNED_SUBJECT, search: ASSIGNED_SUBJECT, detail: ASSIGNED_SUBJECT });
  });

  it('shows the agent the real subject of their own requests', async () => {
    const agent = await t.signInAs(DEMO.agentSomme);
    for (const [request, subject] of [[queued, QUEUED_SUBJECT], [assigned, ASSIGNED_SUBJECT]] as const) {
      const all = await list(agent, '');
      expect(subjectIn(all.items, request.id)).toBe(subject);
      expect((await t.call(agent, 'GET', `/api/requests/${request.id}`)).json().subject).toBe(subject);
    }
  });

  it('gives a non-sensitive request its subject for every staff member who sees it', async () => {
    const agent = await t.signInAs(DEMO.agentSomme);
    const open = await submit(agent, { topic: 'training_project', subject: 'Préparer le concours Granite' });
    const coordinator = await t.signInAs(DEMO.coordinator);
    expect((await shownTo(coordinator, open.id)).detail).toBe('Préparer le concours Granite');
  });
});

describe('the mails about a sensitive request', () => {
  it('never carry its subject: acknowledgement, overdue alert to the coordinators, break-glass alert to the administrators', async () => {
    const coordinator = await t.signInAs(DEMO.coordinator);
    const opened = await t.call(coordinator, 'POST', `/api/requests/${queued.id}/break-glass`,
      { justification: 'Conseiller absent, situation urgente signalée par le chef d’établissement.' });
    expect(opened.statusCode).toBe(204);
    const due = await t.db.selectFrom('requests').select('first_response_due_at').where('id', '=', queued.id).executeTakeFirstOrThrow();
    await alertOverdueRequests(t.db, t.notifier, new Date(due.first_response_due_at!.getTime() + 1000));

    const mails = (await t.queuedMails()).filter((m) => m.data.reference === queued.reference || m.data.reference === assigned.reference);
    const templates = new Set(mails.map((m) => m.template));
    for (const template of ['request.acknowledged', 'request.overdue.coordinator', 'request.break_glass.admin']) expect(templates).toContain(template);
    expect(JSON.stringify(mails)).not.toMatch(/Quarzite|Basalte/);
  });
});
