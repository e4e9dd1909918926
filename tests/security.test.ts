import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, DEMO, type TestApp } from './support/test-app.ts';

let t: TestApp;
beforeAll(async () => { t = await createTestApp(); });
afterAll(async () => t?.close());

const expectFrenchProblem = (response: { statusCode: number; headers: Record<string, unknown>; json: () => { title: string; detail: string } }, status: number) => {
  expect(response.statusCode).toBe(status);
  expect(String(response.headers['content-type'])).toContain('application/problem+json');
  expect(response.json().detail).toMatch(/[éèàç’]|adresse|invalide|caractère/i);
};

describe('browser security headers', () => {
  it('sends a Content Security Policy without unsafe-inline, and the other headers, on pages and on the API', async () => {
    for (const url of ['/', '/api/health']) {
      const response = await t.call(null, 'GET', url);
      const csp = String(response.headers['content-security-policy']);
      expect(csp).toContain("default-src 'self'");
      expect(csp).toContain("frame-ancestors 'none'");
      expect(csp).not.toContain('unsafe-inline');
      expect(response.headers['x-content-type-options']).toBe('nosniff');
      expect(response.headers['referrer-policy']).toBe('strict-origin-when-cross-origin');
      expect(String(response.headers['permissions-policy'])).toContain('camera=()');
      // Served over http here: no HSTS.
      expect(response.headers['strict-transport-security']).toBeUndefined();
    }
  });

  it('adds HSTS when the public address is https', async () => {
    const secure = await createTestApp({ publicUrl: 'https://proxirh.example.fr' });
    try {
      const response = await secure.call(null, 'GET', '/api/health');
      expect(String(response.headers['strict-transport-security'])).toContain('max-age=31536000');
    } finally {
      await secure.close();
    }
  });
});

describe('bad input is a French 400, never a 500', () => {
  it('refuses a NUL byte in a search parameter', async () => {
    const agent = await t.signInAs(DEMO.agentSomme);
    const response = await t.call(agent, 'GET', '/api/requests?q=a%00b');
    expectFrenchProblem(response, 400);
    expect(response.json()).toMatchObject({ errors: [{ field: 'q' }] });
  });

  it('refuses a NUL byte and a lone surrogate in a JSON body, and stores nothing', async () => {
    const agent = await t.signInAs(DEMO.agentSomme);
    const before = await t.call(agent, 'GET', '/api/requests/counts');
    for (const description of ['avant\u0000après', 'demi \ud800 caractère']) {
      const response = await t.call(agent, 'POST', '/api/requests', { topic: 'career_project', subject: 'Mobilité', description, contactPreference: 'email' });
      expectFrenchProblem(response, 400);
    }
    const after = await t.call(agent, 'GET', '/api/requests/counts');
    expect(after.json()).toEqual(before.json());
  });

  it('refuses a number that is not finite (Infinity, 1e309) in a query or a body', async () => {
    const coordinator = await t.signInAs(DEMO.coordinator);
    for (const url of ['/api/requests?limit=Infinity', '/api/requests?limit=1e309', '/api/admin/audit-log?limit=Infinity']) {
      const caller = url.includes('admin') ? await t.signInAs(DEMO.admin) : coordinator;
      expectFrenchProblem(await t.call(caller, 'GET', url), 400);
    }
  });

  it('refuses a crafted pagination cursor on every list with a 400', async () => {
    const crafted = Buffer.from(JSON.stringify(['x', 'y'])).toString('base64url');
    const lists: Array<[string, string]> = [
      [DEMO.coordinator, `/api/requests?cursor=${crafted}`],
      [DEMO.admin, `/api/admin/accounts?cursor=${crafted}`],
      [DEMO.admin, `/api/admin/audit-log?cursor=${crafted}`],
      [DEMO.admin, `/api/admin/outbox?cursor=${crafted}`],
      [DEMO.coordinator, `/api/satisfaction/comments?academie=AMIENS&cursor=${crafted}`],
    ];
    for (const [email, url] of lists) {
      const response = await t.call(await t.signInAs(email), 'GET', url);
      expectFrenchProblem(response, 400);
      expect(response.json().errors).toEqual([{ field: 'cursor', message: expect.stringContaining('Curseur') }]);
    }
  });

  it('answers router errors (a path segment over 100 characters, bad percent-encoding) in French problem+json', async () => {
    const agent = await t.signInAs(DEMO.agentSomme);
    expectFrenchProblem(await t.call(agent, 'GET', `/api/requests/${'a'.repeat(120)}`), 400);
    expectFrenchProblem(await t.call(agent, 'GET', '/api/requests/%E0%A4%A'), 400);
  });
});
