import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, DEMO, type TestApp } from './support/test-app.ts';
import { buildRequest } from './support/factories.ts';

/**
 * Every /api route × every kind of caller, and the answer each must get. A route added
 * without a line here fails the first test: no route escapes the authorization suite.
 */
type Caller = 'anonymous' | 'agent' | 'otherAgent' | 'adviser' | 'otherAdviser' | 'coordinator' | 'contactPoint'
  | 'editor' | 'steeringNational' | 'steeringAcademie' | 'steeringDepartement' | 'admin' | 'coordinatorNational';

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
  coordinatorNational: DEMO.coordinatorNational,
};

const everyone = (status: number) => Object.fromEntries(['anonymous', ...Object.keys(CALLERS)].map((c) => [c, status])) as Record<Caller, number>;
const signedIn = (status: number) => ({ ...everyone(status), anonymous: 401 });
/** The national coordinator acts on requests as the académie's coordinator does, unless a row says otherwise. */
const only = (allowed: Partial<Record<Caller, number>>, otherwise = 403) =>
  ({ ...signedIn(otherwise), ...(allowed.coordinator === undefined ? {} : { coordinatorNational: allowed.coordinator }), ...allowed });

interface Row {
  method: 'GET' | 'POST' | 'DELETE';
  url: string;
  path: (ids: Ids) => string;
  body?: (ids: Ids) => unknown;
  /** Puts the request back in the state the row needs, before each caller. */
  state?: 'in_progress' | 'closed';
  /** The request acted on is sensitive unless said otherwise. */
  sensitive?: boolean;
  expected: Record<Caller, number>;
}
interface Ids { sensitiveRequestId: string; agentAccountId: string; otherSommeAdviserId: string; absenceId: string }

/** Who may act on the request of the Somme agent, assigned to the Somme adviser (sensitive by default). */
const onSensitiveRequest = (allowed: Partial<Record<Caller, number>>) =>
  only({ agent: 403, otherAgent: 404, adviser: 403, otherAdviser: 404, coordinator: 403, ...allowed });

const MATRIX: Row[] = [
  { method: 'GET', url: '/api/health', path: () => '/api/health', expected: everyone(200) },
  { method: 'GET', url: '/api/ready', path: () => '/api/ready', expected: everyone(200) },
  { method: 'GET', url: '/api/auth/config', path: () => '/api/auth/config', expected: everyone(200) },
  { method: 'GET', url: '/api/auth/session', path: () => '/api/auth/session', expected: signedIn(200) },
  { method: 'POST', url: '/api/auth/logout', path: () => '/api/auth/logout', expected: signedIn(204) },
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
  { method: 'GET', url: '/api/requests/counts', path: () => '/api/requests/counts', expected: only({ agent: 200, otherAgent: 200, adviser: 200, otherAdviser: 200, coordinator: 200 }) },
  {
    method: 'POST', url: '/api/requests', path: () => '/api/requests',
    body: () => ({ topic: 'career_project', subject: 'Projet de mobilité', description: 'Je souhaite changer de poste.', contactPreference: 'email' }),
    // Staff without an agent role log calls with agentId + channel; without them, 403.
    expected: only({ agent: 201, otherAgent: 201 }),
  },
  { method: 'GET', url: '/api/requests/:id/readers', path: (ids) => `/api/requests/${ids.sensitiveRequestId}/readers`,
    expected: only({ agent: 200, otherAgent: 404, adviser: 404, otherAdviser: 404, coordinator: 404 }) },
  { method: 'POST', url: '/api/requests/:id/messages', path: (ids) => `/api/requests/${ids.sensitiveRequestId}/messages`, body: () => ({ body: 'Bonjour' }),
    state: 'in_progress', expected: onSensitiveRequest({ agent: 201, adviser: 201 }) },
  { method: 'POST', url: '/api/requests/:id/notes', path: (ids) => `/api/requests/${ids.sensitiveRequestId}/notes`, body: () => ({ body: 'Note' }),
    state: 'in_progress', expected: onSensitiveRequest({ adviser: 201 }) },
  { method: 'POST', url: '/api/requests/:id/assign', path: (ids) => `/api/requests/${ids.sensitiveRequestId}/assign`, body: (ids) => ({ adviserId: ids.otherSommeAdviserId }),
    state: 'in_progress', expected: onSensitiveRequest({ adviser: 204, coordinator: 204 }) },
  { method: 'POST', url: '/api/requests/:id/status', path: (ids) => `/api/requests/${ids.sensitiveRequestId}/status`, body: () => ({ status: 'waiting_agent' }),
    state: 'in_progress', expected: onSensitiveRequest({ adviser: 204 }) },
  { method: 'POST', url: '/api/requests/:id/close', path: (ids) => `/api/requests/${ids.sensitiveRequestId}/close`,
    body: () => ({ responseType: 'information_individual', summary: 'Réponse apportée.' }), state: 'in_progress', expected: onSensitiveRequest({ adviser: 204 }) },
  { method: 'POST', url: '/api/requests/:id/reopen', path: (ids) => `/api/requests/${ids.sensitiveRequestId}/reopen`,
    state: 'closed', expected: onSensitiveRequest({ agent: 204, adviser: 204 }) },
  { method: 'POST', url: '/api/requests/:id/break-glass', path: (ids) => `/api/requests/${ids.sensitiveRequestId}/break-glass`,
    body: () => ({ justification: 'Conseillère absente, situation urgente signalée.' }), state: 'in_progress', expected: onSensitiveRequest({ coordinator: 204 }) },
  // The same request, not sensitive: the académie's coordinator reads and handles it too.
  { method: 'GET', url: '/api/requests/:id', path: (ids) => `/api/requests/${ids.sensitiveRequestId}`, sensitive: false, state: 'in_progress',
    expected: only({ agent: 200, otherAgent: 404, adviser: 200, otherAdviser: 404, coordinator: 200 }) },
  { method: 'POST', url: '/api/requests/:id/messages', path: (ids) => `/api/requests/${ids.sensitiveRequestId}/messages`, body: () => ({ body: 'Bonjour' }),
    sensitive: false, state: 'in_progress', expected: onSensitiveRequest({ agent: 201, adviser: 201, coordinator: 201 }) },
  { method: 'POST', url: '/api/requests/:id/notes', path: (ids) => `/api/requests/${ids.sensitiveRequestId}/notes`, body: () => ({ body: 'Note' }),
    sensitive: false, state: 'in_progress', expected: onSensitiveRequest({ adviser: 201, coordinator: 201 }) },
  { method: 'POST', url: '/api/requests/:id/close', path: (ids) => `/api/requests/${ids.sensitiveRequestId}/close`,
    body: () => ({ responseType: 'information_individual', summary: 'Réponse apportée.' }), sensitive: false, state: 'in_progress',
    expected: onSensitiveRequest({ adviser: 204, coordinator: 204 }) },
  // Nothing to open by exception on a request that is not sensitive.
  { method: 'POST', url: '/api/requests/:id/break-glass', path: (ids) => `/api/requests/${ids.sensitiveRequestId}/break-glass`,
    body: () => ({ justification: 'Conseillère absente, situation urgente signalée.' }), sensitive: false, state: 'in_progress', expected: onSensitiveRequest({}) },
  { method: 'POST', url: '/api/requests/:id/attachments', path: (ids) => `/api/requests/${ids.sensitiveRequestId}/attachments`,
    // A JSON body instead of a file: those allowed to attach reach the validation (400), others are stopped before.
    body: () => ({ file: 'x' }), state: 'in_progress', expected: only({ agent: 400, otherAgent: 400, adviser: 400, otherAdviser: 400, coordinator: 400 }) },
  { method: 'GET', url: '/api/attachments/:id', path: () => '/api/attachments/00000000-0000-0000-0000-000000000000',
    expected: only({ agent: 404, otherAgent: 404, adviser: 404, otherAdviser: 404, coordinator: 404 }) },
  { method: 'GET', url: '/api/agents', path: () => '/api/agents?q=ma', expected: only({ adviser: 200, otherAdviser: 200, coordinator: 200 }) },
  { method: 'GET', url: '/api/advisers', path: () => '/api/advisers?departement=80', expected: only({ adviser: 200, otherAdviser: 200, coordinator: 200 }) },
  { method: 'GET', url: '/api/me/absences', path: () => '/api/me/absences', expected: only({ adviser: 200, otherAdviser: 200 }) },
  { method: 'POST', url: '/api/me/absences', path: () => '/api/me/absences', body: () => ({ startsOn: '2099-01-04', endsOn: '2099-01-08' }),
    expected: only({ adviser: 201, otherAdviser: 201 }) },
  { method: 'DELETE', url: '/api/me/absences/:id', path: (ids) => `/api/me/absences/${ids.absenceId}`,
    // Only the adviser who declared it may remove it; for anyone else it does not exist.
    expected: only({ adviser: 204, otherAdviser: 404 }) },
  { method: 'GET', url: '/api/me/data', path: () => '/api/me/data', expected: signedIn(200) },
  { method: 'GET', url: '/api/admin/accounts', path: () => '/api/admin/accounts', expected: only({ admin: 200 }) },
  { method: 'GET', url: '/api/admin/outbox', path: () => '/api/admin/outbox', expected: only({ admin: 200 }) },
  { method: 'GET', url: '/api/admin/outbox/:id', path: () => '/api/admin/outbox/00000000-0000-0000-0000-000000000000', expected: only({ admin: 404 }) },
  { method: 'GET', url: '/api/admin/audit-log', path: () => '/api/admin/audit-log', expected: only({ admin: 200 }) },
  // Reports: each steering role and coordinator its scope and below; an adviser only their own requests.
  { method: 'GET', url: '/api/reports/scopes', path: () => '/api/reports/scopes',
    expected: only({ adviser: 200, otherAdviser: 200, coordinator: 200, steeringNational: 200, steeringAcademie: 200, steeringDepartement: 200 }) },
  { method: 'GET', url: '/api/reports/activity', path: () => '/api/reports/activity?level=departement&code=80',
    expected: only({ coordinator: 200, steeringNational: 200, steeringAcademie: 200, steeringDepartement: 200 }) },
  { method: 'GET', url: '/api/reports/activity', path: () => '/api/reports/activity?level=academie&code=AMIENS',
    expected: only({ coordinator: 200, steeringNational: 200, steeringAcademie: 200 }) },
  { method: 'GET', url: '/api/reports/activity', path: () => '/api/reports/activity?level=adviser',
    expected: only({ adviser: 200, otherAdviser: 200 }) },
  { method: 'GET', url: '/api/reports/activity.csv', path: () => '/api/reports/activity.csv?level=departement&code=80',
    expected: only({ coordinator: 200, steeringNational: 200, steeringAcademie: 200, steeringDepartement: 200 }) },
  { method: 'GET', url: '/api/reports/activity.xlsx', path: () => '/api/reports/activity.xlsx?level=national',
    expected: only({ steeringNational: 200, coordinatorNational: 200 }) },
  // Satisfaction: the questionnaires are public (an unknown link is 404 for everyone, never 401);
  // the free text is for the académie's coordinator, the panel for the national coordinator.
  { method: 'GET', url: '/api/surveys/:token', path: () => `/api/surveys/${'A'.repeat(43)}`, expected: everyone(404) },
  { method: 'POST', url: '/api/surveys/:token', path: () => `/api/surveys/${'A'.repeat(43)}`,
    body: () => ({ ease: 4, delay: 4, listening: 4, clarity: 4, usefulness: 4, overall: 8 }), expected: everyone(404) },
  { method: 'GET', url: '/api/panel-surveys/:token', path: () => `/api/panel-surveys/${'A'.repeat(43)}`, expected: everyone(404) },
  { method: 'POST', url: '/api/panel-surveys/:token', path: () => `/api/panel-surveys/${'A'.repeat(43)}`,
    body: () => ({ heardFrom: 'colleague', reachEase: 4, overall: 8, listening: 4, clarity: 4, delay: 4, usefulness: 4 }), expected: everyone(404) },
  { method: 'GET', url: '/api/satisfaction/comments', path: () => '/api/satisfaction/comments?academie=AMIENS', expected: only({ coordinator: 200, coordinatorNational: 403 }) },
  { method: 'GET', url: '/api/satisfaction/comments.csv', path: () => '/api/satisfaction/comments.csv?academie=AMIENS', expected: only({ coordinator: 200, coordinatorNational: 403 }) },
  { method: 'GET', url: '/api/panels', path: () => '/api/panels', expected: only({ coordinatorNational: 200 }) },
  { method: 'POST', url: '/api/panels', path: () => '/api/panels', body: () => ({ from: '2026-01-01', to: '2026-12-31', perDepartement: 4 }),
    expected: only({ coordinatorNational: 201 }) },
  { method: 'GET', url: '/api/panels/:id', path: () => '/api/panels/00000000-0000-0000-0000-000000000000', expected: only({ coordinatorNational: 404 }) },
  { method: 'POST', url: '/api/panels/:id/send', path: () => '/api/panels/00000000-0000-0000-0000-000000000000/send', expected: only({ coordinatorNational: 404 }) },
];

let t: TestApp;
let ids: Ids;

async function putRequestIn(state: 'in_progress' | 'closed', sensitive: boolean) {
  const adviser = await t.db.selectFrom('persons').select('id').where('email', '=', DEMO.adviserSomme).executeTakeFirstOrThrow();
  await t.db.deleteFrom('request_shares').where('request_id', '=', ids.sensitiveRequestId).execute();
  await t.db.deleteFrom('request_pauses').where('request_id', '=', ids.sensitiveRequestId).execute();
  await t.db.updateTable('requests').set({
    sensitive, assignee_id: adviser.id, status: state, paused_at: null,
    closed_at: state === 'closed' ? new Date() : null, response_type: state === 'closed' ? 'information_individual' : null,
  }).where('id', '=', ids.sensitiveRequestId).execute();
}

async function declareAbsence() {
  const adviser = await t.db.selectFrom('persons').select('id').where('email', '=', DEMO.adviserSomme).executeTakeFirstOrThrow();
  const row = await t.db.insertInto('adviser_absences').values({ adviser_id: adviser.id, starts_on: '2099-02-01', ends_on: '2099-02-05' })
    .returning('id').executeTakeFirstOrThrow();
  ids.absenceId = row.id;
}

beforeAll(async () => {
  t = await createTestApp();
  const agent = await t.db.selectFrom('persons').select('id').where('email', '=', DEMO.agentSomme).executeTakeFirstOrThrow();
  const adviser = await t.db.selectFrom('persons').select('id').where('email', '=', DEMO.adviserSomme).executeTakeFirstOrThrow();
  // A sensitive request of the Somme agent, assigned to the Somme adviser: the rows put it in each state.
  const request = await buildRequest(t.db, { agent, assignee: adviser, topic: 'career_project', sensitive: true });
  const otherSommeAdviser = await t.db.selectFrom('persons').select('id').where('email', '=', DEMO.otherAdviserSomme).executeTakeFirstOrThrow();
  ids = { sensitiveRequestId: request.id, agentAccountId: agent.id, otherSommeAdviserId: otherSommeAdviser.id, absenceId: '' };
});
afterAll(async () => t?.close());

describe('the authorization matrix', () => {
  it('covers every /api route the server declares', () => {
    const declared = t.app.apiRoutes.map((r) => `${r.method} ${r.url}`).sort();
    const covered = [...new Set(MATRIX.map((r) => `${r.method} ${r.url}`))].sort();
    expect(covered).toEqual(declared);
  });

  for (const row of MATRIX) {
    it(`answers ${row.method} ${row.url}${row.sensitive === false ? ' (request not sensitive)' : ''} as the matrix says, for every caller`, async () => {
      const answers: Record<string, number> = {};
      for (const caller of Object.keys(row.expected) as Caller[]) {
        if (row.state) await putRequestIn(row.state, row.sensitive ?? true);
        if (row.url === '/api/me/absences/:id') await declareAbsence();
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
