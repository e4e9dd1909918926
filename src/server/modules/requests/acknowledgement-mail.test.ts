import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createTestApp, DEMO, type TestApp } from '../../../../tests/support/test-app.ts';
import { findSessionUser } from '../../auth/session-store.ts';
import { MailPayloadError } from '../../mail/templates.ts';
import type { RequestNotifier } from './notifications.ts';
import { submitRequest } from './submit-request.ts';

/*
 * A mail that cannot be built never undoes a stored request: the agent's request is kept and
 * acknowledged on screen, and the refusal is logged without personal data.
 */
let t: TestApp;
beforeAll(async () => { t = await createTestApp(); });
afterAll(async () => t?.close());

const storedRequest = (id: string) => t.db.selectFrom('requests').select(['reference', 'subject', 'status']).where('id', '=', id).executeTakeFirst();

describe('a submission whose acknowledgement mail is refused', () => {
  it('stores the request and answers 201 when the adviser’s name does not fit the mail template', async () => {
    // A display name longer than the template's 120 characters (names come from the identity provider).
    const longName = 'Conseillère RH de proximité '.repeat(5);
    await t.db.updateTable('persons').set({ display_name: longName })
      .where('id', 'in', (eb) => eb.selectFrom('role_assignments').select('person_id').where('role', '=', 'adviser')).execute();
    const agent = await t.signInAs(DEMO.agentOise);
    const response = await t.call(agent, 'POST', '/api/requests', {
      topic: 'career_project', subject: 'Projet de détachement', description: 'Texte libre', contactPreference: 'email',
    });
    expect(response.statusCode).toBe(201);
    const created = response.json();
    expect(created.acknowledgement).toMatchObject({ reference: created.reference, handledBy: longName });
    expect(await storedRequest(created.id)).toEqual({ reference: created.reference, subject: 'Projet de détachement', status: 'open' });
    const mails = (await t.queuedMails()).filter((m) => m.data.reference === created.reference);
    expect(mails).toEqual([]);
  });

  it('stores the request when the notifier throws, and logs the template and fields only', async () => {
    const agent = await t.signInAs(DEMO.agentSomme);
    const user = (await findSessionUser(t.db, decodeURIComponent(agent.cookie.split('=')[1]!), 60))!;
    const refusing: RequestNotifier = {
      ...t.notifier,
      acknowledged: async () => { throw new MailPayloadError('request.acknowledged', ['data.subjectLine']); },
    };
    const log = { warn: vi.fn() };
    const subject = 'Mutation Cornaline';
    const created = await submitRequest(t.db, { user, ip: '127.0.0.1', requestId: 'test' },
      { topic: 'career_project', subject, description: 'Texte libre', contactPreference: 'email' }, { notifier: refusing, log });
    expect(created.subject).toBe(subject);
    expect(created.acknowledgement.reference).toBe(created.reference);
    expect(await storedRequest(created.id)).toMatchObject({ reference: created.reference, subject });
    expect(log.warn).toHaveBeenCalledTimes(1);
    const logged = JSON.stringify(log.warn.mock.calls);
    expect(logged).toContain('request.acknowledged');
    expect(logged).toContain('data.subjectLine');
    expect(logged).not.toContain('Cornaline');
    expect(logged).not.toContain(DEMO.agentSomme);
  });

  it('still undoes the request when something else than the mail fails', async () => {
    const agent = await t.signInAs(DEMO.agentSomme);
    const user = (await findSessionUser(t.db, decodeURIComponent(agent.cookie.split('=')[1]!), 60))!;
    const broken: RequestNotifier = { ...t.notifier, acknowledged: async () => { throw new Error('queue unavailable'); } };
    const before = await t.db.selectFrom('requests').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
    await expect(submitRequest(t.db, { user, ip: '127.0.0.1', requestId: 'test' },
      { topic: 'career_project', subject: 'Mutation Jaspe', description: 'Texte libre', contactPreference: 'email' },
      { notifier: broken, log: { warn: vi.fn() } })).rejects.toThrow('queue unavailable');
    const after = await t.db.selectFrom('requests').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
    expect(after.n).toBe(before.n);
  });
});
