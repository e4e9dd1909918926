import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, DEMO, type Caller, type TestApp } from '../../../../tests/support/test-app.ts';
import { AGENT_CATEGORIES } from '../../../shared/glossary.ts';
import { testMailbox } from './test-mailbox.ts';

let t: TestApp;
let national: Caller;
beforeAll(async () => {
  t = await createTestApp();
  national = await t.signInAs(DEMO.coordinatorNational);
});
afterAll(async () => t?.close());

const PERIOD = { from: '2015-01-01', to: '2030-12-31' };
const ANSWER = { heardFrom: 'colleague', reachEase: 4, overall: 8, listening: 5, clarity: 4, delay: 3, usefulness: 4, expectations: 'Des permanences le mercredi.' };

const membersOf = async (panelId: string) => (await t.db.selectFrom('survey_panel_members').select(['person_id', 'departement_code', 'category'])
  .where('panel_id', '=', panelId).orderBy('person_id').execute());

/** Distinct requesters of the period per (département, category): département and category of their latest request. */
async function available() {
  const rows = await t.db.selectFrom('requests as r').innerJoin('persons as p', 'p.id', 'r.agent_id')
    .select(['r.agent_id', 'r.departement_code', 'r.requester_category', 'p.category', 'r.created_at']).where('p.active', '=', true)
    .orderBy('r.created_at', 'desc').execute();
  const latest = new Map<string, { departement: string; category: string | null }>();
  for (const r of rows) if (!latest.has(r.agent_id)) latest.set(r.agent_id, { departement: r.departement_code, category: r.requester_category ?? r.category });
  const counts = new Map<string, number>();
  for (const { departement, category } of latest.values()) if (category) counts.set(`${departement}/${category}`, (counts.get(`${departement}/${category}`) ?? 0) + 1);
  return counts;
}

async function draw(body: Record<string, unknown>) {
  const response = await t.call(national, 'POST', '/api/panels', { ...PERIOD, ...body });
  expect(response.statusCode, response.body).toBe(201);
  return response.json();
}

describe('the draw of the national panel', () => {
  it('is reproducible from the seed, differs with another seed, and balances the four categories in each département', async () => {
    const a = await draw({ seed: 'panel-2026', perDepartement: 20 });
    const b = await draw({ seed: 'panel-2026', perDepartement: 20 });
    const c = await draw({ seed: 'autre-graine', perDepartement: 20 });
    expect(a.seed).toBe('panel-2026');
    expect(await membersOf(b.id)).toEqual(await membersOf(a.id));
    expect(await membersOf(c.id)).not.toEqual(await membersOf(a.id));
    expect(a.byDepartement).toEqual(b.byDepartement);

    const counts = await available();
    for (const departement of a.byDepartement as Array<{ departement: string; drawn: number; byCategory: Array<{ category: string; drawn: number }> }>) {
      const supply = AGENT_CATEGORIES.map((category) => counts.get(`${departement.departement}/${category}`) ?? 0);
      expect(departement.drawn).toBe(Math.min(20, supply.reduce((x, y) => x + y, 0)));
      const drawn = AGENT_CATEGORIES.map((category) => departement.byCategory.find((x) => x.category === category)!.drawn);
      // Balanced: a category gets fewer than another (by more than one) only when it has nobody left.
      for (let i = 0; i < 4; i += 1) {
        for (let j = 0; j < 4; j += 1) if (drawn[i]! < drawn[j]! - 1) expect(drawn[i]).toBe(supply[i]);
        expect(drawn[i]).toBeLessThanOrEqual(supply[i]!);
      }
    }
    expect(a.drawn).toBe((a.byDepartement as Array<{ drawn: number }>).reduce((sum, d) => sum + d.drawn, 0));
    expect(a.drawn).toBeGreaterThan(20);
  });

  it('generates a seed when none is given and keeps the default of 20 per département', async () => {
    const panel = await draw({});
    expect(panel.seed).toMatch(/^[0-9a-f]{12}$/);
    expect(panel.perDepartement).toBe(20);
    expect((panel.byDepartement as Array<{ drawn: number }>).every((d) => d.drawn <= 20)).toBe(true);
  });

  it('refuses a period that ends before it starts, a size out of bounds and unknown fields', async () => {
    for (const body of [{ from: '2026-05-02', to: '2026-05-01' }, { ...PERIOD, perDepartement: 3 }, { ...PERIOD, colour: 'bleu' }, { ...PERIOD, seed: 'a b' }]) {
      const response = await t.call(national, 'POST', '/api/panels', body);
      expect(response.statusCode).toBe(400);
      expect(response.json().errors.length).toBeGreaterThan(0);
    }
  });

  it('answers counts only, never a name or an e-mail address', async () => {
    const panel = await draw({ seed: 'sans-nom' });
    const detail = await t.call(national, 'GET', `/api/panels/${panel.id}`);
    const list = await t.call(national, 'GET', '/api/panels');
    for (const body of [JSON.stringify(panel), detail.body, list.body]) {
      expect(body).not.toMatch(/@|Dupuis|person/i);
    }
    expect(list.json().items.some((p: { id: string }) => p.id === panel.id)).toBe(true);
    expect((await t.call(national, 'GET', '/api/panels/00000000-0000-0000-0000-000000000000')).statusCode).toBe(404);
    expect((await t.call(national, 'GET', '/api/panels/nimporte')).statusCode).toBe(400);
  });

  it('is reserved to a coordinator at national level', async () => {
    for (const who of [DEMO.coordinator, DEMO.steeringNational, DEMO.admin, DEMO.agentSomme]) {
      const caller = await t.signInAs(who);
      expect((await t.call(caller, 'POST', '/api/panels', PERIOD)).statusCode).toBe(403);
      expect((await t.call(caller, 'GET', '/api/panels')).statusCode).toBe(403);
    }
  });
});

describe('sending the national questionnaire', () => {
  let panel: { id: string; drawn: number };
  let token = '';
  let mailbox: ReturnType<typeof testMailbox>;
  beforeAll(() => { mailbox = testMailbox(t.db, t.config.publicUrl); });

  it('sends one invitation per member, once (409 afterwards)', async () => {
    panel = await draw({ seed: 'envoi', perDepartement: 4 });
    const before = (await t.queuedMails()).filter((m) => m.template === 'panel.invitation').length;
    const sent = await t.call(national, 'POST', `/api/panels/${panel.id}/send`);
    expect(sent.statusCode).toBe(200);
    expect(sent.json()).toMatchObject({ drawn: panel.drawn, sent: panel.drawn, answered: 0, responseRate: 0 });
    const again = await t.call(national, 'POST', `/api/panels/${panel.id}/send`);
    expect(again.statusCode).toBe(409);
    const invitations = (await t.queuedMails()).filter((m) => m.template === 'panel.invitation');
    expect(invitations.length - before).toBe(panel.drawn);
    // The queue names the member, never a link: the link is minted when the mail leaves.
    expect(invitations[invitations.length - 1]!.data).toEqual({ secretLink: { kind: 'panel', id: expect.any(String) }, expiresAt: expect.any(String) });
    await mailbox.deliver();
    const links = mailbox.tokens('enquete-nationale');
    expect(links).toHaveLength(panel.drawn);
    expect(links[links.length - 1]!.mail.text).toMatch(new RegExp(`${t.config.publicUrl}/enquete-nationale/[A-Za-z0-9_-]{43}\\n`));
    token = links[links.length - 1]!.token;
    expect((await t.call(national, 'POST', '/api/panels/00000000-0000-0000-0000-000000000000/send')).statusCode).toBe(404);
  });

  it('lists the invitations in the outbox of each member’s académie, for its administrator, the link masked', async () => {
    const rows = await t.db.selectFrom('mail_outbox').select(['id', 'academie_code']).where('template', '=', 'panel.invitation').execute();
    expect(rows.length).toBeGreaterThanOrEqual(panel.drawn);
    expect(rows.filter((r) => r.academie_code === null)).toEqual([]);
    const admin = await t.signInAs(DEMO.admin);
    const listed = (await t.call(admin, 'GET', '/api/admin/outbox?limit=200')).json().items
      .filter((m: { template: string }) => m.template === 'panel.invitation');
    expect(listed).toHaveLength(rows.filter((r) => r.academie_code === 'AMIENS').length);
    expect(listed.length).toBeGreaterThan(0);
    const detail = (await t.call(admin, 'GET', `/api/admin/outbox/${listed[0].id}`)).json();
    expect(detail.textBody).toContain('Répondre à l’enquête : [lien personnel masqué]');
    expect(detail.textBody).not.toMatch(/enquete-nationale\/[A-Za-z0-9_-]{43}/);
  });

  it('takes one answer through the public link, then says it was already used', async () => {
    expect((await t.call(null, 'GET', `/api/panel-surveys/${token}`)).json()).toEqual({ status: 'open', expiresAt: expect.any(String) });
    const bad = await t.call(null, 'POST', `/api/panel-surveys/${token}`, { ...ANSWER, heardFrom: 'pigeon', reachEase: 0 });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().errors.map((e: { field: string }) => e.field)).toEqual(expect.arrayContaining(['heardFrom', 'reachEase']));
    expect((await t.call(null, 'POST', `/api/panel-surveys/${token}`, ANSWER)).statusCode).toBe(201);
    const second = await t.call(null, 'POST', `/api/panel-surveys/${token}`, ANSWER);
    expect(second.statusCode).toBe(409);
    expect(second.json().detail).toBe('Ce questionnaire a déjà été rempli. Merci !');
    expect((await t.call(null, 'GET', `/api/panel-surveys/${token}`)).json().status).toBe('answered');
    const detail = (await t.call(national, 'GET', `/api/panels/${panel.id}`)).json();
    expect(detail).toMatchObject({ answered: 1, responseRate: 1 / panel.drawn });
    const stored = await t.db.selectFrom('survey_panel_answers').selectAll().where('panel_id', '=', panel.id).executeTakeFirstOrThrow();
    expect(stored.answers).toMatchObject({ heardFrom: 'colleague', overall: 8, expectations: 'Des permanences le mercredi.' });
    // Stored apart from the person drawn: the answer row names no one.
    expect(Object.keys(stored).sort()).toEqual(['answers', 'category', 'departement_code', 'id', 'panel_id']);
  });

  it('answers 410 to an expired link and 404 to an unknown one', async () => {
    await t.db.updateTable('survey_panel_members').set({ expires_at: new Date(Date.now() - 1000) }).where('panel_id', '=', panel.id).where('answered_at', 'is', null).execute();
    const other = await t.db.selectFrom('survey_panel_members').select('id').where('panel_id', '=', panel.id).where('answered_at', 'is', null).executeTakeFirstOrThrow();
    expect(other).toBeTruthy();
    // The token of an unanswered member is only in its mail.
    const invitations = mailbox.tokens('enquete-nationale').map((x) => x.token);
    const statuses = await Promise.all(invitations.slice(-panel.drawn).map(async (tk) => (await t.call(null, 'GET', `/api/panel-surveys/${tk}`)).json().status));
    expect(statuses.filter((s) => s === 'expired')).toHaveLength(panel.drawn - 1);
    const expiredToken = invitations.slice(-panel.drawn)[statuses.indexOf('expired')]!;
    const response = await t.call(null, 'POST', `/api/panel-surveys/${expiredToken}`, ANSWER);
    expect(response.statusCode).toBe(410);
    expect(response.json().detail).toMatch(/expiré/);
    expect((await t.call(null, 'GET', `/api/panel-surveys/${'B'.repeat(43)}`)).statusCode).toBe(404);
  });
});
