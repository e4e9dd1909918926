import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ACADEMIES } from '../src/shared/territories.ts';
import { createTestApp, type TestApp } from './support/test-app.ts';
import { buildAgent, buildRequest, buildStaff } from './support/factories.ts';

/** What the factories promise, seen through the API as a person would see it. */

let t: TestApp;
beforeAll(async () => { t = await createTestApp(); });
afterAll(async () => t?.close());

const prefixOf = (academieCode: string) => ACADEMIES.find((a) => a.code === academieCode)!.referencePrefix;

describe('the factories', () => {
  it('make an agent outside the demo académie who signs in and submits a request to the adviser of their département', async () => {
    const agent = await buildAgent(t.db);
    expect(['02', '60', '80']).not.toContain(agent.departementCode);
    const adviser = await buildStaff(t.db, { role: 'adviser', territory: { level: 'departement', code: agent.departementCode! } });
    const caller = await t.signInAsPerson(agent.id);

    const session = (await t.call(caller, 'GET', '/api/auth/session')).json();
    expect(session.user).toEqual({ id: agent.id, displayName: agent.displayName, email: agent.email });
    expect(session.roles).toEqual([{ role: 'agent', territory: { level: 'departement', code: agent.departementCode } }]);

    const submitted = await t.call(caller, 'POST', '/api/requests',
      { topic: 'career_project', subject: 'Projet de mobilité', description: 'Je souhaite changer de poste.', contactPreference: 'email' });
    expect(submitted.statusCode).toBe(201);
    expect(submitted.json().reference).toMatch(new RegExp(`^${prefixOf(agent.academieCode!)}-\\d{4}-\\d{6}$`));
    expect(submitted.json().acknowledgement.handledBy).toBe(adviser.displayName);
  });

  it('make a request its agent, an adviser of its département and the académie’s coordinator read, and an agent elsewhere does not', async () => {
    const agent = await buildAgent(t.db, { departement: '80' });
    const adviser = await buildStaff(t.db, { role: 'adviser', territory: { level: 'departement', code: '80' } });
    const coordinator = await buildStaff(t.db, { role: 'coordinator', territory: { level: 'academie', code: 'AMIENS' } });
    const stranger = await buildAgent(t.db);
    const request = await buildRequest(t.db, { agent, assignee: adviser, topic: 'career_project' });

    const asAgent = await t.call(await t.signInAsPerson(agent.id), 'GET', `/api/requests/${request.id}`);
    expect(asAgent.statusCode).toBe(200);
    expect(asAgent.json()).toMatchObject({
      reference: request.reference, subject: request.subject, status: 'open', sensitive: false,
      firstResponseDueAt: request.firstResponseDueAt.toISOString(), assignee: { id: adviser.id, displayName: adviser.displayName },
    });
    expect(asAgent.json().timeline.map((item: { label: string }) => item.label))
      .toEqual(['Demande déposée', 'Accusé de réception envoyé', `Demande confiée à ${adviser.displayName}`]);
    const mine = (await t.call(await t.signInAsPerson(agent.id), 'GET', '/api/requests')).json();
    expect(mine.items.map((r: { id: string }) => r.id)).toEqual([request.id]);

    expect((await t.call(await t.signInAsPerson(adviser.id), 'GET', `/api/requests/${request.id}`)).statusCode).toBe(200);
    expect((await t.call(await t.signInAsPerson(coordinator.id), 'GET', `/api/requests/${request.id}`)).statusCode).toBe(200);
    expect((await t.call(await t.signInAsPerson(stranger.id), 'GET', `/api/requests/${request.id}`)).statusCode).toBe(404);
  });

  it('leave a request without assignee in its département’s queue, seen by the advisers there only', async () => {
    const agent = await buildAgent(t.db);
    const here = await buildStaff(t.db, { role: 'adviser', territory: { level: 'departement', code: agent.departementCode! } });
    const elsewhere = await buildStaff(t.db, { role: 'adviser', territory: { level: 'departement', code: '60' } });
    const request = await buildRequest(t.db, { agent });
    expect((await t.call(await t.signInAsPerson(here.id), 'GET', `/api/requests/${request.id}`)).json().assignee).toBeNull();
    expect((await t.call(await t.signInAsPerson(elsewhere.id), 'GET', `/api/requests/${request.id}`)).statusCode).toBe(404);
  });

  it('number a request in the académie’s sequence: the next submission takes the next reference', async () => {
    const agent = await buildAgent(t.db);
    const built = await buildRequest(t.db, { agent });
    const submitted = (await t.call(await t.signInAsPerson(agent.id), 'POST', '/api/requests',
      { topic: 'training_project', subject: 'Formation', description: 'Je souhaite me former.', contactPreference: 'phone' })).json();
    const number = (reference: string) => Number(reference.split('-').at(-1));
    expect(submitted.reference.slice(0, -6)).toBe(built.reference.slice(0, -6));
    expect(number(submitted.reference)).toBe(number(built.reference) + 1);
  });

  it('make a sensitive request whose content its adviser reads and the académie’s coordinator does not', async () => {
    const agent = await buildAgent(t.db, { departement: '80' });
    const adviser = await buildStaff(t.db, { role: 'adviser', territory: { level: 'departement', code: '80' } });
    const coordinator = await buildStaff(t.db, { role: 'coordinator', territory: { level: 'academie', code: 'AMIENS' } });
    const request = await buildRequest(t.db, { agent, assignee: adviser, sensitive: true });
    const asCoordinator = (await t.call(await t.signInAsPerson(coordinator.id), 'GET', `/api/requests/${request.id}`)).json();
    expect(asCoordinator).toMatchObject({ sensitive: true, contentHidden: true });
    expect(JSON.stringify(asCoordinator)).not.toContain(request.description);
    const asAdviser = (await t.call(await t.signInAsPerson(adviser.id), 'GET', `/api/requests/${request.id}`)).json();
    expect(asAdviser).toMatchObject({ contentHidden: false, description: request.description });
  });

  it('make a closed request that its agent may reopen, as a closed one can be', async () => {
    const agent = await buildAgent(t.db);
    const request = await buildRequest(t.db, { agent, status: 'closed', responseType: 'internal_referral' });
    const caller = await t.signInAsPerson(agent.id);
    expect((await t.call(caller, 'GET', `/api/requests/${request.id}`)).json()).toMatchObject({ status: 'closed', responseType: 'internal_referral' });
    expect((await t.call(caller, 'POST', `/api/requests/${request.id}/reopen`)).statusCode).toBe(204);
    expect((await t.call(caller, 'GET', `/api/requests/${request.id}`)).json().status).toBe('in_progress');
  });
});
