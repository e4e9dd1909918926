import type { LightMyRequestResponse } from 'fastify';
import { loadConfig, type Config } from '../../src/server/config.ts';
import { buildApp } from '../../src/server/app.ts';
import { composeService } from '../../src/server/compose.ts';
import type { Database } from '../../src/server/db/database.ts';
import { createTestDatabase } from './test-database.ts';
import { sql } from 'kysely';
import type { JobQueue } from '../../src/server/jobs/queue.ts';
import { queuedMailSender } from '../../src/server/mail/jobs.ts';
import { requestNotifier } from '../../src/server/modules/requests/notifications.ts';
import { createSession } from '../../src/server/auth/session-store.ts';
import { sessionCookieName } from '../../src/server/auth/session-cookie.ts';

export interface Caller {
  cookie: string;
  csrfToken: string;
  personId: string;
}

export type TestApp = Awaited<ReturnType<typeof createTestApp>>;

/** A real app on a private copy of the demo database, driven through `app.inject`. */
export async function createTestApp(overrides: Partial<Config> = {}, options: { jobs?: JobQueue } = {}) {
  const database: Database = await createTestDatabase();
  const config: Config = { ...loadConfig({ NODE_ENV: 'test', DEMO_MODE: 'true', SIGN_IN_RATE_LIMIT: '100000' }), ...overrides };
  // The real queue, enqueue only: a test reads what would be sent from the queue's own table.
  const service = options.jobs ? undefined : await composeService({ config, database, databaseUrl: (database as { url?: string }).url, work: false });
  const jobs = options.jobs ?? service!.jobs;
  const mail = queuedMailSender(jobs);
  const notifier = requestNotifier({ config, mail });
  const app = service?.app ?? await buildApp({ config, database, jobs, mail });

  /** The mails queued so far (template, recipient, payload), oldest first. */
  async function queuedMails(): Promise<Array<{ template: string; to: string; data: Record<string, unknown> }>> {
    const { rows } = await sql<{ data: { template: string; to: string; data: Record<string, unknown> } }>`
      select data from pgboss.job where name = 'mail.send' order by created_on, id`.execute(database.db);
    return rows.map((r) => ({ template: r.data.template, to: r.data.to, data: r.data.data }));
  }
  await app.ready();

  const demoAccounts = await database.db.selectFrom('demo_accounts as d').innerJoin('persons as p', 'p.id', 'd.person_id')
    .select(['p.id', 'p.email']).execute();

  /** Signs in as a demo account, by e-mail (e.g. claire.vasseur@ac-amiens.fr). */
  async function signInAs(email: string): Promise<Caller> {
    const account = demoAccounts.find((a) => a.email === email);
    if (!account) throw new Error(`No demo account ${email}`);
    const response = await app.inject({ method: 'POST', url: '/api/auth/demo-login', payload: { accountId: account.id } });
    if (response.statusCode !== 200) throw new Error(`demo-login failed: ${response.statusCode} ${response.body}`);
    const setCookie = response.headers['set-cookie'];
    const cookie = (Array.isArray(setCookie) ? setCookie[0] : setCookie)!.split(';')[0]!;
    return { cookie, csrfToken: response.json().csrfToken, personId: account.id };
  }

  /** Signs in as any person of the database (a factory's), with a real session as a sign-in makes. */
  async function signInAsPerson(personId: string): Promise<Caller> {
    const { token, csrfToken } = await createSession(database.db, personId, 'oidc', config.sessionIdleMinutes);
    // Named as the running service names it (its public address is the one stored in the database).
    return { cookie: `${sessionCookieName(service?.config ?? config)}=${token}`, csrfToken, personId };
  }

  /** An injected call as `caller` (or anonymous), with the CSRF header on unsafe methods. */
  async function call(caller: Caller | null, method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE', url: string, payload?: unknown): Promise<LightMyRequestResponse> {
    const headers: Record<string, string> = {};
    if (caller) {
      headers.cookie = caller.cookie;
      if (method !== 'GET') headers['x-csrf-token'] = caller.csrfToken;
    }
    return app.inject({ method, url, headers, ...(payload === undefined ? {} : { payload: payload as object }) });
  }

  return {
    app,
    database,
    db: database.db,
    config,
    signInAs,
    signInAsPerson,
    call,
    jobs,
    notifier,
    queuedMails,
    async close() {
      if (service) await service.close();
      else await app.close();
      await database.close();
    },
  };
}

/** The demo accounts the tests use, by what they are. */
export const DEMO = {
  agentSomme: 'camille.dupuis@ac-amiens.fr',
  agentOise: 'thomas.leclercq@ac-amiens.fr',
  adviserSomme: 'claire.vasseur@ac-amiens.fr',
  adviserOise: 'julien.caron@ac-amiens.fr',
  otherAdviserSomme: 'eric.lambert@ac-amiens.fr',
  coordinator: 'helene.dumont@ac-amiens.fr',
  contactPoint: 'olivier.delattre@ac-amiens.fr',
  editor: 'marion.lecomte@ac-amiens.fr',
  steeringNational: 'philippe.renard@ac-amiens.fr',
  steeringAcademie: 'isabelle.marchand@ac-amiens.fr',
  steeringSomme: 'laurent.fontaine@ac-amiens.fr',
  admin: 'nicolas.bertin@ac-amiens.fr',
  coordinatorNational: 'nathalie.perrin@education.gouv.fr',
} as const;
