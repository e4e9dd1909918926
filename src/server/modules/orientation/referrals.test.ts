import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, DEMO, type Caller, type TestApp } from '../../../../tests/support/test-app.ts';
import { buildRequest } from '../../../../tests/support/factories.ts';
import { seedOrientationNetwork } from '../demo/orientation-network.ts';
import { alertOverdueReferrals, anonymiseReferralsOfAnonymisedRequests, referralKindsOf, referralMails } from './index.ts';
import { queuedMailSender } from '../../mail/jobs.ts';
import { isInterfacePath } from '../../../shared/interface-routes.ts';

let t: TestApp;
let ids: Record<'agent' | 'adviser' | 'otherAdviser' | 'contactPoint' | 'socialWorker', string>;
/** Contact points of the demo network, by name. */
let cp: Record<'mobility' | 'promotions' | 'socialSomme' | 'mgen' | 'advisersSomme', string>;
let adviser: Caller;
let cellMember: Caller;

const DESCRIPTION = 'Description confidentielle Obsidienne : situation familiale détaillée.';
const NOTE = 'Merci de recevoir Mme Dupuis pour sa demande de mutation.';

async function personId(email: string) {
  return (await t.db.selectFrom('persons').select('id').where('email', '=', email).executeTakeFirstOrThrow()).id;
}
async function contactPointId(name: string) {
  return (await t.db.selectFrom('contact_points').select('id').where('name', '=', name).executeTakeFirstOrThrow()).id;
}
/** A request of the Somme agent, assigned to the Somme adviser, in progress. */
async function request(options: { consentToShare?: boolean } = {}) {
  return buildRequest(t.db, { agent: { id: ids.agent }, assignee: { id: ids.adviser }, topic: 'career_project', status: 'in_progress',
    description: DESCRIPTION, subject: 'Mutation Améthyste', consentToShare: options.consentToShare ?? false });
}
async function orient(requestId: string, body: Record<string, unknown> = {}) {
  return t.call(adviser, 'POST', `/api/requests/${requestId}/referrals`, { contactPointId: cp.mobility, note: NOTE, shareDescription: false, ...body });
}

beforeAll(async () => {
  t = await createTestApp();
  await t.db.transaction().execute(async (trx) => { await seedOrientationNetwork(trx); });
  ids = {
    agent: await personId(DEMO.agentSomme), adviser: await personId(DEMO.adviserSomme), otherAdviser: await personId(DEMO.otherAdviserSomme),
    contactPoint: await personId(DEMO.contactPoint), socialWorker: await personId('sandrine.poulain@ac-amiens.fr'),
  };
  cp = {
    mobility: await contactPointId('Cellule mobilité'), promotions: await contactPointId('Cellule promotions'),
    socialSomme: await contactPointId('Service social des personnels de la Somme'),
    mgen: await contactPointId('Réseau PAS de la MGEN (Prévention, aide et suivi)'),
    advisersSomme: await contactPointId('Conseillers RH de proximité de la Somme'),
  };
  adviser = await t.signInAs(DEMO.adviserSomme);
  cellMember = await t.signInAs(DEMO.contactPoint);
});
afterAll(async () => t?.close());

describe('orienting a request', () => {
  it('sends it to the mobility cell: 201 with the published shape, a notice to each member without the request’s content', async () => {
    const r = await request();
    const response = await orient(r.id, { expectedBy: '2099-01-15' });
    expect(response.statusCode).toBe(201);
    const created = response.json();
    expect(created).toMatchObject({ status: 'sent', contactPoint: { id: cp.mobility, name: 'Cellule mobilité', kind: 'cell' }, expectedBy: '2099-01-15' });
    expect(Object.keys(created)).toEqual(expect.arrayContaining(['id', 'status', 'contactPoint', 'createdAt', 'expectedBy']));

    const mails = (await t.queuedMails()).filter((m) => m.template === 'referral.received' && m.data.reference === r.reference);
    expect(mails.map((m) => m.to).sort()).toEqual(['francois.demarcy@ac-amiens.fr', DEMO.contactPoint]);
    // The link leads to a page of the interface (an unknown address is a 404 page).
    for (const m of mails) expect(isInterfacePath(new URL(String(m.data.link)).pathname), String(m.data.link)).toBe(true);
    const text = JSON.stringify(mails);
    expect(text).not.toContain('Obsidienne');
    expect(text).not.toContain('Améthyste');
    expect(text).not.toContain('mutation');

    // Every member of the cell finds it in « Orientations reçues ».
    const received = await t.call(cellMember, 'GET', '/api/referrals');
    expect(received.statusCode).toBe(200);
    expect(received.json().items.find((i: { id: string }) => i.id === created.id)).toMatchObject({
      status: 'sent', request: { reference: r.reference, topic: 'career_project' }, contactPoint: { name: 'Cellule mobilité' },
    });
    const colleague = await t.signInAsPerson(await personId('francois.demarcy@ac-amiens.fr'));
    expect((await t.call(colleague, 'GET', `/api/referrals/${created.id}`)).statusCode).toBe(200);
  });

  it('is refused towards a contact point with no member, in French', async () => {
    const coordinator = await t.signInAs(DEMO.coordinator);
    const empty = (await t.call(coordinator, 'POST', '/api/contact-points', {
      kind: 'cell', name: 'Cellule encore vide', academieCode: 'AMIENS', topics: [], categories: [], territories: [{ level: 'academie', code: 'AMIENS' }],
    })).json();
    const response = await orient((await request()).id, { contactPointId: empty.id });
    expect(response.statusCode).toBe(422);
    expect(response.json().detail).toMatch(/aucun membre/);
    // Nor to the advisers' own entry: a colleague gets the request by assignment.
    expect((await orient((await request()).id, { contactPointId: cp.advisersSomme })).statusCode).toBe(422);
  });

  it('is for those who handle the request: another adviser cannot, a contact point cannot', async () => {
    const r = await request();
    const other = await t.signInAs(DEMO.otherAdviserSomme);
    // The request is assigned: another adviser of the Somme does not see it.
    expect((await t.call(other, 'POST', `/api/requests/${r.id}/referrals`, { contactPointId: cp.mobility, note: NOTE, shareDescription: false })).statusCode).toBe(404);
    expect((await t.call(cellMember, 'POST', `/api/requests/${r.id}/referrals`, { contactPointId: cp.mobility, note: NOTE, shareDescription: false })).statusCode).toBe(403);
    expect((await orient(r.id, { expectedBy: '2020-01-01' })).statusCode).toBe(400);
  });

  it('records an external orientation with the partner and the reason, and sends nothing out', async () => {
    const r = await request({ consentToShare: true });
    const response = await orient(r.id, { contactPointId: cp.mgen, note: 'Accompagnement psychologique proposé par le réseau PAS.', shareDescription: true });
    expect(response.statusCode).toBe(201);
    expect(response.json()).toMatchObject({ kind: 'external_referral', descriptionShared: false, contactPoint: { name: expect.stringContaining('MGEN') } });
    expect((await t.queuedMails()).filter((m) => m.data.reference === r.reference)).toEqual([]);
  });
});

describe('what the target sees', () => {
  it('a contact point gets 404 on the request and on another target’s referral', async () => {
    const r = await request();
    const toCell = (await orient(r.id)).json();
    const toSocial = (await orient(r.id, { contactPointId: cp.socialSomme })).json();
    expect((await t.call(cellMember, 'GET', `/api/referrals/${toCell.id}`)).statusCode).toBe(200);
    // The request itself: never, though they received a referral of it.
    expect((await t.call(cellMember, 'GET', `/api/requests/${r.id}`)).statusCode).toBe(404);
    expect((await t.call(cellMember, 'GET', `/api/requests/${r.id}/referrals`)).statusCode).toBe(404);
    // The social service's referral of the same request: unknown to the mobility cell, and the other way round.
    const other = await t.call(cellMember, 'GET', `/api/referrals/${toSocial.id}`);
    expect(other.statusCode).toBe(404);
    expect(other.body).not.toContain(r.reference);
    expect((await t.call(cellMember, 'POST', `/api/referrals/${toSocial.id}/accept`)).statusCode).toBe(404);
    const socialWorker = await t.signInAs('sandrine.poulain@ac-amiens.fr');
    expect((await t.call(socialWorker, 'GET', `/api/referrals/${toCell.id}`)).statusCode).toBe(404);
    expect((await t.call(socialWorker, 'GET', `/api/referrals/${toSocial.id}`)).statusCode).toBe(200);
  });

  it('consent off keeps the description out of the API answer and the mail', async () => {
    const r = await request({ consentToShare: false });
    // The adviser would share it, but the agent did not consent.
    const created = (await orient(r.id, { shareDescription: true })).json();
    expect(created.descriptionShared).toBe(false);
    const read = await t.call(cellMember, 'GET', `/api/referrals/${created.id}`);
    expect(read.statusCode).toBe(200);
    expect(read.json()).toMatchObject({ note: NOTE, descriptionShared: false, request: { reference: r.reference, topic: 'career_project' } });
    expect(read.json().request.description).toBeUndefined();
    expect(read.body).not.toContain('Obsidienne');
    expect(read.body).not.toContain('Améthyste');
    const mails = (await t.queuedMails()).filter((m) => m.data.reference === r.reference);
    expect(mails.length).toBeGreaterThan(0);
    expect(JSON.stringify(mails)).not.toContain('Obsidienne');

    // The agent sees that staff asked, and consents from their request page: the description is then shared.
    const agent = await t.signInAs(DEMO.agentSomme);
    const mine = (await t.call(agent, 'GET', `/api/requests/${r.id}/referrals`)).json();
    expect(mine.items[0]).toMatchObject({ contactPoint: { name: 'Cellule mobilité', email: 'cellule-mobilite@ac-amiens.fr' }, shareDescriptionAsked: true,
      descriptionShared: false, abilities: { consent: true, revoke: false } });
    expect((await t.call(adviser, 'POST', `/api/requests/${r.id}/referrals/${created.id}/consent`)).statusCode).toBe(403);
    expect((await t.call(agent, 'POST', `/api/requests/${r.id}/referrals/${created.id}/consent`)).statusCode).toBe(204);
    const after = (await t.call(cellMember, 'GET', `/api/referrals/${created.id}`)).json();
    expect(after).toMatchObject({ descriptionShared: true, request: { description: DESCRIPTION } });
  });

  it('shares the description at once when asked and the agent consented at submission; never when not asked', async () => {
    const r = await request({ consentToShare: true });
    const shared = (await orient(r.id, { shareDescription: true })).json();
    expect((await t.call(cellMember, 'GET', `/api/referrals/${shared.id}`)).json().request.description).toBe(DESCRIPTION);
    const notAsked = (await orient(r.id, { contactPointId: cp.promotions, shareDescription: false })).json();
    const colleague = await t.signInAsPerson(await personId('francois.demarcy@ac-amiens.fr'));
    expect((await t.call(colleague, 'GET', `/api/referrals/${notAsked.id}`)).json().request.description).toBeUndefined();
  });

  it('each read is audited as a read of the request and appears in « Qui a consulté ma demande »', async () => {
    const r = await request();
    const created = (await orient(r.id)).json();
    await t.call(cellMember, 'GET', `/api/referrals/${created.id}`);
    const agent = await t.signInAs(DEMO.agentSomme);
    const readers = (await t.call(agent, 'GET', `/api/requests/${r.id}/readers`)).json();
    expect(readers).toEqual(expect.arrayContaining([expect.objectContaining({ readerName: 'Olivier Delattre', breakGlass: false })]));
  });

  it('revocation ends the access at once', async () => {
    const r = await request();
    const created = (await orient(r.id)).json();
    expect((await t.call(cellMember, 'GET', `/api/referrals/${created.id}`)).statusCode).toBe(200);
    // Only staff of the request withdraw it.
    expect((await t.call(cellMember, 'POST', `/api/referrals/${created.id}/revoke`)).statusCode).toBe(403);
    expect((await t.call(adviser, 'POST', `/api/referrals/${created.id}/revoke`)).statusCode).toBe(204);
    expect((await t.call(cellMember, 'GET', `/api/referrals/${created.id}`)).statusCode).toBe(404);
    expect((await t.call(cellMember, 'POST', `/api/referrals/${created.id}/accept`)).statusCode).toBe(404);
    const list = (await t.call(cellMember, 'GET', '/api/referrals?limit=200')).json();
    expect(list.items.map((i: { id: string }) => i.id)).not.toContain(created.id);
    expect((await t.call(adviser, 'POST', `/api/referrals/${created.id}/revoke`)).statusCode).toBe(422);
  });
});

describe('the target’s answer', () => {
  it('accepts, then records the outcome; the adviser is told and sees it, the agent sees the outcome without its summary', async () => {
    const r = await request();
    const created = (await orient(r.id)).json();
    expect((await t.call(cellMember, 'POST', `/api/referrals/${created.id}/accept`)).statusCode).toBe(204);
    expect((await t.call(cellMember, 'POST', `/api/referrals/${created.id}/accept`)).statusCode).toBe(422);
    const outcome = await t.call(cellMember, 'POST', `/api/referrals/${created.id}/outcome`, { outcome: 'resolved', summary: 'Mutation Onyx obtenue.' });
    expect(outcome.statusCode).toBe(204);
    const detail = (await t.call(cellMember, 'GET', `/api/referrals/${created.id}`)).json();
    expect(detail).toMatchObject({ status: 'answered', outcome: { outcome: 'resolved', summary: 'Mutation Onyx obtenue.' },
      abilities: { accept: false, decline: false, recordOutcome: false } });

    const staffView = (await t.call(adviser, 'GET', `/api/requests/${r.id}/referrals`)).json();
    expect(staffView.items[0]).toMatchObject({ status: 'answered', outcome: { outcome: 'resolved', summary: 'Mutation Onyx obtenue.' }, abilities: { revoke: true } });
    const agentView = await t.call(await t.signInAs(DEMO.agentSomme), 'GET', `/api/requests/${r.id}/referrals`);
    expect(agentView.json().items[0].outcome).toMatchObject({ outcome: 'resolved' });
    expect(agentView.body).not.toContain('Onyx');

    const told = (await t.queuedMails()).filter((m) => m.template === 'referral.answered' && m.data.reference === r.reference);
    expect(told.map((m) => m.to)).toEqual([DEMO.adviserSomme, DEMO.adviserSomme]);
    expect(JSON.stringify(told)).not.toContain('Onyx');

    // Each step is in the request's timeline, the agent's and the adviser's, without the note or the summary.
    const labels = (detail: { timeline: Array<{ kind: string; label: string }> }) =>
      detail.timeline.filter((item) => item.kind.startsWith('referral_')).map((item) => item.label);
    const steps = ['Orientée vers Cellule mobilité', 'Orientation acceptée par Cellule mobilité',
      'Suite donnée par Cellule mobilité : situation prise en charge et résolue'];
    const agentRequest = await t.call(await t.signInAs(DEMO.agentSomme), 'GET', `/api/requests/${r.id}`);
    expect(labels(agentRequest.json())).toEqual(steps);
    expect(agentRequest.body).not.toContain('Onyx');
    expect(agentRequest.body).not.toContain('Merci de recevoir');
    expect(labels((await t.call(adviser, 'GET', `/api/requests/${r.id}`)).json())).toEqual(steps);
  });

  it('declines with a reason, which the adviser reads and the agent does not', async () => {
    const r = await request();
    const created = (await orient(r.id)).json();
    expect((await t.call(cellMember, 'POST', `/api/referrals/${created.id}/decline`, { reason: '' })).statusCode).toBe(400);
    expect((await t.call(cellMember, 'POST', `/api/referrals/${created.id}/decline`, { reason: 'Relève de la cellule Jaspe.' })).statusCode).toBe(204);
    expect((await t.call(adviser, 'GET', `/api/requests/${r.id}/referrals`)).json().items[0]).toMatchObject({ status: 'declined', declineReason: 'Relève de la cellule Jaspe.' });
    expect((await t.call(await t.signInAs(DEMO.agentSomme), 'GET', `/api/requests/${r.id}/referrals`)).body).not.toContain('Jaspe');
  });
});

describe('the exchange between the target and the adviser', () => {
  it('the target writes to the adviser and the adviser answers; each is told without the text; the agent never sees it', async () => {
    const r = await request();
    const created = (await orient(r.id)).json();
    const written = await t.call(cellMember, 'POST', `/api/referrals/${created.id}/messages`, { body: 'Rendez-vous Grenat fixé au 12.' });
    expect(written.statusCode).toBe(201);
    const answer = await t.call(adviser, 'POST', `/api/requests/${r.id}/referrals/${created.id}/messages`, { body: 'Merci, pensez au dossier Saphir.' });
    expect(answer.statusCode).toBe(201);

    const detail = (await t.call(cellMember, 'GET', `/api/referrals/${created.id}`)).json();
    expect(detail.messages.map((m: { body: string; fromTarget: boolean }) => [m.fromTarget, m.body])).toEqual([
      [true, 'Rendez-vous Grenat fixé au 12.'], [false, 'Merci, pensez au dossier Saphir.'],
    ]);
    const staffView = (await t.call(adviser, 'GET', `/api/requests/${r.id}/referrals`)).json();
    expect(staffView.items[0].messages).toHaveLength(2);
    expect(staffView.items[0].abilities.write).toBe(true);
    const agentView = await t.call(await t.signInAs(DEMO.agentSomme), 'GET', `/api/requests/${r.id}/referrals`);
    expect(agentView.body).not.toMatch(/Grenat|Saphir/);

    const mails = (await t.queuedMails()).filter((m) => m.data.reference === r.reference);
    expect(mails.filter((m) => m.template === 'referral.answered').map((m) => m.to)).toEqual([DEMO.adviserSomme]);
    expect(mails.filter((m) => m.template === 'referral.message').map((m) => m.to).sort()).toEqual(['francois.demarcy@ac-amiens.fr', DEMO.contactPoint]);
    expect(JSON.stringify(mails)).not.toMatch(/Grenat|Saphir/);
  });
});

describe('closing a request as an orientation', () => {
  const close = (requestId: string, responseType: string) =>
    t.call(adviser, 'POST', `/api/requests/${requestId}/close`, { responseType, summary: 'Orientation faite.' });

  it('needs a referral of that kind: refused in French on the « Type de réponse » field, the request stays open', async () => {
    const r = await request();
    const refused = await close(r.id, 'internal_referral');
    expect(refused.statusCode).toBe(400);
    expect(refused.json().errors).toEqual([{ field: 'responseType', message: expect.stringContaining('orientez d’abord la demande') }]);
    expect((await t.db.selectFrom('requests').select('status').where('id', '=', r.id).executeTakeFirstOrThrow()).status).toBe('in_progress');

    await orient(r.id, { contactPointId: cp.mgen });
    expect((await close(r.id, 'internal_referral')).statusCode).toBe(400);
    expect((await close(r.id, 'external_referral')).statusCode).toBe(204);
  });

  it('a withdrawn or declined referral does not count; other response types need none', async () => {
    const r = await request();
    const internal = (await orient(r.id)).json();
    await t.call(adviser, 'POST', `/api/referrals/${internal.id}/revoke`);
    expect((await close(r.id, 'internal_referral')).statusCode).toBe(400);
    const again = (await orient(r.id)).json();
    await t.call(cellMember, 'POST', `/api/referrals/${again.id}/decline`, { reason: 'Hors de notre champ.' });
    expect((await close(r.id, 'internal_referral')).statusCode).toBe(400);
    expect((await close(r.id, 'information_individual')).statusCode).toBe(204);
  });

  it('the helper returns the kinds of referral that count (not withdrawn, not declined)', async () => {
    const r = await request();
    expect(await referralKindsOf(t.db, r.id)).toEqual([]);
    const internal = (await orient(r.id)).json();
    expect(await referralKindsOf(t.db, r.id)).toEqual(['internal_referral']);
    await orient(r.id, { contactPointId: cp.mgen });
    expect(await referralKindsOf(t.db, r.id)).toEqual(['external_referral', 'internal_referral']);
    await t.call(adviser, 'POST', `/api/referrals/${internal.id}/revoke`);
    expect(await referralKindsOf(t.db, r.id)).toEqual(['external_referral']);
  });
});

describe('the overdue referral', () => {
  it('is flagged once to the adviser and the coordinator, even with two instances racing', async () => {
    const r = await request();
    const created = (await orient(r.id, { expectedBy: '2099-03-02' })).json();
    const mails = referralMails({ config: t.config, mail: queuedMailSender(t.jobs) });
    const overdue = async () => (await t.queuedMails()).filter((m) => m.template === 'referral.overdue' && m.data.reference === r.reference);
    await alertOverdueReferrals(t.db, mails, new Date('2099-03-02T12:00:00Z'));
    expect(await overdue()).toEqual([]);
    const after = new Date('2099-03-03T08:00:00Z');
    await Promise.all([alertOverdueReferrals(t.db, mails, after), alertOverdueReferrals(t.db, mails, after)]);
    await alertOverdueReferrals(t.db, mails, new Date('2099-03-10T08:00:00Z'));
    expect((await overdue()).map((m) => m.to).sort()).toEqual([DEMO.adviserSomme, DEMO.coordinator].sort());
    // The adviser's timeline says so; the agent's does not.
    const kinds = async (caller: Caller) => ((await t.call(caller, 'GET', `/api/requests/${r.id}`)).json().timeline as Array<{ kind: string }>).map((s) => s.kind);
    expect(await kinds(adviser)).toContain('referral_overdue_alerted');
    expect(await kinds(await t.signInAs(DEMO.agentSomme))).not.toContain('referral_overdue_alerted');
    expect((await t.call(cellMember, 'GET', `/api/referrals/${created.id}`)).statusCode).toBe(200);
  });
});

describe('retention', () => {
  it('removes the free text of the referrals of an anonymised request, keeping what the reports count', async () => {
    const r = await request();
    const created = (await orient(r.id)).json();
    await t.call(cellMember, 'POST', `/api/referrals/${created.id}/messages`, { body: 'Texte Tourmaline.' });
    await t.call(cellMember, 'POST', `/api/referrals/${created.id}/outcome`, { outcome: 'resolved', summary: 'Résumé Tourmaline.' });
    expect(await anonymiseReferralsOfAnonymisedRequests(t.db)).toBe(0);
    await t.db.updateTable('requests').set({ anonymised_at: new Date(), description: null }).where('id', '=', r.id).execute();
    expect(await anonymiseReferralsOfAnonymisedRequests(t.db)).toBe(1);
    const row = await t.db.selectFrom('referrals').selectAll().where('id', '=', created.id).executeTakeFirstOrThrow();
    expect(row).toMatchObject({ note: null, outcome_summary: null, outcome: 'resolved', status: 'answered' });
    const messages = await t.db.selectFrom('referral_messages').select('body').where('referral_id', '=', created.id).execute();
    expect(messages).toEqual([{ body: null }]);
  });
});
