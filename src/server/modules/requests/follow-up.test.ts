import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, DEMO, type Caller, type TestApp } from '../../../../tests/support/test-app.ts';
import { REOPEN_REASON_MAX } from '../../../shared/contracts/limits.ts';

/*
 * What an agent and their adviser follow of a request after it was made: reopening with a
 * reason (told to the adviser, by mail without it), who read it (one line per person and day),
 * and « du nouveau » (the counter and the list it leads to say the same).
 */
let t: TestApp;
beforeAll(async () => { t = await createTestApp(); });
afterAll(async () => t?.close());

const newRequest = {
  topic: 'career_project', subject: 'Projet de détachement', description: 'Je souhaite rejoindre une autre administration.',
  contactPreference: 'email',
};

async function submitAs(agent: Caller) {
  const created = (await t.call(agent, 'POST', '/api/requests', newRequest)).json();
  return created as { id: string; reference: string; assignee: { id: string; displayName: string } };
}

async function emailOf(personId: string) {
  return (await t.db.selectFrom('persons').select('email').where('id', '=', personId).executeTakeFirstOrThrow()).email;
}

describe('reopening a request', () => {
  it('takes the agent’s reason, shows it to the adviser in the timeline, and mails the adviser without it', async () => {
    const agent = await t.signInAs(DEMO.agentSomme);
    const created = await submitAs(agent);
    const adviserEmail = await emailOf(created.assignee.id);
    const adviser = await t.signInAs(adviserEmail);
    expect((await t.call(adviser, 'POST', `/api/requests/${created.id}/close`, { responseType: 'information_individual', summary: 'Réponse apportée.' })).statusCode).toBe(204);

    const reason = 'La réponse ne couvre pas mon détachement Obsidienne vers la fonction publique territoriale.';
    expect((await t.call(agent, 'POST', `/api/requests/${created.id}/reopen`, { reason })).statusCode).toBe(204);

    const seen = (await t.call(adviser, 'GET', `/api/requests/${created.id}`)).json();
    expect(seen.status).toBe('in_progress');
    const labels = seen.timeline.map((i: { label: string; body?: string }) => [i.label, i.body ?? null]);
    expect(labels).toContainEqual(['Demande rouverte', null]);
    expect(labels).toContainEqual(['Motif de la réouverture', reason]);

    const mails = (await t.queuedMails()).filter((m) => m.template === 'request.reopened.staff' && m.data.reference === created.reference);
    expect(mails).toHaveLength(1);
    expect(mails[0]).toMatchObject({ to: adviserEmail, data: { reopenedBy: 'agent' } });
    expect(mails[0]!.data.link).toMatch(new RegExp(`/demandes/${created.id}$`));
    expect(JSON.stringify(mails)).not.toContain('Obsidienne');
    expect(JSON.stringify(mails)).not.toContain(newRequest.subject);
  });

  it('still reopens without a reason (the body is optional), and mails the adviser', async () => {
    const agent = await t.signInAs(DEMO.agentOise);
    const created = await submitAs(agent);
    const adviser = await t.signInAs(await emailOf(created.assignee.id));
    await t.call(adviser, 'POST', `/api/requests/${created.id}/close`, { responseType: 'information_individual', summary: 'Fin.' });
    expect((await t.call(agent, 'POST', `/api/requests/${created.id}/reopen`)).statusCode).toBe(204);
    const timeline = (await t.call(agent, 'GET', `/api/requests/${created.id}`)).json().timeline as Array<{ label: string }>;
    expect(timeline.map((i) => i.label)).not.toContain('Motif de la réouverture');
    expect((await t.queuedMails()).filter((m) => m.template === 'request.reopened.staff' && m.data.reference === created.reference)).toHaveLength(1);
  });

  it('refuses a reason over the limit with a French field error, and changes nothing', async () => {
    const agent = await t.signInAs(DEMO.agentSomme);
    const created = await submitAs(agent);
    const adviser = await t.signInAs(await emailOf(created.assignee.id));
    await t.call(adviser, 'POST', `/api/requests/${created.id}/close`, { responseType: 'information_individual', summary: 'Fin.' });
    const response = await t.call(agent, 'POST', `/api/requests/${created.id}/reopen`, { reason: 'x'.repeat(REOPEN_REASON_MAX + 1) });
    expect(response.statusCode).toBe(400);
    expect(response.json().errors[0].field).toBe('reason');
    expect((await t.call(agent, 'GET', `/api/requests/${created.id}`)).json().status).toBe('closed');
  });

  it('keeps a staff member’s reason as an internal note the agent never reads, and does not mail the one who reopened', async () => {
    const agent = await t.signInAs(DEMO.agentSomme);
    const created = await submitAs(agent);
    const adviser = await t.signInAs(await emailOf(created.assignee.id));
    await t.call(adviser, 'POST', `/api/requests/${created.id}/close`, { responseType: 'information_individual', summary: 'Fin.' });
    const reason = 'Clôture par erreur Malachite';
    expect((await t.call(adviser, 'POST', `/api/requests/${created.id}/reopen`, { reason })).statusCode).toBe(204);
    const forStaff = (await t.call(adviser, 'GET', `/api/requests/${created.id}`)).json();
    expect(forStaff.timeline).toContainEqual(expect.objectContaining({ kind: 'note', label: 'Motif de la réouverture', body: reason }));
    expect(JSON.stringify((await t.call(agent, 'GET', `/api/requests/${created.id}`)).json())).not.toContain('Malachite');
    expect((await t.queuedMails()).filter((m) => m.template === 'request.reopened.staff' && m.data.reference === created.reference)).toEqual([]);
  });
});

describe('« Qui a consulté ma demande »', () => {
  it('shows an adviser who opened the request five times in a day as one line with five consultations', async () => {
    const agent = await t.signInAs(DEMO.agentSomme);
    const created = await submitAs(agent);
    const adviser = await t.signInAs(await emailOf(created.assignee.id));
    for (let i = 0; i < 5; i += 1) expect((await t.call(adviser, 'GET', `/api/requests/${created.id}`)).statusCode).toBe(200);
    const readers = (await t.call(agent, 'GET', `/api/requests/${created.id}/readers`)).json();
    expect(readers).toHaveLength(1);
    expect(readers[0]).toMatchObject({ readerName: created.assignee.displayName, count: 5, breakGlass: false });
    expect(new Date(readers[0].firstAt).getTime()).toBeLessThanOrEqual(new Date(readers[0].at).getTime());
  });

  it('keeps reads of different days, and of different people, on lines of their own', async () => {
    const agent = await t.signInAs(DEMO.agentSomme);
    const created = await submitAs(agent);
    const adviser = await t.signInAs(await emailOf(created.assignee.id));
    const coordinator = await t.signInAs(DEMO.coordinator);
    await t.call(adviser, 'GET', `/api/requests/${created.id}`);
    await t.call(adviser, 'GET', `/api/requests/${created.id}`);
    await t.call(coordinator, 'GET', `/api/requests/${created.id}`);
    // The adviser had also read it two days ago (the audit log is append-only: the older read is added).
    const read = await t.db.selectFrom('audit_log').selectAll().where('target_id', '=', created.id)
      .where('action', '=', 'request.read').where('actor_id', '=', created.assignee.id).orderBy('id').limit(1).executeTakeFirstOrThrow();
    const { id: _id, ...copy } = read;
    await t.db.insertInto('audit_log').values({ ...copy, occurred_at: new Date(Date.now() - 2 * 86_400_000) } as never).execute();
    const readers = (await t.call(agent, 'GET', `/api/requests/${created.id}/readers`)).json() as Array<{ readerName: string; count: number }>;
    expect(readers.map((r) => [r.readerName, r.count])).toEqual([
      ['Hélène Dumont', 1], [created.assignee.displayName, 2], [created.assignee.displayName, 1],
    ]);
  });
});

describe('« du nouveau »: the counter and the list it leads to', () => {
  async function counted(caller: Caller) {
    const unread = (await t.call(caller, 'GET', '/api/requests/counts')).json().unread as number;
    const listed = (await t.call(caller, 'GET', '/api/requests?unread=true&limit=200')).json().items as Array<{ id: string; unread: boolean; status: string }>;
    return { unread, listed };
  }

  it('lists for an adviser exactly the requests the counter counts, each marked, and no closed one', async () => {
    const agent = await t.signInAs(DEMO.agentSomme);
    const created = await submitAs(agent);
    const adviser = await t.signInAs(await emailOf(created.assignee.id));
    // A closed request assigned to the adviser, never opened since its closure: not work waiting for them.
    const closed = await submitAs(agent);
    await t.db.updateTable('requests').set({ status: 'closed', closed_at: new Date(), assignee_id: created.assignee.id }).where('id', '=', closed.id).execute();
    const { unread, listed } = await counted(adviser);
    expect(unread).toBeGreaterThan(0);
    expect(listed).toHaveLength(unread);
    expect(listed.every((r) => r.unread && r.status !== 'closed')).toBe(true);
    expect(listed.map((r) => r.id)).toContain(created.id);
    expect(listed.map((r) => r.id)).not.toContain(closed.id);

    await t.call(adviser, 'GET', `/api/requests/${created.id}`);
    const after = await counted(adviser);
    expect(after.unread).toBe(unread - 1);
    expect(after.listed.map((r) => r.id)).not.toContain(created.id);
    const all = (await t.call(adviser, 'GET', '/api/requests?limit=200&status=active')).json().items as Array<{ id: string; unread: boolean }>;
    expect(all.find((r) => r.id === created.id)?.unread).toBe(false);
  });

  it('lists for an agent the own requests with news: an adviser’s message marks the request again', async () => {
    const agent = await t.signInAs(DEMO.agentOise);
    const created = await submitAs(agent);
    await t.call(agent, 'GET', `/api/requests/${created.id}`);
    expect((await counted(agent)).listed.map((r) => r.id)).not.toContain(created.id);
    const adviser = await t.signInAs(await emailOf(created.assignee.id));
    await t.call(adviser, 'POST', `/api/requests/${created.id}/messages`, { body: 'Bonjour, je vous appelle demain.' });
    const { unread, listed } = await counted(agent);
    expect(listed.map((r) => r.id)).toContain(created.id);
    expect(listed).toHaveLength(unread);
  });
});
