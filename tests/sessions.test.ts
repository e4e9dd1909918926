import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, DEMO, type TestApp } from './support/test-app.ts';
import { buildStaff } from './support/factories.ts';
import { answerOnceHeard, status } from './support/soon.ts';

let t: TestApp;
beforeAll(async () => { t = await createTestApp(); });
afterAll(async () => t?.close());

/** What the directory does when somebody leaves. */
const deactivate = (personId: string) => t.db.updateTable('persons').set({ active: false }).where('id', '=', personId).execute();

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
      abilities: {
        submitRequests: false, adviseRequests: true, handleRequests: true, coordinateRequests: false,
        readSurveyComments: false, manageSurveyPanels: false, receiveReferrals: false, readDirectory: true, manageDirectory: false, editContent: false,
        steer: false, readReports: true, manageAbsences: true, administer: false, bookAppointments: false, manageOfficeHours: true,
        attendSessions: false, organiseSessions: true, planPhoneLine: false, answerPhoneLine: true,
      },
      departements: ['80'],
    });
    expect(login.json()).toEqual(session.json());
  });

  it('gives the interface the départements a staff member handles: those of their académie, none for a national grant', async () => {
    const coordinator = await t.signInAs(DEMO.coordinator);
    expect((await t.call(coordinator, 'GET', '/api/auth/session')).json().departements).toEqual(['02', '60', '80']);
    const national = await t.signInAs(DEMO.coordinatorNational);
    const session = (await t.call(national, 'GET', '/api/auth/session')).json();
    expect(session.departements).toEqual([]);
    expect(session.abilities).toMatchObject({ coordinateRequests: true, manageSurveyPanels: true, readSurveyComments: false });
    const agent = await t.signInAs(DEMO.agentSomme);
    expect((await t.call(agent, 'GET', '/api/auth/session')).json()).toMatchObject({ departements: [], abilities: { submitRequests: true, handleRequests: false } });
  });

  it('offers booking to agents only, and the office-hours pages to advisers and coordinators only', async () => {
    const abilitiesOf = async (email: string) => (await t.call(await t.signInAs(email), 'GET', '/api/auth/session')).json().abilities;
    expect(await abilitiesOf(DEMO.agentSomme)).toMatchObject({ bookAppointments: true, manageOfficeHours: false });
    expect(await abilitiesOf(DEMO.coordinator)).toMatchObject({ bookAppointments: false, manageOfficeHours: true });
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
    const editor = await buildStaff(t.db, { role: 'editor', territory: { level: 'academie', code: 'AMIENS' } });
    const caller = await t.signInAsPerson(editor.id);
    await deactivate(editor.id);
    expect((await t.call(caller, 'GET', '/api/auth/session')).statusCode).toBe(401);
  });

  it('counts a deactivation at once, even for a session read a moment ago', async () => {
    const editor = await buildStaff(t.db, { role: 'editor', territory: { level: 'academie', code: 'AMIENS' } });
    const caller = await t.signInAsPerson(editor.id);
    expect((await t.call(caller, 'GET', '/api/auth/session')).statusCode).toBe(200);
    await deactivate(editor.id);
    const { response, ms } = await answerOnceHeard(() => t.call(caller, 'GET', '/api/auth/session'), status(401));
    expect(response.statusCode).toBe(401);
    expect(ms).toBeLessThan(t.database.kind === 'pglite' ? 100 : 1_000);
  });

  it('refuses a cross-site sign-out: no token, no cookie cleared, the session stays', async () => {
    const caller = await t.signInAs(DEMO.agentSomme);
    const crossSite = { 'content-type': 'text/plain', origin: 'https://ailleurs.example', 'sec-fetch-site': 'cross-site' };
    // A form posted from another site: with SameSite=Lax the browser sends no cookie, yet it would take a Set-Cookie.
    const withoutCookie = await t.app.inject({ method: 'POST', url: '/api/auth/logout', headers: crossSite, payload: 'x' });
    expect(withoutCookie.statusCode).toBe(401);
    expect(withoutCookie.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(withoutCookie.headers['set-cookie']).toBeUndefined();
    const withCookie = await t.app.inject({ method: 'POST', url: '/api/auth/logout', headers: { ...crossSite, cookie: caller.cookie }, payload: 'x' });
    expect(withCookie.statusCode).toBe(403);
    expect(withCookie.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(withCookie.headers['set-cookie']).toBeUndefined();
    expect((await t.call(caller, 'GET', '/api/auth/session')).statusCode).toBe(200);
    expect((await t.call(caller, 'POST', '/api/auth/logout')).statusCode).toBe(204);
  });

  it('records sign-in and sign-out in the audit log', async () => {
    const caller = await t.signInAs(DEMO.steeringSomme);
    await t.call(caller, 'POST', '/api/auth/logout');
    const rows = await t.db.selectFrom('audit_log').select('action').where('actor_id', '=', caller.personId).execute();
    expect(rows.map((r) => r.action)).toEqual(expect.arrayContaining(['auth.login', 'auth.logout']));
  });
});

describe('over https', () => {
  let secure: TestApp;
  beforeAll(async () => { secure = await createTestApp({ publicUrl: 'https://proxirh.ac-amiens.fr' }); });
  afterAll(async () => secure?.close());

  it('names the cookie __Host-proxirh_session: Secure, Path=/, no Domain, and accepts it under that name only', async () => {
    const account = (await secure.call(null, 'GET', '/api/auth/demo-accounts')).json().find((a: { email: string }) => a.email === DEMO.agentSomme);
    const login = await secure.app.inject({ method: 'POST', url: '/api/auth/demo-login', payload: { accountId: account.id } });
    const cookie = String(login.headers['set-cookie']);
    expect(cookie).toMatch(/^__Host-proxirh_session=[\w-]+;/);
    const attributes = cookie.split(';').slice(1).map((a) => a.trim().toLowerCase());
    expect(attributes).toEqual(expect.arrayContaining(['path=/', 'secure', 'httponly', 'samesite=lax']));
    expect(attributes.some((a) => a.startsWith('domain='))).toBe(false);
    const pair = cookie.split(';')[0]!;
    expect((await secure.app.inject({ method: 'GET', url: '/api/auth/session', headers: { cookie: pair } })).statusCode).toBe(200);
    const unprefixed = pair.replace(/^__Host-/, '');
    expect((await secure.app.inject({ method: 'GET', url: '/api/auth/session', headers: { cookie: unprefixed } })).statusCode).toBe(401);

    const logout = await secure.app.inject({ method: 'POST', url: '/api/auth/logout', headers: { cookie: pair, 'x-csrf-token': login.json().csrfToken } });
    expect(logout.statusCode).toBe(204);
    // A __Host- cookie is only replaced by one with the same attributes: the clearing one says Secure and Path=/.
    expect(String(logout.headers['set-cookie'])).toMatch(/^__Host-proxirh_session=;.*Path=\/.*Secure/i);
  });

  it('opens a session made by the test support under the same name', async () => {
    const caller = await secure.signInAs(DEMO.adviserSomme);
    expect(caller.cookie).toMatch(/^__Host-proxirh_session=/);
    const person = await secure.signInAsPerson(caller.personId);
    expect((await secure.call(person, 'GET', '/api/auth/session')).statusCode).toBe(200);
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
