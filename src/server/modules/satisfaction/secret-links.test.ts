import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import { createTestDatabase } from '../../../../tests/support/test-database.ts';
import { startTestSmtpServer, type TestSmtpServer } from '../../../../tests/support/smtp-server.ts';
import { loadConfig, type Config } from '../../config.ts';
import { composeService, type Service } from '../../compose.ts';
import type { Database } from '../../db/database.ts';
import { jobDefinitions } from '../../jobs/definitions.ts';
import type { AnyJobDefinition } from '../../jobs/queue.ts';

/*
 * A one-time survey link is read by its recipient only: not by the administrator who reads the
 * outbox, not by whoever holds a copy of the database (the outbox table, the queue's payloads).
 * Driven through the HTTP API and the jobs the service registers, as production runs them.
 */

const MARKER = '[lien personnel masqué]';
/** A survey path with something shaped like a token. */
const SECRET_PATH = /\/enquete(-nationale)?\/[A-Za-z0-9_-]{43}/;
const DAY = 86_400_000;
const AGENT = 'camille.dupuis@ac-amiens.fr';
const ADMIN = 'nicolas.bertin@ac-amiens.fr';
const NATIONAL_COORDINATOR = 'nathalie.perrin@education.gouv.fr';

interface Caller { cookie: string; csrfToken: string }

describe.each(['smtp', 'outbox'] as const)('one-time survey links, delivered by the %s transport', (transport) => {
  let database: Database;
  let smtp: TestSmtpServer;
  let service: Service;
  let jobs: AnyJobDefinition[];
  const delivered = new Set<string>();
  let reference = '';
  let requestId = '';

  beforeAll(async () => {
    database = await createTestDatabase();
    smtp = await startTestSmtpServer();
    const config: Config = {
      ...loadConfig({ NODE_ENV: 'test', DEMO_MODE: 'true', SIGN_IN_RATE_LIMIT: '100000' }),
      ...(transport === 'smtp' ? { smtpUrl: smtp.url } : {}),
    };
    service = await composeService({ config, database, databaseUrl: (database as { url?: string }).url, work: false });
    await service.app.ready();
    // The jobs exactly as the service registers them.
    jobs = jobDefinitions({ config: service.config, database, mailer: service.mailer, mail: service.mail });
    // The panel's mails are national: a national administrator reads them.
    const admin = await database.db.selectFrom('persons').select('id').where('email', '=', ADMIN).executeTakeFirstOrThrow();
    await database.db.insertInto('role_assignments').values({ person_id: admin.id, role: 'admin', territory_level: 'national', territory_code: 'FR' }).execute();
  });
  afterAll(async () => {
    await service?.close();
    await smtp?.close();
    await database?.close();
  });

  const job = (name: string) => jobs.find((d) => d.name === name)!;

  async function signIn(email: string): Promise<Caller> {
    const person = await database.db.selectFrom('persons').select('id').where('email', '=', email).executeTakeFirstOrThrow();
    const response = await service.app.inject({ method: 'POST', url: '/api/auth/demo-login', payload: { accountId: person.id } });
    expect(response.statusCode).toBe(200);
    const setCookie = response.headers['set-cookie'];
    return { cookie: (Array.isArray(setCookie) ? setCookie[0] : setCookie)!.split(';')[0]!, csrfToken: response.json().csrfToken };
  }
  const call = (caller: Caller | null, method: 'GET' | 'POST', url: string, payload?: object) => service.app.inject({
    method, url, ...(payload ? { payload } : {}),
    headers: caller ? { cookie: caller.cookie, ...(method === 'GET' ? {} : { 'x-csrf-token': caller.csrfToken }) } : {},
  });

  /** Runs the real `mail.send` job on every mail queued since the last call, as a worker would. */
  async function deliverQueuedMails() {
    const { rows } = await sql<{ id: string; data: object }>`select id, data from pgboss.job where name = 'mail.send' order by created_on, id`.execute(database.db);
    for (const row of rows.filter((r) => !delivered.has(r.id))) {
      await job('mail.send').handler(row.data, { id: row.id, retryCount: 0 });
      delivered.add(row.id);
    }
  }

  /** Every outbox mail of `template` the administrator reads, as the listing and the detail answer. */
  async function outboxAsAdmin(template: string) {
    const admin = await signIn(ADMIN);
    const list = await call(admin, 'GET', '/api/admin/outbox?limit=200');
    expect(list.statusCode).toBe(200);
    const ids = (list.json().items as Array<{ id: string; template: string }>).filter((m) => m.template === template).map((m) => m.id);
    const details = await Promise.all(ids.map((id) => call(admin, 'GET', `/api/admin/outbox/${id}`)));
    for (const detail of details) expect(detail.statusCode).toBe(200);
    return { list: list.body, details: details.map((d) => d.json() as { textBody: string; recipient: string }) };
  }

  const tokenIn = (text: string) => SECRET_PATH.exec(text)?.[0].split('/').pop();

  it('survey: the administrator sees the invitation with its link masked; the agent’s mail holds a link that opens the survey', async () => {
    const agent = await database.db.selectFrom('persons').select('id').where('email', '=', AGENT).executeTakeFirstOrThrow();
    const request = await database.db.selectFrom('requests').select(['id', 'reference']).where('agent_id', '=', agent.id).orderBy('reference').executeTakeFirstOrThrow();
    ({ id: requestId, reference } = request);
    await database.db.deleteFrom('satisfaction_surveys').where('request_id', '=', requestId).execute();
    await database.db.updateTable('requests').set({ status: 'closed', closed_at: new Date(Date.now() - 3 * DAY), response_type: 'information_individual' })
      .where('id', '=', requestId).execute();

    await job('surveys.invite').handler({}, { id: 'invite-1', retryCount: 0 });
    await deliverQueuedMails();

    const { list, details } = await outboxAsAdmin('survey.invitation');
    const mine = details.filter((d) => d.recipient === AGENT);
    expect(mine.length).toBeGreaterThanOrEqual(1);
    for (const body of [list, ...details.map((d) => JSON.stringify(d))]) expect(body).not.toMatch(SECRET_PATH);
    for (const detail of mine) expect(detail.textBody).toContain(MARKER);

    if (transport === 'smtp') {
      const mail = smtp.received.find((m) => m.envelope.to.includes(AGENT) && m.subject.includes(reference))!;
      expect(mail).toBeDefined();
      const token = tokenIn(mail.text)!;
      expect(mail.text).toContain(`${service.config.publicUrl}/enquete/${token}`);
      expect(mail.html).toContain(`href="${service.config.publicUrl}/enquete/${token}"`);
      const survey = await call(null, 'GET', `/api/surveys/${token}`);
      expect(survey.statusCode).toBe(200);
      expect(survey.json()).toMatchObject({ status: 'open', reference });
      for (const body of [list, ...details.map((d) => JSON.stringify(d))]) expect(body).not.toContain(token);
    }
  });

  it('national panel: the same, the link masked in the outbox and working in the mail', async () => {
    const national = await signIn(NATIONAL_COORDINATOR);
    const drawn = await call(national, 'POST', '/api/panels', { from: '2015-01-01', to: '2030-12-31', perDepartement: 4, seed: `secret-${transport}` });
    expect(drawn.statusCode).toBe(201);
    expect((await call(national, 'POST', `/api/panels/${drawn.json().id}/send`)).statusCode).toBe(200);
    await deliverQueuedMails();

    const { list, details } = await outboxAsAdmin('panel.invitation');
    expect(details.length).toBe(drawn.json().drawn);
    for (const body of [list, ...details.map((d) => JSON.stringify(d))]) expect(body).not.toMatch(SECRET_PATH);
    for (const detail of details) expect(detail.textBody).toContain(MARKER);

    if (transport === 'smtp') {
      const mails = smtp.received.filter((m) => m.subject.includes('Enquête nationale'));
      expect(mails).toHaveLength(drawn.json().drawn);
      const token = tokenIn(mails[0]!.text)!;
      expect(mails[0]!.text).toContain(`${service.config.publicUrl}/enquete-nationale/${token}`);
      const survey = await call(null, 'GET', `/api/panel-surveys/${token}`);
      expect(survey.statusCode).toBe(200);
      expect(survey.json().status).toBe('open');
    }
  });

  // Only SMTP delivery retries an exchange (the outbox transport mints no link at all: mail.test.ts).
  if (transport === 'smtp') it('mints a new link on the retry after a refused SMTP exchange: the undelivered one never works', async () => {
    await database.db.deleteFrom('satisfaction_surveys').where('request_id', '=', requestId).execute();
    await job('surveys.invite').handler({}, { id: 'invite-2', retryCount: 0 });
    const { rows } = await sql<{ id: string; data: object }>`select id, data from pgboss.job where name = 'mail.send' order by created_on, id`.execute(database.db);
    const [queued, ...others] = rows.filter((r) => !delivered.has(r.id));
    expect(others).toEqual([]);
    const hash = async () => (await database.db.selectFrom('satisfaction_surveys').select('token_hash').where('request_id', '=', requestId).executeTakeFirstOrThrow()).token_hash;
    const before = smtp.received.length;

    smtp.refuseNext(1);
    await expect(job('mail.send').handler(queued!.data, { id: queued!.id, retryCount: 0 })).rejects.toThrow();
    const undelivered = await hash();
    await job('mail.send').handler(queued!.data, { id: queued!.id, retryCount: 1 });
    delivered.add(queued!.id);
    expect(await hash()).not.toBe(undelivered);

    const mails = smtp.received.slice(before);
    expect(mails).toHaveLength(1);
    const token = tokenIn(mails[0]!.text)!;
    expect((await call(null, 'GET', `/api/surveys/${token}`)).json()).toMatchObject({ status: 'open', reference });
    const row = await database.db.selectFrom('mail_outbox').select(['text_body', 'html_body']).where('recipient', '=', AGENT)
      .where('template', '=', 'survey.invitation').orderBy('created_at', 'desc').executeTakeFirstOrThrow();
    expect(`${row.text_body}${row.html_body}`).not.toMatch(SECRET_PATH);
    expect(row.text_body).toContain(MARKER);
  });

  it('a copy of the database opens no survey: no token in the outbox table or in the queue’s payloads', async () => {
    const dumps: string[] = [];
    dumps.push(JSON.stringify(await database.db.selectFrom('mail_outbox').selectAll().execute()));
    dumps.push(JSON.stringify((await sql`select * from pgboss.job`.execute(database.db)).rows));
    const archive = await sql<{ name: string | null }>`select to_regclass('pgboss.archive')::text as name`.execute(database.db);
    if (archive.rows[0]?.name) dumps.push(JSON.stringify((await sql`select * from pgboss.archive`.execute(database.db)).rows));
    expect(dumps.join('')).toContain(transport === 'smtp' ? 'survey.invitation' : 'panel.invitation');

    // Every substring shaped like a token (43 base64url characters) is tried on both doors.
    const candidates = new Set<string>();
    for (const run of dumps.join('\n').match(/[A-Za-z0-9_-]{43,}/g) ?? []) {
      for (let i = 0; i + 43 <= run.length; i += 1) candidates.add(run.slice(i, i + 43));
    }
    const opened: string[] = [];
    for (const candidate of candidates) {
      for (const door of ['/api/surveys/', '/api/panel-surveys/']) {
        if ((await call(null, 'GET', `${door}${candidate}`)).statusCode === 200) opened.push(`${door}${candidate}`);
      }
    }
    expect(opened).toEqual([]);
  });
});
