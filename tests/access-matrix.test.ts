import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, DEMO, type TestApp } from './support/test-app.ts';
import { buildAgent, buildRequest } from './support/factories.ts';

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
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  url: string;
  path: (ids: Ids) => string;
  body?: (ids: Ids) => unknown;
  /** Puts the request back in the state the row needs, before each caller. */
  state?: 'in_progress' | 'closed';
  /** The request acted on is sensitive unless said otherwise. */
  sensitive?: boolean;
  expected: Record<Caller, number>;
  /** Puts the managed account back in the state the row needs, before each caller. */
  prepare?: () => Promise<void>;
}
interface Ids { sensitiveRequestId: string; agentAccountId: string; otherSommeAdviserId: string; absenceId: string; managedPersonId: string }

/** Who may act on the request of the Somme agent, assigned to the Somme adviser (sensitive by default). */
const onSensitiveRequest = (allowed: Partial<Record<Caller, number>>) =>
  only({ agent: 403, otherAgent: 404, adviser: 403, otherAdviser: 404, coordinator: 403, contactPoint: 404, ...allowed });

/** An identifier no record has. */
const NO_ID = '00000000-0000-0000-0000-000000000000';
/** An article of the académie, as its editor writes it (knowledge base). */
const KB_ARTICLE = {
  slug: 'matrice-des-droits', kind: 'sheet', theme: 'career', title: 'Fiche de la matrice', summary: 'Une fiche.', body: '## Une fiche\n\nSon texte.',
  audiences: [], hrStaffOnly: false, scope: 'academie',
};

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
  { method: 'GET', url: '/api/requests', path: () => '/api/requests', expected: only({ agent: 200, otherAgent: 200, adviser: 200, otherAdviser: 200, coordinator: 200, contactPoint: 200 }) },
  {
    method: 'GET', url: '/api/requests/:id', path: (ids) => `/api/requests/${ids.sensitiveRequestId}`,
    // A request of somebody else is 404, not 403: its existence is not disclosed (a contact point's too, API.md).
    expected: only({ agent: 200, otherAgent: 404, adviser: 200, otherAdviser: 404, coordinator: 200, contactPoint: 404 }),
  },
  { method: 'GET', url: '/api/requests/counts', path: () => '/api/requests/counts', expected: only({ agent: 200, otherAgent: 200, adviser: 200, otherAdviser: 200, coordinator: 200, contactPoint: 200 }) },
  {
    method: 'POST', url: '/api/requests', path: () => '/api/requests',
    body: () => ({ topic: 'career_project', subject: 'Projet de mobilité', description: 'Je souhaite changer de poste.', contactPreference: 'email' }),
    // Staff without an agent role log calls with agentId + channel; without them, 403.
    expected: only({ agent: 201, otherAgent: 201 }),
  },
  { method: 'GET', url: '/api/requests/:id/readers', path: (ids) => `/api/requests/${ids.sensitiveRequestId}/readers`,
    expected: only({ agent: 200, otherAgent: 404, adviser: 404, otherAdviser: 404, coordinator: 404, contactPoint: 404 }) },
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
    expected: only({ agent: 200, otherAgent: 404, adviser: 200, otherAdviser: 404, coordinator: 200, contactPoint: 404 }) },
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
    body: () => ({ file: 'x' }), state: 'in_progress', expected: only({ agent: 400, otherAgent: 400, adviser: 400, otherAdviser: 400, coordinator: 400, contactPoint: 400 }) },
  { method: 'GET', url: '/api/attachments/:id', path: () => '/api/attachments/00000000-0000-0000-0000-000000000000',
    expected: only({ agent: 404, otherAgent: 404, adviser: 404, otherAdviser: 404, coordinator: 404, contactPoint: 404 }) },
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
  { method: 'GET', url: '/api/admin/audit-log.csv', path: () => '/api/admin/audit-log.csv?action=request.read', expected: only({ admin: 200 }) },
  // Accounts: the académie's administrator manages the people of the académie (a Somme agent here).
  { method: 'POST', url: '/api/admin/accounts', path: () => '/api/admin/accounts',
    body: () => ({ givenName: 'Lou', familyName: 'Matrice', email: `lou.matrice.${crypto.randomUUID().slice(0, 8)}@ac-amiens.fr`, academie: 'AMIENS', departement: '80' }),
    expected: only({ admin: 201 }) },
  { method: 'GET', url: '/api/admin/accounts/:id', path: (ids) => `/api/admin/accounts/${ids.managedPersonId}`, expected: only({ admin: 200 }) },
  { method: 'POST', url: '/api/admin/accounts/:id/roles', path: (ids) => `/api/admin/accounts/${ids.managedPersonId}/roles`,
    body: () => ({ role: 'editor', territory: { level: 'academie', code: 'AMIENS' } }), prepare: () => setManaged({ editor: false }), expected: only({ admin: 201 }) },
  { method: 'POST', url: '/api/admin/accounts/:id/roles/withdraw', path: (ids) => `/api/admin/accounts/${ids.managedPersonId}/roles/withdraw`,
    body: () => ({ role: 'editor', territory: { level: 'academie', code: 'AMIENS' } }), prepare: () => setManaged({ editor: true }), expected: only({ admin: 200 }) },
  { method: 'POST', url: '/api/admin/accounts/:id/deactivate', path: (ids) => `/api/admin/accounts/${ids.managedPersonId}/deactivate`,
    prepare: () => setManaged({ active: true }), expected: only({ admin: 200 }) },
  { method: 'POST', url: '/api/admin/accounts/:id/reactivate', path: (ids) => `/api/admin/accounts/${ids.managedPersonId}/reactivate`,
    prepare: () => setManaged({ active: false }), expected: only({ admin: 200 }) },
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
  // ─── Orientation (issue 13) ─── The public directory; the staff directory and its management (coordinators and
  // administrators, their territory); referrals: staff of the request orient and revoke, the contact points answer.
  { method: 'GET', url: '/api/contact-points', path: () => '/api/contact-points?departement=80', expected: everyone(200) },
  { method: 'GET', url: '/api/contact-points/academies', path: () => '/api/contact-points/academies', expected: everyone(200) },
  { method: 'GET', url: '/api/contact-points/synoptic.pdf', path: () => '/api/contact-points/synoptic.pdf?academie=AMIENS', expected: everyone(200) },
  { method: 'GET', url: '/api/directory', path: () => '/api/directory?academie=AMIENS',
    expected: only({ adviser: 200, otherAdviser: 200, coordinator: 200, contactPoint: 200, admin: 200 }) },
  { method: 'GET', url: '/api/contact-points/:id', path: () => `/api/contact-points/${NO_ID}`,
    expected: only({ adviser: 404, otherAdviser: 404, coordinator: 404, contactPoint: 404, admin: 404 }) },
  { method: 'POST', url: '/api/contact-points', path: () => '/api/contact-points',
    body: () => ({ kind: 'cell', name: 'Cellule de la matrice', academieCode: 'AMIENS', topics: [], categories: [], territories: [{ level: 'academie', code: 'AMIENS' }] }),
    expected: only({ coordinator: 201, admin: 201 }) },
  { method: 'PATCH', url: '/api/contact-points/:id', path: () => `/api/contact-points/${NO_ID}`, body: () => ({ hours: 'Le lundi' }),
    expected: only({ coordinator: 404, admin: 404 }) },
  { method: 'POST', url: '/api/contact-points/:id/archive', path: () => `/api/contact-points/${NO_ID}/archive`, expected: only({ coordinator: 404, admin: 404 }) },
  { method: 'POST', url: '/api/contact-points/:id/members', path: () => `/api/contact-points/${NO_ID}/members`, body: () => ({ personId: NO_ID }),
    expected: only({ coordinator: 404, admin: 404 }) },
  { method: 'GET', url: '/api/contact-points/:id/candidates', path: () => `/api/contact-points/${NO_ID}/candidates?q=dupont`,
    expected: only({ coordinator: 404, admin: 404 }) },
  { method: 'DELETE', url: '/api/contact-points/:id/members/:personId', path: () => `/api/contact-points/${NO_ID}/members/${NO_ID}`,
    expected: only({ coordinator: 404, admin: 404 }) },
  // An unknown target: the assignee reaches the check of the body (400); the coordinator may not act on the sensitive request.
  { method: 'POST', url: '/api/requests/:id/referrals', path: (ids) => `/api/requests/${ids.sensitiveRequestId}/referrals`,
    body: () => ({ contactPointId: NO_ID, note: 'Merci de recevoir cet agent.', shareDescription: false }), state: 'in_progress',
    expected: only({ adviser: 400, otherAdviser: 404, coordinator: 403 }) },
  { method: 'GET', url: '/api/requests/:id/referrals', path: (ids) => `/api/requests/${ids.sensitiveRequestId}/referrals`,
    expected: only({ agent: 200, otherAgent: 404, adviser: 200, otherAdviser: 404, coordinator: 200, contactPoint: 404 }) },
  { method: 'POST', url: '/api/requests/:id/referrals/:referralId/consent', path: (ids) => `/api/requests/${ids.sensitiveRequestId}/referrals/${NO_ID}/consent`,
    expected: only({ agent: 404, otherAgent: 404 }) },
  { method: 'POST', url: '/api/requests/:id/referrals/:referralId/messages', path: (ids) => `/api/requests/${ids.sensitiveRequestId}/referrals/${NO_ID}/messages`,
    body: () => ({ body: 'Avez-vous pu le recevoir ?' }), expected: only({ adviser: 404, otherAdviser: 404, coordinator: 404 }) },
  { method: 'POST', url: '/api/referrals/:id/messages', path: () => `/api/referrals/${NO_ID}/messages`, body: () => ({ body: 'Rendez-vous fixé.' }),
    expected: only({ contactPoint: 404 }) },
  { method: 'POST', url: '/api/referrals/:id/revoke', path: () => `/api/referrals/${NO_ID}/revoke`,
    expected: only({ adviser: 404, otherAdviser: 404, coordinator: 404 }) },
  { method: 'GET', url: '/api/referrals', path: () => '/api/referrals', expected: only({ contactPoint: 200 }) },
  { method: 'GET', url: '/api/referrals/:id', path: () => `/api/referrals/${NO_ID}`, expected: only({ contactPoint: 404 }) },
  { method: 'POST', url: '/api/referrals/:id/accept', path: () => `/api/referrals/${NO_ID}/accept`, expected: only({ contactPoint: 404 }) },
  { method: 'POST', url: '/api/referrals/:id/decline', path: () => `/api/referrals/${NO_ID}/decline`, body: () => ({ reason: 'Hors de notre champ.' }),
    expected: only({ contactPoint: 404 }) },
  { method: 'POST', url: '/api/referrals/:id/outcome', path: () => `/api/referrals/${NO_ID}/outcome`, body: () => ({ outcome: 'resolved', summary: 'Pris en charge.' }),
    expected: only({ contactPoint: 404 }) },
  // ─── Appointments (issue 14) ─── Office hours: an adviser's own (in their territory), the coordinator's territory;
  // slots for agents and staff; booking by agents; their appointments for the agent and the adviser.
  { method: 'GET', url: '/api/office-hours', path: () => '/api/office-hours', expected: only({ adviser: 200, otherAdviser: 200, coordinator: 200 }) },
  // Without naming an adviser: each adviser opens their own; a coordinator holds no office hours (400: name the adviser).
  { method: 'POST', url: '/api/office-hours', path: () => '/api/office-hours', body: () => OFFICE_HOURS,
    expected: only({ adviser: 201, otherAdviser: 201, coordinator: 400 }) },
  // For the other Somme adviser: the académie's and the national coordinators only.
  { method: 'POST', url: '/api/office-hours', path: () => '/api/office-hours', body: (ids) => ({ ...OFFICE_HOURS, adviserId: ids.otherSommeAdviserId }),
    expected: only({ adviser: 403, otherAdviser: 403, coordinator: 201 }) },
  { method: 'PATCH', url: '/api/office-hours/:id', path: () => `/api/office-hours/${NO_ID}`, body: () => ({ slotMinutes: 20 }),
    expected: only({ adviser: 404, otherAdviser: 404, coordinator: 404 }) },
  { method: 'POST', url: '/api/office-hours/:id/close', path: () => `/api/office-hours/${NO_ID}/close`, expected: only({ adviser: 404, otherAdviser: 404, coordinator: 404 }) },
  { method: 'GET', url: '/api/slots', path: () => '/api/slots?departement=80',
    expected: only({ agent: 200, otherAgent: 200, adviser: 200, otherAdviser: 200, coordinator: 200 }) },
  // A made-up slot: agents reach the check of the slot (400), nobody else may book.
  { method: 'POST', url: '/api/appointments', path: () => '/api/appointments', body: () => ({ slotId: 'inconnu', reason: 'career_project' }),
    expected: only({ agent: 400, otherAgent: 400 }) },
  { method: 'GET', url: '/api/appointments', path: () => '/api/appointments', expected: only({ agent: 200, otherAgent: 200, adviser: 200, otherAdviser: 200 }) },
  { method: 'POST', url: '/api/appointments/:id/cancel', path: () => `/api/appointments/${NO_ID}/cancel`, body: () => ({}),
    expected: only({ agent: 404, otherAgent: 404, adviser: 404, otherAdviser: 404 }) },
  // The agenda (issue 14): an appointment's outcome by its adviser; a move by its agent or adviser; the adviser's day and
  // week; agents' wishes of an earlier slot; everyone's private calendar feed, read by a secret address (unknown: 404).
  { method: 'POST', url: '/api/appointments/:id/status', path: () => `/api/appointments/${NO_ID}/status`, body: () => ({ status: 'held' }),
    expected: only({ adviser: 404, otherAdviser: 404 }) },
  { method: 'POST', url: '/api/appointments/:id/move', path: () => `/api/appointments/${NO_ID}/move`,
    body: () => ({ slotId: Buffer.from(`${NO_ID}|29000000`).toString('base64url') }), expected: only({ agent: 404, otherAgent: 404, adviser: 404, otherAdviser: 404 }) },
  { method: 'GET', url: '/api/agenda', path: () => '/api/agenda?from=2026-12-07&to=2026-12-13', expected: only({ adviser: 200, otherAdviser: 200 }) },
  { method: 'GET', url: '/api/earlier-slot-wishes', path: () => '/api/earlier-slot-wishes', expected: only({ agent: 200, otherAgent: 200 }) },
  // An unknown département: agents reach the check (400), nobody else may wish.
  { method: 'POST', url: '/api/earlier-slot-wishes', path: () => '/api/earlier-slot-wishes', body: () => ({ reason: 'career_project', departement: '99' }),
    expected: only({ agent: 400, otherAgent: 400 }) },
  { method: 'DELETE', url: '/api/earlier-slot-wishes/:id', path: () => `/api/earlier-slot-wishes/${NO_ID}`, expected: only({ agent: 404, otherAgent: 404 }) },
  { method: 'GET', url: '/api/calendar-feed', path: () => '/api/calendar-feed', expected: only({ agent: 200, otherAgent: 200, adviser: 200, otherAdviser: 200 }) },
  { method: 'POST', url: '/api/calendar-feed', path: () => '/api/calendar-feed', expected: only({ agent: 201, otherAgent: 201, adviser: 201, otherAdviser: 201 }) },
  { method: 'DELETE', url: '/api/calendar-feed', path: () => '/api/calendar-feed', expected: only({ agent: 200, otherAgent: 200, adviser: 200, otherAdviser: 200 }) },
  { method: 'GET', url: '/api/calendar/:token.ics', path: () => `/api/calendar/${'A'.repeat(43)}.ics`, expected: everyone(404) },
  // ─── Collective sessions (issue 14) ─── Offered to agents (their audience); organised by advisers and coordinators of
  // their territory; an unknown session is 404 to those who may reach one.
  { method: 'GET', url: '/api/collective-sessions', path: () => '/api/collective-sessions', expected: only({ agent: 200, otherAgent: 200 }) },
  { method: 'GET', url: '/api/collective-sessions/organised', path: () => '/api/collective-sessions/organised',
    expected: only({ adviser: 200, otherAdviser: 200, coordinator: 200 }) },
  // A session in the Somme: its adviser and the coordinators; not the Oise adviser.
  { method: 'POST', url: '/api/collective-sessions', path: () => '/api/collective-sessions', body: () => COLLECTIVE_SESSION,
    expected: only({ adviser: 201, otherAdviser: 403, coordinator: 201 }) },
  { method: 'GET', url: '/api/collective-sessions/:id', path: () => `/api/collective-sessions/${NO_ID}`,
    expected: only({ agent: 404, otherAgent: 404, adviser: 404, otherAdviser: 404, coordinator: 404 }) },
  { method: 'PATCH', url: '/api/collective-sessions/:id', path: () => `/api/collective-sessions/${NO_ID}`, body: () => ({ capacity: 3 }),
    expected: only({ adviser: 404, otherAdviser: 404, coordinator: 404 }) },
  { method: 'POST', url: '/api/collective-sessions/:id/cancel', path: () => `/api/collective-sessions/${NO_ID}/cancel`, body: () => ({}),
    expected: only({ adviser: 404, otherAdviser: 404, coordinator: 404 }) },
  { method: 'GET', url: '/api/collective-sessions/:id/participants', path: () => `/api/collective-sessions/${NO_ID}/participants`,
    expected: only({ adviser: 404, otherAdviser: 404, coordinator: 404 }) },
  { method: 'POST', url: '/api/collective-sessions/:id/attendance', path: () => `/api/collective-sessions/${NO_ID}/attendance`,
    body: () => ({ items: [{ registrationId: NO_ID, attendance: 'present' }] }), expected: only({ adviser: 404, otherAdviser: 404, coordinator: 404 }) },
  { method: 'POST', url: '/api/collective-sessions/:id/registration', path: () => `/api/collective-sessions/${NO_ID}/registration`,
    expected: only({ agent: 404, otherAgent: 404 }) },
  { method: 'DELETE', url: '/api/collective-sessions/:id/registration', path: () => `/api/collective-sessions/${NO_ID}/registration`,
    expected: only({ agent: 404, otherAgent: 404 }) },
  // ─── Phone line (issue 14) ─── Public number and hours; the rota and settings for coordinators of the territory;
  // shifts and calls for advisers (a call for an agent of another département: that agent is unknown, 404).
  { method: 'GET', url: '/api/phone-line', path: () => '/api/phone-line?departement=80', expected: everyone(200) },
  { method: 'GET', url: '/api/phone-line/rota', path: () => '/api/phone-line/rota?level=departement&code=80', expected: only({ coordinator: 200 }) },
  { method: 'PUT', url: '/api/phone-line/rota', path: () => '/api/phone-line/rota',
    body: () => ({ territory: { level: 'departement', code: '80' }, day: '2099-01-05', halfDay: 'morning', adviserIds: [] }), expected: only({ coordinator: 200 }) },
  { method: 'PUT', url: '/api/phone-line/settings', path: () => '/api/phone-line/settings',
    body: () => ({ territory: { level: 'departement', code: '80' }, settings: { phoneNumber: '03 22 71 25 00', morning: { opens: '09:00', closes: '12:00' }, afternoon: null } }),
    expected: only({ coordinator: 200 }) },
  { method: 'GET', url: '/api/phone-line/my-shifts', path: () => '/api/phone-line/my-shifts', expected: only({ adviser: 200, otherAdviser: 200 }) },
  { method: 'POST', url: '/api/phone-line/calls', path: () => '/api/phone-line/calls',
    body: (ids) => ({ agentId: ids.agentAccountId, topic: 'career_project', subject: 'Appel sur la ligne', summary: 'Question sur le mouvement.' }),
    expected: only({ adviser: 201, otherAdviser: 404 }) },
  // ─── Key dates and the newsletter (issue 16) ─── Public list, feed, archive and unsubscribe; editors write key dates and
  // issues; agents choose their subscriptions. An unknown issue is 404 to the editors; an unknown unsubscribe token, to all.
  { method: 'GET', url: '/api/key-dates', path: () => '/api/key-dates?academie=AMIENS', expected: everyone(200) },
  { method: 'GET', url: '/api/key-dates.ics', path: () => '/api/key-dates.ics?academie=AMIENS', expected: everyone(200) },
  { method: 'GET', url: '/api/key-dates/mine', path: () => '/api/key-dates/mine', expected: only({ agent: 200, otherAgent: 200 }) },
  { method: 'GET', url: '/api/key-dates/managed', path: () => '/api/key-dates/managed', expected: only({ editor: 200 }) },
  { method: 'POST', url: '/api/key-dates', path: () => '/api/key-dates',
    body: () => ({ academie: 'AMIENS', kind: 'other', title: 'Réunion de rentrée', startsOn: '2099-09-01' }), expected: only({ editor: 201 }) },
  { method: 'PATCH', url: '/api/key-dates/:id', path: () => `/api/key-dates/${NO_ID}`, body: () => ({ title: 'Autre' }), expected: only({ editor: 404 }) },
  { method: 'POST', url: '/api/key-dates/:id/cancel', path: () => `/api/key-dates/${NO_ID}/cancel`, expected: only({ editor: 404 }) },
  { method: 'GET', url: '/api/newsletters', path: () => '/api/newsletters', expected: only({ editor: 200 }) },
  { method: 'POST', url: '/api/newsletters', path: () => '/api/newsletters', body: () => ({ academie: 'AMIENS', kind: 'weekly_flash', title: 'Flash RH' }),
    expected: only({ editor: 201 }) },
  { method: 'GET', url: '/api/newsletters/:id', path: () => `/api/newsletters/${NO_ID}`, expected: only({ editor: 404 }) },
  { method: 'PATCH', url: '/api/newsletters/:id', path: () => `/api/newsletters/${NO_ID}`, body: () => ({ title: 'Autre' }), expected: only({ editor: 404 }) },
  { method: 'GET', url: '/api/newsletters/:id/preview', path: () => `/api/newsletters/${NO_ID}/preview`, expected: only({ editor: 404 }) },
  { method: 'GET', url: '/api/newsletters/:id/preview.html', path: () => `/api/newsletters/${NO_ID}/preview.html`, expected: only({ editor: 404 }) },
  { method: 'POST', url: '/api/newsletters/:id/submit', path: () => `/api/newsletters/${NO_ID}/submit`, expected: only({ editor: 404 }) },
  { method: 'POST', url: '/api/newsletters/:id/approve', path: () => `/api/newsletters/${NO_ID}/approve`, expected: only({ editor: 404 }) },
  { method: 'POST', url: '/api/newsletters/:id/cancel', path: () => `/api/newsletters/${NO_ID}/cancel`, expected: only({ editor: 404 }) },
  { method: 'GET', url: '/api/newsletters/defaults', path: () => '/api/newsletters/defaults?academie=AMIENS', expected: only({ editor: 200 }) },
  { method: 'PUT', url: '/api/newsletters/defaults', path: () => '/api/newsletters/defaults', body: () => ({ academie: 'AMIENS', quarterly: true, weekly_flash: true }),
    expected: only({ editor: 200 }) },
  { method: 'GET', url: '/api/newsletters/subscriptions', path: () => '/api/newsletters/subscriptions', expected: only({ agent: 200, otherAgent: 200 }) },
  { method: 'PUT', url: '/api/newsletters/subscriptions', path: () => '/api/newsletters/subscriptions', body: () => ({ quarterly: true, weekly_flash: true }),
    expected: only({ agent: 200, otherAgent: 200 }) },
  { method: 'GET', url: '/api/newsletters/archive', path: () => '/api/newsletters/archive?academie=AMIENS', expected: everyone(200) },
  { method: 'GET', url: '/api/newsletters/archive/:id', path: () => `/api/newsletters/archive/${NO_ID}`, expected: everyone(404) },
  { method: 'GET', url: '/api/newsletters/unsubscribe/:token', path: () => `/api/newsletters/unsubscribe/${'A'.repeat(43)}`, expected: everyone(404) },
  { method: 'POST', url: '/api/newsletters/unsubscribe/:token', path: () => `/api/newsletters/unsubscribe/${'A'.repeat(43)}`, expected: everyone(404) },
  // ─── Knowledge base (issue 15) ─── Reading, search, the assistant and the « mallette » are public (what is shown depends on
  // who asks); articles, synonyms, « questions types » and « questions sans réponse » are the editors'; views, editors' and steering's.
  { method: 'GET', url: '/api/articles', path: () => '/api/articles?q=mobilite&academie=AMIENS', expected: everyone(200) },
  { method: 'GET', url: '/api/articles/:slug', path: () => '/api/articles/temps-partiel?academie=AMIENS', expected: everyone(200) },
  { method: 'GET', url: '/api/articles/:slug/attachments/:attachmentId', path: () => `/api/articles/temps-partiel/attachments/${NO_ID}?academie=AMIENS`,
    expected: everyone(404) },
  { method: 'POST', url: '/api/assistant', path: () => '/api/assistant', body: () => ({ question: 'Comment travailler à temps partiel ?', academie: 'AMIENS' }),
    expected: everyone(200) },
  { method: 'GET', url: '/api/mallette/:academie', path: () => '/api/mallette/AMIENS', expected: everyone(200) },
  { method: 'GET', url: '/api/editor/articles', path: () => '/api/editor/articles', expected: only({ editor: 200 }) },
  { method: 'POST', url: '/api/editor/articles', path: () => '/api/editor/articles', body: () => KB_ARTICLE, expected: only({ editor: 201 }) },
  { method: 'POST', url: '/api/editor/articles/preview', path: () => '/api/editor/articles/preview', body: () => ({ body: '## Titre' }), expected: only({ editor: 200 }) },
  { method: 'GET', url: '/api/editor/articles/:id', path: () => `/api/editor/articles/${NO_ID}`, expected: only({ editor: 404 }) },
  { method: 'PUT', url: '/api/editor/articles/:id', path: () => `/api/editor/articles/${NO_ID}`, body: () => KB_ARTICLE, expected: only({ editor: 404 }) },
  { method: 'POST', url: '/api/editor/articles/:id/submit', path: () => `/api/editor/articles/${NO_ID}/submit`, expected: only({ editor: 404 }) },
  { method: 'POST', url: '/api/editor/articles/:id/publish', path: () => `/api/editor/articles/${NO_ID}/publish`, body: () => ({}), expected: only({ editor: 404 }) },
  { method: 'POST', url: '/api/editor/articles/:id/request-changes', path: () => `/api/editor/articles/${NO_ID}/request-changes`,
    body: () => ({ comment: 'À reprendre.' }), expected: only({ editor: 404 }) },
  { method: 'POST', url: '/api/editor/articles/:id/archive', path: () => `/api/editor/articles/${NO_ID}/archive`, expected: only({ editor: 404 }) },
  { method: 'GET', url: '/api/editor/articles/:id/versions', path: () => `/api/editor/articles/${NO_ID}/versions`, expected: only({ editor: 404 }) },
  { method: 'GET', url: '/api/editor/articles/:id/versions/:versionId', path: () => `/api/editor/articles/${NO_ID}/versions/${NO_ID}`, expected: only({ editor: 404 }) },
  // A JSON body instead of a file: the editor reaches the validation (400), others are stopped before.
  { method: 'POST', url: '/api/editor/articles/:id/attachments', path: () => `/api/editor/articles/${NO_ID}/attachments`, body: () => ({ file: 'x' }),
    expected: only({ editor: 400 }) },
  { method: 'DELETE', url: '/api/editor/articles/:id/attachments/:attachmentId', path: () => `/api/editor/articles/${NO_ID}/attachments/${NO_ID}`,
    expected: only({ editor: 404 }) },
  { method: 'GET', url: '/api/editor/synonyms', path: () => '/api/editor/synonyms', expected: only({ editor: 200 }) },
  { method: 'POST', url: '/api/editor/synonyms', path: () => '/api/editor/synonyms', body: () => ({ term: 'matrice', synonyms: ['tableau'] }), expected: only({ editor: 201 }) },
  { method: 'PUT', url: '/api/editor/synonyms/:id', path: () => `/api/editor/synonyms/${NO_ID}`, body: () => ({ term: 'matrice', synonyms: ['tableau'] }),
    expected: only({ editor: 404 }) },
  { method: 'DELETE', url: '/api/editor/synonyms/:id', path: () => `/api/editor/synonyms/${NO_ID}`, expected: only({ editor: 404 }) },
  { method: 'GET', url: '/api/editor/curated-questions', path: () => '/api/editor/curated-questions', expected: only({ editor: 200 }) },
  // An unknown article: the editor reaches the check (400).
  { method: 'POST', url: '/api/editor/curated-questions', path: () => '/api/editor/curated-questions', body: () => ({ question: 'Comment ?', articleIds: [NO_ID] }),
    expected: only({ editor: 400 }) },
  { method: 'PUT', url: '/api/editor/curated-questions/:id', path: () => `/api/editor/curated-questions/${NO_ID}`, body: () => ({ question: 'Comment ?', articleIds: [NO_ID] }),
    expected: only({ editor: 404 }) },
  { method: 'DELETE', url: '/api/editor/curated-questions/:id', path: () => `/api/editor/curated-questions/${NO_ID}`, expected: only({ editor: 404 }) },
  { method: 'GET', url: '/api/editor/listening-line', path: () => '/api/editor/listening-line', expected: only({ editor: 200 }) },
  { method: 'PUT', url: '/api/editor/listening-line', path: () => '/api/editor/listening-line',
    body: () => ({ label: 'Cellule d’écoute', phone: '03 22 82 38 25', hours: '' }), expected: only({ editor: 200 }) },
  { method: 'GET', url: '/api/editor/unanswered-questions', path: () => '/api/editor/unanswered-questions', expected: only({ editor: 200 }) },
  { method: 'GET', url: '/api/editor/article-views', path: () => '/api/editor/article-views',
    expected: only({ editor: 200, steeringNational: 200, steeringAcademie: 200, steeringDepartement: 200 }) },
];

/** A collective session in the Somme, far ahead: valid for its adviser and the coordinators. */
const COLLECTIVE_SESSION = {
  title: 'Atelier mobilité professionnelle', kind: 'workshop', startsAt: '2099-03-03T13:00:00Z', endsAt: '2099-03-03T15:00:00Z', departement: '80',
  place: { kind: 'dsden', label: 'DSDEN de la Somme' }, capacity: 12, audience: { departements: [], categories: [] },
};

/** Weekly visio office hours, from a far date: valid for any adviser. */
const OFFICE_HOURS = {
  place: { kind: 'visio', label: 'Visioconférence', url: 'https://webconf.numerique.gouv.fr/matrice' },
  recurrence: { frequency: 'weekly', weekdays: [2] }, startsOn: '2099-01-05', startTime: '14:00', durationMinutes: 60, slotMinutes: 30,
  reasons: ['career_project'],
};

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

/** The account the administration rows act on: active or not, holding the editor role or not. */
async function setManaged(state: { active?: boolean; editor?: boolean }) {
  if (state.active !== undefined) await t.db.updateTable('persons').set({ active: state.active }).where('id', '=', ids.managedPersonId).execute();
  if (state.editor !== undefined) {
    await t.db.deleteFrom('role_assignments').where('person_id', '=', ids.managedPersonId).where('role', '=', 'editor').execute();
    if (state.editor) {
      await t.db.insertInto('role_assignments')
        .values({ person_id: ids.managedPersonId, role: 'editor', territory_level: 'academie', territory_code: 'AMIENS' }).execute();
    }
  }
}

beforeAll(async () => {
  t = await createTestApp();
  const agent = await t.db.selectFrom('persons').select('id').where('email', '=', DEMO.agentSomme).executeTakeFirstOrThrow();
  const adviser = await t.db.selectFrom('persons').select('id').where('email', '=', DEMO.adviserSomme).executeTakeFirstOrThrow();
  // A sensitive request of the Somme agent, assigned to the Somme adviser: the rows put it in each state.
  const request = await buildRequest(t.db, { agent, assignee: adviser, topic: 'career_project', sensitive: true });
  const otherSommeAdviser = await t.db.selectFrom('persons').select('id').where('email', '=', DEMO.otherAdviserSomme).executeTakeFirstOrThrow();
  const managed = await buildAgent(t.db, { departement: '80' });
  ids = { sensitiveRequestId: request.id, agentAccountId: agent.id, otherSommeAdviserId: otherSommeAdviser.id, absenceId: '', managedPersonId: managed.id };
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
        await row.prepare?.();
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
