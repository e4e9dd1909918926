import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, DEMO, type TestApp } from './support/test-app.ts';
import { buildAgent, buildStaff, type BuiltPerson } from './support/factories.ts';
import { startTestProvider, type TestAccount, type TestProvider } from './support/oidc-provider.ts';
import { freePort } from './support/free-port.ts';

/**
 * OpenID Connect sign-in against a real provider (oidc-provider, development login form),
 * the app listening on a real port, and `fetch` playing the browser.
 */

const NEWCOMER: TestAccount = { sub: 'newcomer-0001', email: 'sacha.martin@ac-amiens.fr', email_verified: true, given_name: 'Sacha', family_name: 'Martin' };

/** A browser's cookie jar, by host:port, with paths and expiry honoured. */
class Browser {
  private cookies = new Map<string, { value: string; path: string }>();

  cookie(origin: string, name: string): string | undefined {
    for (const [key, cookie] of this.cookies) if (key.startsWith(`${new URL(origin).host} ${name} `)) return cookie.value;
    return undefined;
  }

  async fetch(url: string, init: { method?: string; form?: Record<string, string> } = {}): Promise<Response> {
    const target = new URL(url);
    const header = [...this.cookies].filter(([key, c]) => key.startsWith(`${target.host} `) && target.pathname.startsWith(c.path))
      .map(([key, c]) => `${key.split(' ')[1]}=${c.value}`).join('; ');
    const response = await fetch(target, {
      method: init.method ?? 'GET',
      redirect: 'manual',
      headers: {
        ...(header ? { cookie: header } : {}),
        ...(init.form ? { 'content-type': 'application/x-www-form-urlencoded' } : {}),
      },
      ...(init.form ? { body: new URLSearchParams(init.form).toString() } : {}),
    });
    for (const line of response.headers.getSetCookie()) {
      const [pair, ...attributes] = line.split(';').map((part) => part.trim());
      const at = pair!.indexOf('=');
      const name = pair!.slice(0, at);
      const value = pair!.slice(at + 1);
      const attr = (key: string) => attributes.find((a) => a.toLowerCase().startsWith(`${key}=`))?.split('=').slice(1).join('=');
      const path = attr('path') ?? '/';
      const expires = attr('expires');
      const key = `${target.host} ${name} ${path}`;
      if (attr('max-age') === '0' || (expires && new Date(expires).getTime() <= Date.now()) || value === '') this.cookies.delete(key);
      else this.cookies.set(key, { value, path });
    }
    return response;
  }
}

interface Journey {
  /** Called with the callback URL the provider sends the browser to; returns the URL actually visited. */
  beforeCallback?: (url: URL) => Promise<URL> | URL;
  /** Abandon at the provider's login form instead of signing in. */
  abort?: boolean;
}

let appOrigin: string;
let provider: TestProvider;
let t: TestApp;

/** Signs in at the provider as `login`, clicking through login and consent; returns the app's last answer. */
async function signIn(browser: Browser, login: string, journey: Journey = {}) {
  let response = await browser.fetch(`${appOrigin}/api/auth/oidc/login?returnTo=/mon-espace`);
  for (let step = 0; step < 20; step += 1) {
    if (response.status >= 300 && response.status < 400) {
      let next = new URL(response.headers.get('location')!, response.url || appOrigin);
      if (next.origin === appOrigin && next.pathname !== '/api/auth/oidc/callback') return { response, location: next };
      if (next.pathname === '/api/auth/oidc/callback' && journey.beforeCallback) next = await journey.beforeCallback(next);
      response = await browser.fetch(next.href);
      continue;
    }
    const html = await response.text();
    expect(response.status, html.slice(0, 300)).toBe(200);
    const unescape = (value: string | undefined) => value?.replaceAll('&#x2F;', '/').replaceAll('&amp;', '&');
    const action = unescape(/<form[^>]*action="([^"]+)"/.exec(html)?.[1]);
    const prompt = /name="prompt" value="(\w+)"/.exec(html)?.[1];
    if (!action || !prompt) throw new Error(`unexpected page at the provider: ${html.slice(0, 300)}`);
    const submit = new URL(action, provider.issuer);
    if (journey.abort) {
      const abort = unescape(/href="([^"]*\/abort)"/.exec(html)?.[1]);
      if (!abort) throw new Error('no cancel link at the provider');
      response = await browser.fetch(new URL(abort, provider.issuer).href);
    } else {
      response = await browser.fetch(submit.href, {
        method: 'POST',
        form: prompt === 'login' ? { prompt, login, password: 'nimporte' } : { prompt },
      });
    }
  }
  throw new Error('too many steps');
}

async function sessionOf(browser: Browser) {
  return browser.fetch(`${appOrigin}/api/auth/session`);
}

/** A provider and the app, each on a port of its own; the app's port is chosen first, the callback URL names it. */
async function startProviderAndApp(accounts: TestAccount[], options: { claimsInIdToken?: boolean } = {}) {
  const appPort = await freePort();
  appOrigin = `http://127.0.0.1:${appPort}`;
  provider = await startTestProvider({ redirectUri: `${appOrigin}/api/auth/oidc/callback`, accounts, ...options });
  t = await createTestApp({
    publicUrl: appOrigin,
    oidc: { issuer: provider.issuer, clientId: provider.clientId, clientSecret: provider.clientSecret, scopes: 'openid email profile' },
  });
  await t.app.listen({ port: appPort, host: '127.0.0.1' });
}

async function stopProviderAndApp() {
  await t?.close();
  await provider?.close();
}

describe('OpenID Connect sign-in', () => {
  beforeAll(() => startProviderAndApp([NEWCOMER]));
  afterAll(stopProviderAndApp);

  it('sends the browser to the provider with PKCE (S256), state and nonce, and keeps the flow in the database', async () => {
    const browser = new Browser();
    const response = await browser.fetch(`${appOrigin}/api/auth/oidc/login?returnTo=/mes-demandes`);
    expect(response.status).toBe(302);
    const location = new URL(response.headers.get('location')!);
    expect(location.origin).toBe(provider.issuer);
    expect(location.searchParams.get('redirect_uri')).toBe(`${appOrigin}/api/auth/oidc/callback`);
    expect(location.searchParams.get('code_challenge_method')).toBe('S256');
    expect(location.searchParams.get('scope')).toBe('openid email profile');
    const state = location.searchParams.get('state')!;
    expect(location.searchParams.get('nonce')).toBeTruthy();
    expect(browser.cookie(appOrigin, 'proxirh_oidc')).toBe(state);
    const setCookie = response.headers.getSetCookie().join('\n');
    expect(setCookie).toMatch(/proxirh_oidc=.*HttpOnly/i);
    expect(setCookie).toMatch(/proxirh_oidc=.*SameSite=Lax/i);
    const flow = await t.db.selectFrom('oidc_flows').selectAll().where('state', '=', state).executeTakeFirstOrThrow();
    expect(flow.return_to).toBe('/mes-demandes');
    expect(flow.expires_at.getTime() - Date.now()).toBeGreaterThan(9 * 60_000);
    expect(flow.expires_at.getTime() - Date.now()).toBeLessThanOrEqual(10 * 60_000);
  });

  it('keeps returnTo local: another site, or //host, becomes /', async () => {
    for (const returnTo of ['https://evil.example/', '//evil.example/x', '/\\evil.example', 'mon-espace']) {
      const response = await t.call(null, 'GET', `/api/auth/oidc/login?returnTo=${encodeURIComponent(returnTo)}`);
      expect(response.statusCode).toBe(302);
      const state = new URL(response.headers.location as string).searchParams.get('state')!;
      const flow = await t.db.selectFrom('oidc_flows').select('return_to').where('state', '=', state).executeTakeFirstOrThrow();
      expect(flow.return_to, returnTo).toBe('/');
    }
  });

  it('creates a person with no role on a first sign-in, and finds the same person the next time', async () => {
    const first = new Browser();
    const { response, location } = await signIn(first, NEWCOMER.sub);
    expect(response.status).toBe(302);
    expect(location.pathname).toBe('/mon-espace');
    expect(first.cookie(appOrigin, 'proxirh_session')).toBeTruthy();
    expect(first.cookie(appOrigin, 'proxirh_oidc')).toBeUndefined();

    const session = await sessionOf(first);
    expect(session.status).toBe(200);
    const body = await session.json();
    expect(body.user).toMatchObject({ displayName: 'Sacha Martin', email: NEWCOMER.email });
    expect(body.roles).toEqual([]);
    const person = await t.db.selectFrom('persons').selectAll().where('id', '=', body.user.id).executeTakeFirstOrThrow();
    expect(person).toMatchObject({ oidc_issuer: provider.issuer, oidc_subject: NEWCOMER.sub, given_name: 'Sacha', family_name: 'Martin' });
    const stored = await t.db.selectFrom('sessions').select('auth_method').where('person_id', '=', person.id).execute();
    expect(stored.map((s) => s.auth_method)).toEqual(['oidc']);

    const second = new Browser();
    await signIn(second, NEWCOMER.sub);
    const again = await (await sessionOf(second)).json();
    expect(again.user.id).toBe(body.user.id);
    const sameSubject = await t.db.selectFrom('persons').select('id').where('oidc_subject', '=', NEWCOMER.sub).execute();
    expect(sameSubject).toHaveLength(1);
  });

  /** A person the directory knew before their first sign-in: an adviser, linked by the next test. */
  let known: BuiltPerson;

  it('links a known person by verified e-mail, whatever its case, and gives them their roles', async () => {
    known = await buildStaff(t.db, { role: 'adviser', territory: { level: 'departement', code: '80' } });
    provider.accounts.set('known-0001', { sub: 'known-0001', email: known.email.toUpperCase(), email_verified: true, name: known.displayName });
    const before = await t.db.selectFrom('persons').select('oidc_subject').where('id', '=', known.id).executeTakeFirstOrThrow();
    expect(before.oidc_subject).toBeNull();
    const browser = new Browser();
    const { location } = await signIn(browser, 'known-0001');
    expect(location.pathname).toBe('/mon-espace');
    const body = await (await sessionOf(browser)).json();
    expect(body.user.id).toBe(known.id);
    expect(body.roles).toContainEqual({ role: 'adviser', territory: { level: 'departement', code: '80' } });
    const after = await t.db.selectFrom('persons').select(['oidc_issuer', 'oidc_subject']).where('id', '=', known.id).executeTakeFirstOrThrow();
    expect(after).toEqual({ oidc_issuer: provider.issuer, oidc_subject: 'known-0001' });
  });

  it('binds the first sign-in to a person an administrator created (no subject yet), with the roles granted; a deactivated one is refused', async () => {
    const admin = await t.signInAs(DEMO.admin);
    const created = await t.call(admin, 'POST', '/api/admin/accounts', {
      givenName: 'Maëlle', familyName: 'Créée', email: 'maelle.creee@ac-amiens.fr', academie: 'AMIENS', departement: '80',
    });
    expect(created.statusCode, created.body).toBe(201);
    const personId: string = created.json().id;
    expect((await t.call(admin, 'POST', `/api/admin/accounts/${personId}/roles`, { role: 'agent', territory: { level: 'departement', code: '80' } })).statusCode).toBe(201);
    provider.accounts.set('created-0001', { sub: 'created-0001', email: 'Maelle.Creee@ac-amiens.fr', email_verified: true, name: 'Maëlle Créée' });

    const browser = new Browser();
    const { location } = await signIn(browser, 'created-0001');
    expect(location.pathname).toBe('/mon-espace');
    const body = await (await sessionOf(browser)).json();
    expect(body.user.id).toBe(personId);
    expect(body.roles).toEqual([{ role: 'agent', territory: { level: 'departement', code: '80' } }]);
    const after = await t.db.selectFrom('persons').select(['oidc_issuer', 'oidc_subject']).where('id', '=', personId).executeTakeFirstOrThrow();
    expect(after).toEqual({ oidc_issuer: provider.issuer, oidc_subject: 'created-0001' });
    expect(await t.db.selectFrom('persons').select('id').where('email', 'ilike', 'maelle.creee@ac-amiens.fr').execute()).toHaveLength(1);

    // Deactivated by the administrator: the open session ends, and the provider's sign-in no longer opens one.
    expect((await t.call(admin, 'POST', `/api/admin/accounts/${personId}/deactivate`)).statusCode).toBe(200);
    expect((await sessionOf(browser)).status).toBe(401);
    const again = new Browser();
    const refused = await signIn(again, 'created-0001');
    expect(`${refused.location.pathname}${refused.location.search}`).toBe('/connexion?erreur=oidc');
    expect(again.cookie(appOrigin, 'proxirh_session')).toBeUndefined();
  });

  it('records the sign-in in the audit log, with the method and no personal data', async () => {
    const rows = await t.db.selectFrom('audit_log').selectAll()
      .where('action', '=', 'auth.login').where('actor_id', '=', known.id).execute();
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ target_type: 'person', target_id: known.id });
    const details = typeof rows[0]!.details === 'string' ? JSON.parse(rows[0]!.details) : rows[0]!.details;
    expect(details).toEqual({ method: 'oidc' });
  });

  it('does not hand a known person to an e-mail the provider has not verified', async () => {
    const agent = await buildAgent(t.db);
    provider.accounts.set('squatter-0001', { sub: 'squatter-0001', email: agent.email, email_verified: false, name: 'Quelqu’un' });
    const browser = new Browser();
    const { location } = await signIn(browser, 'squatter-0001');
    expect(`${location.pathname}${location.search}`).toBe('/connexion?erreur=oidc');
    expect(browser.cookie(appOrigin, 'proxirh_session')).toBeUndefined();
    const after = await t.db.selectFrom('persons').select('oidc_subject').where('id', '=', agent.id).executeTakeFirstOrThrow();
    expect(after.oidc_subject).toBeNull();
  });

  it('refuses a tampered state: no session, and back to the sign-in page', async () => {
    const browser = new Browser();
    const { response, location } = await signIn(browser, NEWCOMER.sub, {
      beforeCallback: (url) => { url.searchParams.set('state', `${url.searchParams.get('state')}x`); return url; },
    });
    expect(response.status).toBe(302);
    expect(`${location.pathname}${location.search}`).toBe('/connexion?erreur=oidc');
    expect(browser.cookie(appOrigin, 'proxirh_session')).toBeUndefined();
    expect((await sessionOf(browser)).status).toBe(401);
  });

  it('refuses a callback from another browser than the one that started the flow', async () => {
    const browser = new Browser();
    const { location } = await signIn(browser, NEWCOMER.sub, {
      beforeCallback: async (url) => {
        // Another browser (no flow cookie) is sent the callback URL: login CSRF.
        const other = new Browser();
        const response = await other.fetch(url.href);
        expect(response.headers.get('location')).toBe('/connexion?erreur=oidc');
        expect(other.cookie(appOrigin, 'proxirh_session')).toBeUndefined();
        return url;
      },
    });
    // The flow was consumed by that attempt: it cannot be used again.
    expect(`${location.pathname}${location.search}`).toBe('/connexion?erreur=oidc');
  });

  it('uses a flow once only, and refuses an expired one', async () => {
    const replay = new Browser();
    let callback: URL | undefined;
    await signIn(replay, NEWCOMER.sub, { beforeCallback: (url) => { callback = new URL(url); return url; } });
    expect(replay.cookie(appOrigin, 'proxirh_session')).toBeTruthy();
    const state = callback!.searchParams.get('state')!;
    expect(await t.db.selectFrom('oidc_flows').select('state').where('state', '=', state).executeTakeFirst()).toBeUndefined();
    const again = await replay.fetch(callback!.href);
    expect(again.headers.get('location')).toBe('/connexion?erreur=oidc');

    const late = new Browser();
    const { location } = await signIn(late, NEWCOMER.sub, {
      beforeCallback: async (url) => {
        await t.db.updateTable('oidc_flows').set({ expires_at: new Date(Date.now() - 1000) })
          .where('state', '=', url.searchParams.get('state')!).execute();
        return url;
      },
    });
    expect(`${location.pathname}${location.search}`).toBe('/connexion?erreur=oidc');
    expect(late.cookie(appOrigin, 'proxirh_session')).toBeUndefined();
  });

  it('sends the browser back to the sign-in page when the person cancels at the provider', async () => {
    const browser = new Browser();
    let providerError: string | null = null;
    const { location } = await signIn(browser, NEWCOMER.sub, {
      abort: true,
      beforeCallback: (url) => { providerError = url.searchParams.get('error'); return url; },
    });
    expect(providerError).toBe('access_denied');
    expect(`${location.pathname}${location.search}`).toBe('/connexion?erreur=oidc');
    expect(browser.cookie(appOrigin, 'proxirh_session')).toBeUndefined();
  });
});

describe('OpenID Connect sign-in with a provider that keeps the profile for its userinfo endpoint', () => {
  beforeAll(() => startProviderAndApp([NEWCOMER], { claimsInIdToken: false }));
  afterAll(stopProviderAndApp);

  it('reads the e-mail and name from userinfo', async () => {
    const browser = new Browser();
    const { location } = await signIn(browser, NEWCOMER.sub);
    expect(location.pathname).toBe('/mon-espace');
    const body = await (await sessionOf(browser)).json();
    expect(body.user).toMatchObject({ displayName: 'Sacha Martin', email: NEWCOMER.email });
  });
});

describe('OpenID Connect sign-in when the provider does not answer', () => {
  it('answers 503 with a French problem', async () => {
    const deadPort = await freePort();
    const down = await createTestApp({
      oidc: { issuer: `http://127.0.0.1:${deadPort}`, clientId: 'x', clientSecret: 'y', scopes: 'openid' },
    });
    try {
      const response = await down.call(null, 'GET', '/api/auth/oidc/login');
      expect(response.statusCode).toBe(503);
      expect(response.headers['content-type']).toMatch(/application\/problem\+json/);
      expect(response.json()).toMatchObject({ status: 503, detail: 'Le fournisseur d’identité ne répond pas.' });
      expect(await down.db.selectFrom('oidc_flows').select('state').execute()).toEqual([]);
    } finally {
      await down.close();
    }
  });
});
