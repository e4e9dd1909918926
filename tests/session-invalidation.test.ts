import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import type { LightMyRequestResponse } from 'fastify';
import { createTestApp, DEMO, type Caller, type TestApp } from './support/test-app.ts';
import { buildAgent, buildStaff } from './support/factories.ts';
import { composeService, type Service } from '../src/server/compose.ts';
import { answerOnceHeard, status } from './support/soon.ts';

/*
 * Two instances on one database, each with its own memory of recent sessions (SESSION_CACHE_SECONDS
 * at its default): a sign-out, a deactivation or a withdrawn role counts on the other at once,
 * not when its memory of the session runs out.
 */

let a: TestApp;
let b: Service;
beforeAll(async () => {
  a = await createTestApp();
  expect(a.config.sessionCacheSeconds).toBe(5);
  b = await composeService({ config: a.config, database: a.database, databaseUrl: (a.database as { url?: string }).url, work: false });
  await b.app.ready();
});
afterAll(async () => {
  await b?.close();
  await a?.close();
});

const SUBMISSION = { topic: 'career_project', subject: 'Projet de mobilité', description: 'Je souhaite changer de poste.', contactPreference: 'email' };

function onB(caller: Caller, method: 'GET' | 'POST', url: string, payload?: object) {
  const headers: Record<string, string> = { cookie: caller.cookie };
  if (method !== 'GET') headers['x-csrf-token'] = caller.csrfToken;
  return b.app.inject({ method, url, headers, ...(payload === undefined ? {} : { payload }) });
}

/** B's answer once the change has reached it: with the commit on PGlite, within milliseconds on a server. */
async function answerOnB(call: () => Promise<LightMyRequestResponse>, heard: (response: LightMyRequestResponse) => boolean) {
  const { response, ms } = await answerOnceHeard(call, heard);
  expect(ms).toBeLessThan(a.database.kind === 'pglite' ? 100 : 1_000);
  return response;
}

describe('a change made through one instance counts at once on the other', () => {
  it('sign-out on A: the cookie opens nothing on B any more', async () => {
    const caller = await a.signInAs(DEMO.agentSomme);
    expect((await onB(caller, 'GET', '/api/auth/session')).statusCode).toBe(200);
    expect((await a.call(caller, 'POST', '/api/auth/logout')).statusCode).toBe(204);
    expect((await answerOnB(() => onB(caller, 'GET', '/api/auth/session'), status(401))).statusCode).toBe(401);
    expect((await onB(caller, 'POST', '/api/requests', SUBMISSION)).statusCode).toBe(401);
  });

  it('a session ended by another process (another instance, its own memory): refused on B at once', async () => {
    const caller = await a.signInAs(DEMO.agentOise);
    expect((await onB(caller, 'GET', '/api/auth/session')).statusCode).toBe(200);
    await a.db.deleteFrom('sessions').where('person_id', '=', caller.personId).execute();
    expect((await answerOnB(() => onB(caller, 'GET', '/api/auth/session'), status(401))).statusCode).toBe(401);
    expect((await onB(caller, 'POST', '/api/requests', SUBMISSION)).statusCode).toBe(401);
  });

  it('a person deactivated: refused on B at once', async () => {
    const editor = await buildStaff(a.db, { role: 'editor', territory: { level: 'academie', code: 'AMIENS' } });
    const caller = await a.signInAsPerson(editor.id);
    expect((await onB(caller, 'GET', '/api/auth/session')).statusCode).toBe(200);
    // What the directory does when somebody leaves.
    await a.db.updateTable('persons').set({ active: false }).where('id', '=', editor.id).execute();
    expect((await answerOnB(() => onB(caller, 'GET', '/api/auth/session'), status(401))).statusCode).toBe(401);
    expect((await onB(caller, 'POST', '/api/requests', SUBMISSION)).statusCode).toBe(401);
  });

  it('a person deactivated by an administrator through A: their session ends, refused on B at once', async () => {
    const agent = await buildAgent(a.db, { departement: '80' });
    const caller = await a.signInAsPerson(agent.id);
    expect((await onB(caller, 'GET', '/api/auth/session')).statusCode).toBe(200);
    const admin = await a.signInAs(DEMO.admin);
    expect((await a.call(admin, 'POST', `/api/admin/accounts/${agent.id}/deactivate`)).statusCode).toBe(200);
    expect((await answerOnB(() => onB(caller, 'GET', '/api/auth/session'), status(401))).statusCode).toBe(401);
    expect((await onB(caller, 'POST', '/api/requests', SUBMISSION)).statusCode).toBe(401);
    expect(await a.db.selectFrom('sessions').select('token_hash').where('person_id', '=', agent.id).execute()).toEqual([]);
  });

  it('a role withdrawn by an administrator through A: B no longer grants it', async () => {
    const agent = await buildAgent(a.db, { departement: '80' });
    const caller = await a.signInAsPerson(agent.id);
    expect((await onB(caller, 'GET', '/api/auth/session')).json().abilities.submitRequests).toBe(true);
    const admin = await a.signInAs(DEMO.admin);
    const withdrawn = await a.call(admin, 'POST', `/api/admin/accounts/${agent.id}/roles/withdraw`, { role: 'agent', territory: { level: 'departement', code: '80' } });
    expect(withdrawn.statusCode).toBe(200);
    const session = await answerOnB(() => onB(caller, 'GET', '/api/auth/session'), (r) => r.json().roles.length === 0);
    expect(session.json().abilities.submitRequests).toBe(false);
  });

  it('a role withdrawn: B no longer grants it', async () => {
    const agent = await buildAgent(a.db);
    const caller = await a.signInAsPerson(agent.id);
    expect((await onB(caller, 'GET', '/api/auth/session')).json().abilities.submitRequests).toBe(true);
    await a.db.deleteFrom('role_assignments').where('person_id', '=', agent.id).execute();
    const session = await answerOnB(() => onB(caller, 'GET', '/api/auth/session'), (r) => r.json().roles.length === 0);
    expect(session.json()).toMatchObject({ roles: [], abilities: { submitRequests: false } });
    expect((await onB(caller, 'POST', '/api/requests', SUBMISSION)).statusCode).toBe(403);
  });

  it('a role granted: B grants it at once', async () => {
    const editor = await buildStaff(a.db, { role: 'editor', territory: { level: 'academie', code: 'AMIENS' } });
    const caller = await a.signInAsPerson(editor.id);
    expect((await onB(caller, 'GET', '/api/auth/session')).json().abilities.submitRequests).toBe(false);
    await a.db.insertInto('role_assignments').values({ person_id: editor.id, role: 'agent', territory_level: 'departement', territory_code: '80' }).execute();
    const session = await answerOnB(() => onB(caller, 'GET', '/api/auth/session'), (r) => r.json().abilities.submitRequests === true);
    expect(session.json().abilities.submitRequests).toBe(true);
  });
});

/** A change nobody announces (triggers off for the transaction): only an instance that reads the database sees it. */
async function deactivateSilently(personId: string) {
  await a.db.transaction().execute(async (trx) => {
    await sql`set local session_replication_role = replica`.execute(trx);
    await trx.updateTable('persons').set({ active: false }).where('id', '=', personId).execute();
  });
}

/**
 * Waits until B has heard every announcement sent so far (the sign-in and the new person's own):
 * announcements arrive in order, so once a marker sent now is heard, the earlier ones were too.
 * On a server they travel after the commit, and one arriving late rightly makes B forget.
 */
async function everythingHeardOnB() {
  const recent = b.app.recentSessions;
  const marker = `marker-${randomUUID()}`;
  let heard = false;
  const forgetSession = recent.forgetSession.bind(recent);
  recent.forgetSession = (tokenHash: string) => {
    if (tokenHash === marker) heard = true;
    forgetSession(tokenHash);
  };
  try {
    await sql`select pg_notify('proxirh_sessions', ${marker})`.execute(a.db);
    await until(() => heard);
  } finally {
    delete (recent as { forgetSession?: unknown }).forgetSession;
  }
}

async function until(condition: () => boolean) {
  const started = Date.now();
  while (!condition() && Date.now() - started < 10_000) await new Promise((resolve) => setTimeout(resolve, 10));
  expect(condition()).toBe(true);
}

describe('the memory of an instance', () => {
  it('answers a session read a moment ago from memory while it hears the announcements', async () => {
    expect(b.app.recentSessions.hearing).toBe(true);
    const editor = await buildStaff(a.db, { role: 'editor', territory: { level: 'academie', code: 'AMIENS' } });
    const caller = await a.signInAsPerson(editor.id);
    await everythingHeardOnB();
    expect((await onB(caller, 'GET', '/api/auth/session')).statusCode).toBe(200);
    await deactivateSilently(editor.id);
    expect((await onB(caller, 'GET', '/api/auth/session')).statusCode).toBe(200);
    expect((await a.call(caller, 'GET', '/api/auth/session')).statusCode).toBe(401);
  });

  // A listening connection exists on PostgreSQL only (PGlite's notifications never leave the process).
  if (process.env.TEST_DATABASE_URL !== undefined) it('reads every session while its listening connection is lost, and remembers again once it is back', async () => {
    const editor = await buildStaff(a.db, { role: 'editor', territory: { level: 'academie', code: 'AMIENS' } });
    const caller = await a.signInAsPerson(editor.id);
    expect((await onB(caller, 'GET', '/api/auth/session')).statusCode).toBe(200);
    await sql`select pg_terminate_backend(pid) from pg_stat_activity
      where datname = current_database() and query = 'listen proxirh_sessions'`.execute(a.db);
    await until(() => !b.app.recentSessions.hearing);
    await deactivateSilently(editor.id);
    expect((await onB(caller, 'GET', '/api/auth/session')).statusCode).toBe(401);

    await until(() => b.app.recentSessions.hearing);
    const other = await buildStaff(a.db, { role: 'editor', territory: { level: 'academie', code: 'AMIENS' } });
    const again = await a.signInAsPerson(other.id);
    expect((await onB(again, 'GET', '/api/auth/session')).statusCode).toBe(200);
    await a.db.updateTable('persons').set({ active: false }).where('id', '=', other.id).execute();
    expect((await answerOnB(() => onB(again, 'GET', '/api/auth/session'), status(401))).statusCode).toBe(401);
  });
});
