import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, DEMO, type TestApp } from './support/test-app.ts';

/**
 * Every /api route × every kind of caller, and the answer each must get. A route added
 * without a line here fails the first test: no route escapes the authorization suite.
 */
type Caller = 'anonymous' | 'agent' | 'otherAgent' | 'adviser' | 'otherAdviser' | 'coordinator' | 'contactPoint'
  | 'editor' | 'steeringNational' | 'steeringAcademie' | 'steeringDepartement' | 'admin';

const CALLERS: Record<Exclude<Caller, 'anonymous'>, string> = {
  agent: DEMO.agentSomme,
  otherAgent: DEMO.agentOise,
  adviser: DEMO.adviserSomme,
  otherAdviser: DEMO.adviserOise,
  coordinator: DEMO.coordinator,
  contactPoint: DEMO.contactPoint,
  editor: DEMO.editor,
  steeringNational: DEMO.steeringNational,
  steeringAcademie: DEMO.steeringAcademie,
  steeringDepartement: DEMO.steeringSomme,
  admin: DEMO.admin,
};

const everyone = (status: number) => Object.fromEntries(['anonymous', ...Object.keys(CALLERS)].map((c) => [c, status])) as Record<Caller, number>;
const signedIn = (status: number) => ({ ...everyone(status), anonymous: 401 });
const only = (allowed: Partial<Record<Caller, number>>, otherwise = 403) => ({ ...signedIn(otherwise), ...allowed });

interface Row { method: 'GET' | 'POST'; url: string; path: (ids: Ids) => string; body?: (ids: Ids) => unknown; expected: Record<Caller, number> }
interface Ids { sensitiveRequestId: string; agentAccountId: string }

const MATRIX: Row[] = [
  { method: 'GET', url: '/api/health', path: () => '/api/health', expected: everyone(200) },
  { method: 'GET', url: '/api/ready', path: () => '/api/ready', expected: everyone(200) },
  { method: 'GET', url: '/api/auth/config', path: () => '/api/auth/config', expected: everyone(200) },
  { method: 'GET', url: '/api/auth/session', path: () => '/api/auth/session', expected: signedIn(200) },
  { method: 'POST', url: '/api/auth/logout', path: () => '/api/auth/logout', expected: everyone(204) },
  { method: 'GET', url: '/api/auth/demo-accounts', path: () => '/api/auth/demo-accounts', expected: everyone(200) },
  { method: 'POST', url: '/api/auth/demo-login', path: () => '/api/auth/demo-login', body: (ids) => ({ accountId: ids.agentAccountId }), expected: everyone(200) },
  // OpenID Connect is not configured in this suite: both routes do not exist for anyone.
  { method: 'GET', url: '/api/auth/oidc/login', path: () => '/api/auth/oidc/login', expected: everyone(404) },
  { method: 'GET', url: '/api/auth/oidc/callback', path: () => '/api/auth/oidc/callback?code=x&state=y', expected: everyone(404) },
  { method: 'GET', url: '/api/territories/academies', path: () => '/api/territories/academies', expected: everyone(200) },
  { method: 'GET', url: '/api/territories/academies/:code', path: () => '/api/territories/academies/AMIENS', expected: everyone(200) },
  { method: 'GET', url: '/api/requests', path: () => '/api/requests', expected: only({ agent: 200, otherAgent: 200, adviser: 200, otherAdviser: 200, coordinator: 200 }) },
  {
    method: 'GET', url: '/api/requests/:id', path: (ids) => `/api/requests/${ids.sensitiveRequestId}`,
    // A request of somebody else is 404, not 403: its existence is not disclosed.
    expected: only({ agent: 200, otherAgent: 404, adviser: 200, otherAdviser: 404, coordinator: 200 }),
  },
  { method: 'GET', url: '/api/admin/accounts', path: () => '/api/admin/accounts', expected: only({ admin: 200 }) },
  { method: 'GET', url: '/api/admin/audit-log', path: () => '/api/admin/audit-log', expected: only({ admin: 200 }) },
];

let t: TestApp;
let ids: Ids;

beforeAll(async () => {
  t = await createTestApp();
  const agent = await t.db.selectFrom('persons').select('id').where('email', '=', DEMO.agentSomme).executeTakeFirstOrThrow();
  const adviser = await t.db.selectFrom('persons').select('id').where('email', '=', DEMO.adviserSomme).executeTakeFirstOrThrow();
  // A sensitive request of the Somme agent, assigned to the Somme adviser.
  const request = await t.db.selectFrom('requests').select('id')
    .where('agent_id', '=', agent.id).executeTakeFirstOrThrow();
  await t.db.updateTable('requests').set({ sensitive: true, assignee_id: adviser.id }).where('id', '=', request.id).execute();
  ids = { sensitiveRequestId: request.id, agentAccountId: agent.id };
});
afterAll(async () => t?.close());

describe('the authorization matrix', () => {
  it('covers every /api route the server declares', () => {
    const declared = t.app.apiRoutes.map((r) => `${r.method} ${r.url}`).sort();
    const covered = MATRIX.map((r) => `${r.method} ${r.url}`).sort();
    expect(covered).toEqual(declared);
  });

  for (const row of MATRIX) {
    it(`answers ${row.method} ${row.url} as the matrix says, for every caller`, async () => {
      const answers: Record<string, number> = {};
      for (const caller of Object.keys(row.expected) as Caller[]) {
        const who = caller === 'anonymous' ? null : await t.signInAs(CALLERS[caller]);
        const response = await t.call(who, row.method, row.path(ids), row.body?.(ids));
        answers[caller] = response.statusCode;
        if (response.statusCode >= 400) {
          expect(response.headers['content-type']).toContain('application/problem+json');
        }
      }
      expect(answers).toEqual(row.expected);
    });
  }
});
