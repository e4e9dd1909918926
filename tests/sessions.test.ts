import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createTestApp, DEMO, type TestApp } from './support/test-app.ts';

let t: TestApp;
beforeAll(async () => { t = await createTestApp(); });
afterAll(async () => t?.close());

describe('sessions', () => {
  it('signs a demo account in with an HttpOnly SameSite cookie and returns the API.md session shape', async () => {
    const account = (await t.call(null, 'GET', '/api/auth/demo-accounts')).json().find((a: { email: string }) => a.email === DEMO.adviserSomme);
    const login = await t.app.inject({ method: 'POST', url: '/api/auth/demo-login', payload: { accountId: account.id } });
    expect(login.statusCode).toBe(200);
    const cookie = String(login.headers['set-cookie']);
    expect(cookie).toMatch(/proxirh_session=/);
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Lax/i);
    const session = await t.app.inject({ method: 'GET', url: '/api/auth/session', headers: { cookie: cookie.split(';')[0]! } });
    expect(session.json()).toEqual({
      user: { id: account.id, displayName: 'Claire Vasseur', email: DEMO.adviserSomme },
      roles: [{ role: 'adviser', territory: { level: 'departement', code: '80' } }],
      csrfToken: expect.any(String),
    });
  });

  it('offers demo accounts for every role and every steering level', async () => {
    const accounts = (await t.call(null, 'GET', '/api/auth/demo-accounts')).json() as Array<{ roles: Array<{ role: string; territory: { level: string; code: string } }> }>;
    const grants = accounts.flatMap((a) => a.roles);
    for (const role of ['agent', 'adviser', 'coordinator', 'contact_point', 'editor', 'steering', 'admin']) {
      expect(grants.some((g) => g.role === role)).toBe(true);
    }
    expect(accounts.filter((a) => a.roles.some((r) => r.role === 'agent')).length).toBeGreaterThanOrEqual(3);
    expect(new Set(grants.filter((g) => g.role === 'adviser').map((g) => g.territory.code))).toEqual(new Set(['02', '60', '80']));
    expect(new Set(grants.filter((g) => g.role === 'steering').map((g) => g.territory.level))).toEqual(new Set(['national', 'academie', 'departement']));
  });

  it('refuses a state-changing call without the CSRF token, and changes nothing', async () => {
    const caller = await t.signInAs(DEMO.agentSomme);
    const refused = await t.app.inject({ method: 'POST', url: '/api/auth/logout', headers: { cookie: caller.cookie } });
    expect(refused.statusCode).toBe(403);
    expect(refused.json().title).toBe('Jeton de sécurité invalide');
    expect((await t.call(caller, 'GET', '/api/auth/session')).statusCode).toBe(200);
    const wrong = await t.app.inject({ method: 'POST', url: '/api/auth/logout', headers: { cookie: caller.cookie, 'x-csrf-token': 'nope' } });
    expect(wrong.statusCode).toBe(403);
  });

  it('ends the session on logout: the cookie no longer opens anything', async () => {
    const caller = await t.signInAs(DEMO.agentSomme);
    expect((await t.call(caller, 'POST', '/api/auth/logout')).statusCode).toBe(204);
    expect((await t.call(caller, 'GET', '/api/auth/session')).statusCode).toBe(401);
    expect((await t.call(caller, 'GET', '/api/requests')).statusCode).toBe(401);
  });

  it('refuses a session whose person was deactivated', async () => {
    const caller = await t.signInAs(DEMO.editor);
    await t.db.updateTable('persons').set({ active: false }).where('id', '=', caller.personId).execute();
    expect((await t.call(caller, 'GET', '/api/auth/session')).statusCode).toBe(401);
    await t.db.updateTable('persons').set({ active: true }).where('id', '=', caller.personId).execute();
  });

  it('answers a session read in the last seconds from memory: a deactivation counts after SESSION_CACHE_SECONDS', async () => {
    const caller = await t.signInAs(DEMO.editor);
    expect((await t.call(caller, 'GET', '/api/auth/session')).statusCode).toBe(200);
    await t.db.updateTable('persons').set({ active: false }).where('id', '=', caller.personId).execute();
    try {
      // Within the 5 seconds (the default), the session read a moment ago still answers.
      expect((await t.call(caller, 'GET', '/api/auth/session')).statusCode).toBe(200);
      vi.useFakeTimers({ toFake: ['Date'], now: Date.now() + 5_001 });
      expect((await t.call(caller, 'GET', '/api/auth/session')).statusCode).toBe(401);
    } finally {
      vi.useRealTimers();
      await t.db.updateTable('persons').set({ active: true }).where('id', '=', caller.personId).execute();
    }
  });

  it('records sign-in and sign-out in the audit log', async () => {
    const caller = await t.signInAs(DEMO.steeringSomme);
    await t.call(caller, 'POST', '/api/auth/logout');
    const rows = await t.db.selectFrom('audit_log').select('action').where('actor_id', '=', caller.personId).execute();
    expect(rows.map((r) => r.action)).toEqual(expect.arrayContaining(['auth.login', 'auth.logout']));
  });
});

describe('demo mode off', () => {
  let off: TestApp;
  beforeAll(async () => { off = await createTestApp({ demoMode: false }); });
  afterAll(async () => off?.close());

  it('answers 404 to the demo routes', async () => {
    expect((await off.call(null, 'GET', '/api/auth/demo-accounts')).statusCode).toBe(404);
    const person = await off.db.selectFrom('persons').select('id').executeTakeFirstOrThrow();
    expect((await off.call(null, 'POST', '/api/auth/demo-login', { accountId: person.id })).statusCode).toBe(404);
  });
});

describe('sign-in rate limit', () => {
  let limited: TestApp;
  beforeAll(async () => { limited = await createTestApp({ signInRateLimitPerMinute: 3 }); });
  afterAll(async () => limited?.close());

  it('answers 429 in French past the allowed attempts per minute', async () => {
    const codes: number[] = [];
    for (let i = 0; i < 4; i++) codes.push((await limited.call(null, 'POST', '/api/auth/demo-login', { accountId: '00000000-0000-0000-0000-000000000000' })).statusCode);
    expect(codes).toEqual([404, 404, 404, 429]);
    const last = await limited.call(null, 'POST', '/api/auth/demo-login', { accountId: '00000000-0000-0000-0000-000000000000' });
    expect(last.json()).toMatchObject({ status: 429, title: 'Trop de requêtes' });
  });
});
