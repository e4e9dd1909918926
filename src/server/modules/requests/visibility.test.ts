import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, DEMO, type TestApp } from '../../../../tests/support/test-app.ts';
import { findSessionUser } from '../../auth/session-store.ts';
import { can } from '../../policies/index.ts';
import { visibleTo } from './repository.ts';

let t: TestApp;
let ids: Record<string, string>;
let sensitiveId: string;

beforeAll(async () => {
  t = await createTestApp();
  const people = await t.db.selectFrom('persons').select(['id', 'email']).where('email', 'in', Object.values(DEMO)).execute();
  ids = Object.fromEntries(Object.entries(DEMO).map(([key, email]) => [key, people.find((p) => p.email === email)!.id]));
  const request = await t.db.selectFrom('requests').select('id').where('agent_id', '=', ids.agentSomme!).orderBy('created_at').executeTakeFirstOrThrow();
  await t.db.updateTable('requests').set({ sensitive: true, assignee_id: ids.adviserSomme!, description: 'Contenu de santé confidentiel' })
    .where('id', '=', request.id).execute();
  sensitiveId = request.id;
});
afterAll(async () => t?.close());

describe('who sees which request', () => {
  it('shows an agent only their own requests, without naming them as « agent »', async () => {
    const agent = await t.signInAs(DEMO.agentSomme);
    const page = (await t.call(agent, 'GET', '/api/requests?limit=200')).json();
    expect(page.items.length).toBeGreaterThan(0);
    const own = await t.db.selectFrom('requests').select('id').where('agent_id', '=', ids.agentSomme!).execute();
    expect(page.items.map((r: { id: string }) => r.id).sort()).toEqual(own.map((r) => r.id).sort());
    expect(page.items.every((r: { agent?: unknown }) => r.agent === undefined)).toBe(true);
  });

  it('answers 404 to an agent reading another agent’s request', async () => {
    const other = await t.signInAs(DEMO.agentOise);
    const response = await t.call(other, 'GET', `/api/requests/${sensitiveId}`);
    expect(response.statusCode).toBe(404);
    expect(response.body).not.toContain('confidentiel');
    // The agent's read is one statement with its read mark: nothing is written for a request not theirs.
    const marks = await t.db.selectFrom('request_reads').select('request_id')
      .where('request_id', '=', sensitiveId).where('person_id', '=', other.personId).execute();
    expect(marks).toEqual([]);
  });

  it('shows an adviser their assigned requests and the unassigned ones of their département only', async () => {
    const adviser = await t.signInAs(DEMO.adviserOise);
    const seen = (await t.call(adviser, 'GET', '/api/requests?limit=200')).json().items as Array<{ id: string; assignee: { id: string } | null }>;
    const rows = await t.db.selectFrom('requests').select(['id', 'assignee_id', 'departement_code']).where('id', 'in', seen.map((s) => s.id)).execute();
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) {
      expect(row.assignee_id === ids.adviserOise || (row.assignee_id === null && row.departement_code === '60')).toBe(true);
    }
    expect((await t.call(adviser, 'GET', `/api/requests/${sensitiveId}`)).statusCode).toBe(404);
  });

  it('gives the assigned adviser the content of a sensitive request', async () => {
    const adviser = await t.signInAs(DEMO.adviserSomme);
    const detail = (await t.call(adviser, 'GET', `/api/requests/${sensitiveId}`)).json();
    expect(detail.contentHidden).toBe(false);
    expect(detail.description).toBe('Contenu de santé confidentiel');
    expect(detail.agent.id).toBe(ids.agentSomme);
  });

  it('shows the coordinator a sensitive request not assigned to them without its content', async () => {
    const coordinator = await t.signInAs(DEMO.coordinator);
    const response = await t.call(coordinator, 'GET', `/api/requests/${sensitiveId}`);
    expect(response.statusCode).toBe(200);
    expect(response.json().contentHidden).toBe(true);
    expect(response.json().description).toBeUndefined();
    expect(response.body).not.toContain('Contenu de santé');
  });

  it('shows steering roles no request at all', async () => {
    for (const email of [DEMO.steeringNational, DEMO.steeringAcademie, DEMO.steeringSomme]) {
      const steering = await t.signInAs(email);
      expect((await t.call(steering, 'GET', '/api/requests')).statusCode).toBe(403);
      expect((await t.call(steering, 'GET', `/api/requests/${sensitiveId}`)).statusCode).toBe(403);
    }
  });

  it('writes an audit row for every staff read, and none for the agent’s own read', async () => {
    const count = async () => (await t.db.selectFrom('audit_log').select((eb) => eb.fn.countAll<number>().as('n'))
      .where('action', '=', 'request.read').where('target_id', '=', sensitiveId).executeTakeFirstOrThrow()).n;
    const before = await count();
    await t.call(await t.signInAs(DEMO.agentSomme), 'GET', `/api/requests/${sensitiveId}`);
    expect(await count()).toBe(before);
    await t.call(await t.signInAs(DEMO.adviserSomme), 'GET', `/api/requests/${sensitiveId}`);
    await t.call(await t.signInAs(DEMO.coordinator), 'GET', `/api/requests/${sensitiveId}`);
    expect(await count()).toBe(before + 2);
    const last = await t.db.selectFrom('audit_log').selectAll().where('target_id', '=', sensitiveId).orderBy('id', 'desc').executeTakeFirstOrThrow();
    expect(last).toMatchObject({ actor_id: ids.coordinator, actor_role: 'coordinator', academie_code: 'AMIENS', target_type: 'request' });
    expect(JSON.stringify(last.details)).not.toContain('confidentiel');
  });

  it('keeps the SQL scope and the policy function in step for every demo request and staff member', async () => {
    const requests = await t.db.selectFrom('requests').select(['id', 'agent_id', 'assignee_id', 'departement_code', 'academie_code', 'sensitive']).execute();
    for (const email of [DEMO.adviserSomme, DEMO.adviserOise, DEMO.coordinator, DEMO.agentSomme, DEMO.steeringAcademie]) {
      const caller = await t.signInAs(email);
      const token = decodeURIComponent(caller.cookie.split('=')[1]!);
      const user = (await findSessionUser(t.db, token, 60))!;
      const visible = new Set((await t.db.selectFrom('requests as r').select('r.id').where(visibleTo(user)).execute()).map((r) => r.id));
      for (const r of requests) {
        const allowed = can(user, 'request.read', {
          agentId: r.agent_id, assigneeId: r.assignee_id, departementCode: r.departement_code, academieCode: r.academie_code, sensitive: r.sensitive,
        });
        expect(visible.has(r.id), `${email} / ${r.id}`).toBe(allowed);
      }
    }
  });
});

describe('the audit log', () => {
  it('refuses any update or deletion, whatever the code asks', async () => {
    await expect(t.db.updateTable('audit_log').set({ action: 'forged' }).execute()).rejects.toThrow(/append-only/);
    await expect(t.db.deleteFrom('audit_log').execute()).rejects.toThrow(/append-only/);
    const forged = await t.db.selectFrom('audit_log').select('id').where('action', '=', 'forged').execute();
    expect(forged).toHaveLength(0);
  });
});
