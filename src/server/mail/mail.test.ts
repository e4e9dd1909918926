import crypto from 'node:crypto';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { pino } from 'pino';
import type { FastifyInstance } from 'fastify';
import { sql } from 'kysely';
import { createTestDatabase } from '../../../tests/support/test-database.ts';
import { loadConfig, type Config } from '../config.ts';
import type { Database } from '../db/database.ts';
import { buildApp } from '../app.ts';
import { MailPayloadError, renderMail } from './templates.ts';
import { REDACTED_LINK } from './template-kit.ts';
import { createMailer, deliverMail, MailDeliveryError, type Mailer } from './mailer.ts';
import { enqueueMail, mailJobDefinition, MAIL_SEND_JOB, queuedMailSender, type MailJobPayload } from './jobs.ts';
import { startTestSmtpServer, type TestSmtpServer } from '../../../tests/support/smtp-server.ts';

const PUBLIC_URL = 'https://proxirh.ac-amiens.fr';
const REQUEST_ID = '6f1c2b0e-3d4a-4b5c-8d9e-0f1a2b3c4d5e';
const LINK = `/mes-demandes/${REQUEST_ID}`;
/** Special-category content that must never leave in a mail. */
const DESCRIPTION = 'Je suis en arrêt maladie pour dépression depuis le harcèlement de mon chef.';

/** A stand-in for the queue: records what would be stored, as pg-boss stores it (JSON). */
function recordingQueue() {
  const queued: Array<{ name: string; payload: MailJobPayload }> = [];
  return {
    queued,
    async send(name: string, payload: object) {
      queued.push({ name, payload: JSON.parse(JSON.stringify(payload)) as MailJobPayload });
      return crypto.randomUUID();
    },
  };
}

/** A real pino logger whose lines are kept, to check what the logs carry. */
function capturedLogger() {
  const lines: string[] = [];
  return { lines, logger: pino({ level: 'info' }, { write: (line: string) => lines.push(line) }) };
}

describe('mail templates', () => {
  it('renders an acknowledgement with the reference, the subject line, the committed date in Paris time and the link', () => {
    const mail = renderMail({
      template: 'request.acknowledged',
      data: { reference: 'AMI-2026-000042', subjectLine: 'Question sur mon avancement', handledBy: null, dueDate: '2026-11-30T23:30:00.000Z', link: LINK },
    }, { publicUrl: PUBLIC_URL });
    expect(mail.subject).toBe('Votre demande AMI-2026-000042 a bien été reçue');
    expect(mail.text).toMatch(/^Bonjour,/);
    expect(mail.text).toContain('« Question sur mon avancement »');
    expect(mail.text).toContain('suivie par le service RH de proximité');
    // 23:30 UTC on 30 November is already 1 December in Paris.
    expect(mail.text).toContain('au plus tard le mardi 1 décembre 2026');
    expect(mail.text).toContain(`${PUBLIC_URL}${LINK}`);
    expect(mail.text).toContain('Ceci est un message automatique, merci de ne pas y répondre.');
    expect(mail.html).toContain('<html lang="fr">');
    expect(mail.html).toContain(`<a href="${PUBLIC_URL}${LINK}"`);
  });

  it('leaves the subject line out when it is empty (a sensitive request)', () => {
    const mail = renderMail({ template: 'request.updated', data: { reference: 'AMI-2026-000042', subjectLine: '', link: LINK } }, { publicUrl: PUBLIC_URL });
    expect(mail.subject).toBe('Votre demande AMI-2026-000042 a reçu une réponse');
    expect(mail.text).not.toContain('objet');
  });

  it('escapes every interpolated value in the HTML', () => {
    const mail = renderMail({
      template: 'request.acknowledged',
      data: { reference: 'AMI-2026-000042', subjectLine: '<img src=x onerror="alert(1)"> & co', handledBy: 'Claire <b>Vasseur</b>', dueDate: '2026-12-01T09:00:00Z', link: LINK },
    }, { publicUrl: PUBLIC_URL });
    expect(mail.html).not.toContain('<img');
    expect(mail.html).not.toContain('<b>');
    expect(mail.html).toContain('&lt;img src=x onerror=&quot;alert(1)&quot;&gt; &amp; co');
    expect(mail.html).toContain('Claire &lt;b&gt;Vasseur&lt;/b&gt;');
  });

  it('does not even accept a description: the types refuse it, and so does the run-time check', () => {
    const attempt = () => renderMail({
      template: 'request.updated',
      data: {
        reference: 'AMI-2026-000042',
        link: LINK,
        // @ts-expect-error a mail payload has no description field
        description: DESCRIPTION,
      },
    }, { publicUrl: PUBLIC_URL });
    expect(attempt).toThrow(MailPayloadError);
    expect(attempt).toThrow(/data\.description/);
    // The error names the field, never its content.
    expect(attempt).not.toThrow(/dépression/);
  });

  it('refuses free text hidden in other fields: several lines, a foreign link, a text reference', () => {
    const base = { reference: 'AMI-2026-000042', subjectLine: 'Objet', link: LINK };
    const render = (data: object) => () => renderMail({ template: 'request.updated', data } as never, { publicUrl: PUBLIC_URL });
    expect(render({ ...base, subjectLine: `Objet\n\n${DESCRIPTION}` })).toThrow(/data\.subjectLine/);
    expect(render({ ...base, link: 'https://ailleurs.example.org/piege' })).toThrow(/data\.link/);
    expect(render({ ...base, link: `${LINK}?texte=${encodeURIComponent(DESCRIPTION)}` })).toThrow(/data\.link/);
    expect(render({ ...base, reference: DESCRIPTION })).toThrow(/data\.reference/);
    expect(() => renderMail({ template: 'request.free-text', data: { body: DESCRIPTION } } as never, { publicUrl: PUBLIC_URL })).toThrow(/template/);
  });

  it('refuses an unknown payload key at enqueue time, through the typed and the untyped doors, and queues nothing', async () => {
    const queue = recordingQueue();
    await expect(enqueueMail(queue, {
      template: 'request.overdue.coordinator', to: 'helene.dumont@ac-amiens.fr',
      // @ts-expect-error a mail payload has no description field
      data: { reference: 'AMI-2026-000042', link: LINK, description: DESCRIPTION },
    })).rejects.toThrow(MailPayloadError);
    await expect(queuedMailSender(queue).send(null as never, {
      template: 'request.updated', to: 'camille.dupuis@ac-amiens.fr', academieCode: 'AMIENS',
      data: { reference: 'AMI-2026-000042', link: LINK, notes: DESCRIPTION },
    })).rejects.toThrow(/data\.notes/);
    await expect(enqueueMail(queue, { template: 'request.updated', to: 'pas une adresse', data: { reference: 'AMI-2026-000042', link: LINK } }))
      .rejects.toThrow(/\bto\b/);
    expect(queue.queued).toEqual([]);
  });
});

describe('mail delivery', () => {
  let database: Database;
  let smtp: TestSmtpServer;

  beforeAll(async () => {
    database = await createTestDatabase();
    smtp = await startTestSmtpServer();
  });
  afterAll(async () => {
    await smtp?.close();
    await database?.close();
  });
  beforeEach(() => {
    smtp.received.length = 0;
  });

  const smtpMailer = (logger?: ReturnType<typeof capturedLogger>['logger']): Mailer =>
    createMailer({ smtpUrl: smtp.url, mailFrom: 'ProxiRH <ne-pas-repondre@ac-amiens.fr>', publicUrl: PUBLIC_URL }, logger ? { logger } : {});

  /** A demo request of the agent, given a confidential description. */
  async function requestWithConfidentialDescription() {
    const request = await database.db.selectFrom('requests as r').innerJoin('persons as p', 'p.id', 'r.agent_id')
      .select(['r.id', 'r.reference', 'r.subject', 'r.academie_code', 'p.email'])
      .where('p.email', '=', 'camille.dupuis@ac-amiens.fr').orderBy('r.reference').executeTakeFirstOrThrow();
    await database.db.updateTable('requests').set({ description: DESCRIPTION }).where('id', '=', request.id).execute();
    return request;
  }

  it('sends an acknowledgement through the mail.send job to a real SMTP server: reference, link, never the description', async () => {
    const request = await requestWithConfidentialDescription();
    const queue = recordingQueue();
    const { lines, logger } = capturedLogger();
    const mailer = smtpMailer(logger);
    const job = mailJobDefinition({ db: database.db, mailer });

    const mailId = await enqueueMail(queue, {
      template: 'request.acknowledged', to: request.email, academieCode: request.academie_code,
      data: { reference: request.reference, subjectLine: request.subject, handledBy: 'Claire Vasseur', dueDate: '2026-12-04T16:00:00.000Z', link: `/mes-demandes/${request.id}` },
    });
    expect(queue.queued).toHaveLength(1);
    expect(queue.queued[0]!.name).toBe(MAIL_SEND_JOB);
    expect(JSON.stringify(queue.queued[0]!.payload)).not.toContain(DESCRIPTION);

    await job.handler(queue.queued[0]!.payload, { id: 'job-1', retryCount: 0 });
    mailer.close();

    expect(smtp.received).toHaveLength(1);
    const received = smtp.received[0]!;
    expect(received.envelope.to).toEqual([request.email]);
    expect(received.envelope.from).toBe('ne-pas-repondre@ac-amiens.fr');
    expect(received.subject).toContain(request.reference);
    expect(received.headers.get('auto-submitted')).toBe('auto-generated');
    expect(received.text).toContain(`${PUBLIC_URL}/mes-demandes/${request.id}`);
    expect(received.text).toContain('Claire Vasseur');
    expect(received.text).toContain('vendredi 4 décembre 2026');
    expect(received.html).toContain(`href="${PUBLIC_URL}/mes-demandes/${request.id}"`);
    for (const part of [received.raw, received.text, received.html]) expect(part).not.toContain('dépression');

    const row = await database.db.selectFrom('mail_outbox').selectAll().where('id', '=', mailId).executeTakeFirstOrThrow();
    expect(row).toMatchObject({ template: 'request.acknowledged', recipient: request.email, transport: 'smtp', academie_code: request.academie_code });
    expect(row.sent_at).toBeInstanceOf(Date);
    expect(row.message_id).toBe(`<${mailId}@proxirh.ac-amiens.fr>`);
    expect(row.text_body).not.toContain(DESCRIPTION);

    expect(lines).toHaveLength(1);
    expect(JSON.parse(lines[0]!)).toMatchObject({ msg: 'mail sent', mailId, template: 'request.acknowledged', transport: 'smtp' });
    expect(lines.join('\n')).not.toContain('camille');
    expect(lines.join('\n')).not.toContain(request.reference);
  });

  it('throws when the SMTP server refuses, keeps the outbox row unsent, and sends on the retry', async () => {
    const queue = recordingQueue();
    const { lines, logger } = capturedLogger();
    const mailer = smtpMailer(logger);
    const job = mailJobDefinition({ db: database.db, mailer });
    const mailId = await enqueueMail(queue, {
      template: 'request.holding', to: 'camille.dupuis@ac-amiens.fr', academieCode: 'AMIENS',
      data: { reference: 'AMI-2026-000042', dueDate: '2026-12-08T10:00:00Z', link: LINK },
    });
    const payload = queue.queued[0]!.payload;

    smtp.refuseNext(1);
    const failure = await job.handler(payload, { id: 'job-2', retryCount: 0 }).then(() => null, (error: unknown) => error);
    expect(failure).toBeInstanceOf(MailDeliveryError);
    expect((failure as MailDeliveryError).responseCode).toBe(451);
    expect((failure as Error).message).not.toContain('camille');
    expect(smtp.received).toHaveLength(0);
    const unsent = await database.db.selectFrom('mail_outbox').select(['sent_at', 'transport']).where('id', '=', mailId).executeTakeFirstOrThrow();
    expect(unsent.sent_at).toBeNull();

    await job.handler(payload, { id: 'job-2', retryCount: 1 });
    expect(smtp.received).toHaveLength(1);
    expect(smtp.received[0]!.subject).toBe('Votre demande AMI-2026-000042 est en cours de traitement');
    const sent = await database.db.selectFrom('mail_outbox').select('sent_at').where('id', '=', mailId).executeTakeFirstOrThrow();
    expect(sent.sent_at).toBeInstanceOf(Date);

    // A job run again after success (a lost acknowledgement) does not send twice.
    await job.handler(payload, { id: 'job-2', retryCount: 2 });
    expect(smtp.received).toHaveLength(1);
    const count = await database.db.selectFrom('mail_outbox').select((eb) => eb.fn.countAll<number>().as('n')).where('id', '=', mailId).executeTakeFirstOrThrow();
    expect(Number(count.n)).toBe(1);
    mailer.close();

    expect(lines.map((l) => JSON.parse(l).msg)).toEqual(['mail delivery failed', 'mail sent', 'mail already delivered']);
    expect(lines.join('\n')).not.toContain('camille');
  });

  it('relays mails one after the other over one SMTP connection, not one connection per mail', async () => {
    const queue = recordingQueue();
    const mailer = smtpMailer();
    const job = mailJobDefinition({ db: database.db, mailer });
    for (let i = 1; i <= 5; i++) {
      await enqueueMail(queue, {
        template: 'request.updated', to: `agent-${i}@ac-amiens.fr`, academieCode: 'AMIENS', data: { reference: `AMI-2026-00010${i}`, link: LINK },
      });
    }
    const before = smtp.connections;
    for (const [index, queued] of queue.queued.entries()) await job.handler(queued.payload, { id: `job-pool-${index}`, retryCount: 0 });
    mailer.close();
    expect(smtp.received.map((m) => m.envelope.to[0])).toEqual([1, 2, 3, 4, 5].map((i) => `agent-${i}@ac-amiens.fr`));
    expect(smtp.connections - before).toBe(1);
  });

  it('stores a mail with a one-time link masked, and relays it with a link minted at each try, never queued', async () => {
    const minted: string[] = [];
    const GONE = crypto.randomUUID();
    const secretLinks = {
      survey: async (_db: unknown, id: string) => {
        if (id === GONE) return undefined;
        minted.push(`/enquete/${crypto.randomBytes(32).toString('base64url')}`);
        return minted[minted.length - 1];
      },
    };
    const mailer = createMailer({ smtpUrl: smtp.url, mailFrom: 'ProxiRH <ne-pas-repondre@ac-amiens.fr>', publicUrl: PUBLIC_URL }, { secretLinks });
    const job = mailJobDefinition({ db: database.db, mailer });
    const queue = recordingQueue();
    const invite = (id: string) => enqueueMail(queue, {
      template: 'survey.invitation', to: 'camille.dupuis@ac-amiens.fr', academieCode: 'AMIENS',
      data: { reference: 'AMI-2026-000042', secretLink: { kind: 'survey', id }, expiresAt: '2026-12-30T10:00:00.000Z' },
    });
    const mailId = await invite(crypto.randomUUID());
    const payload = queue.queued[0]!.payload;

    smtp.refuseNext(1);
    await expect(job.handler(payload, { id: 'job-s', retryCount: 0 })).rejects.toThrow(MailDeliveryError);
    await job.handler(payload, { id: 'job-s', retryCount: 1 });
    await job.handler(payload, { id: 'job-s', retryCount: 2 });
    // One link per relay: the refused one, then the delivered one; none once sent.
    expect(minted).toHaveLength(2);
    expect(smtp.received).toHaveLength(1);
    expect(smtp.received[0]!.text).toContain(`Donner mon avis : ${PUBLIC_URL}${minted[1]}`);
    expect(smtp.received[0]!.html).toContain(`href="${PUBLIC_URL}${minted[1]}"`);
    const row = await database.db.selectFrom('mail_outbox').selectAll().where('id', '=', mailId).executeTakeFirstOrThrow();
    expect(row.sent_at).toBeInstanceOf(Date);
    expect(row.text_body).toContain(`Donner mon avis : ${REDACTED_LINK}`);
    for (const stored of [JSON.stringify(row), JSON.stringify(queue.queued)]) expect(stored).not.toContain('/enquete/');

    // A record gone meanwhile: nothing is sent and no row waits forever.
    const gone = await invite(GONE);
    expect((await job.handler(queue.queued[1]!.payload, { id: 'job-g', retryCount: 0 }))).toBeUndefined();
    expect(smtp.received).toHaveLength(1);
    expect(await database.db.selectFrom('mail_outbox').select('id').where('id', '=', gone).executeTakeFirst()).toBeUndefined();

    // A service composed without the owner of the link cannot send it: the queue tries again.
    await invite(crypto.randomUUID());
    await expect(mailJobDefinition({ db: database.db, mailer: smtpMailer() }).handler(queue.queued[2]!.payload, { id: 'job-n', retryCount: 0 }))
      .rejects.toThrow(/secretLink/);
    mailer.close();
  });

  it('puts the mail in the outbox table when no SMTP server is configured (demo)', async () => {
    const config = loadConfig({ NODE_ENV: 'test' });
    expect(config.smtpUrl).toBeUndefined();
    const { lines, logger } = capturedLogger();
    const mailer = createMailer({ ...config, publicUrl: PUBLIC_URL }, { logger });
    expect(mailer.transport).toBe('outbox');
    const queue = recordingQueue();
    const mailId = await enqueueMail(queue, {
      template: 'request.overdue.coordinator', to: 'helene.dumont@ac-amiens.fr', academieCode: 'AMIENS',
      data: { reference: 'AMI-2026-000043', link: `/demandes/${REQUEST_ID}` },
    });
    await mailJobDefinition({ db: database.db, mailer }).handler(queue.queued[0]!.payload, { id: 'job-3', retryCount: 0 });

    expect(smtp.received).toHaveLength(0);
    const row = await database.db.selectFrom('mail_outbox').selectAll().where('id', '=', mailId).executeTakeFirstOrThrow();
    expect(row).toMatchObject({
      transport: 'outbox', recipient: 'helene.dumont@ac-amiens.fr', template: 'request.overdue.coordinator', academie_code: 'AMIENS',
      subject: 'Demande AMI-2026-000043 : délai de première réponse dépassé', message_id: null,
    });
    expect(row.sent_at).toBeInstanceOf(Date);
    expect(row.text_body).toContain(`${PUBLIC_URL}/demandes/${REQUEST_ID}`);
    expect(lines).toHaveLength(1);
    expect(JSON.parse(lines[0]!)).toMatchObject({ msg: 'mail written to the outbox', mailId, template: 'request.overdue.coordinator' });
    expect(lines[0]).not.toContain('helene');

    // A one-time link is then never minted: the row is the only copy of the mail, and it is masked.
    const secret = await enqueueMail(queue, {
      template: 'panel.invitation', to: 'helene.dumont@ac-amiens.fr',
      data: { secretLink: { kind: 'panel', id: crypto.randomUUID() }, expiresAt: '2026-12-30T10:00:00.000Z' },
    });
    await mailJobDefinition({ db: database.db, mailer }).handler(queue.queued[1]!.payload, { id: 'job-4', retryCount: 0 });
    const masked = await database.db.selectFrom('mail_outbox').selectAll().where('id', '=', secret).executeTakeFirstOrThrow();
    expect(masked.sent_at).toBeInstanceOf(Date);
    expect(masked.text_body).toContain(`Répondre à l’enquête : ${REDACTED_LINK}`);
    expect(masked.html_body).toContain(`href="${REDACTED_LINK}"`);
  });
});

describe('the outbox routes', () => {
  let database: Database;
  let app: FastifyInstance;
  const ids: { amiens: string[]; lille: string } = { amiens: [], lille: '' };

  beforeAll(async () => {
    database = await createTestDatabase();
    const config: Config = { ...loadConfig({ NODE_ENV: 'test', DEMO_MODE: 'true', SIGN_IN_RATE_LIMIT: '100000' }), publicUrl: PUBLIC_URL };
    const mail = queuedMailSender(recordingQueue());
    app = await buildApp({ config, database, mail });
    await app.ready();
    const mailer = createMailer({ ...config, smtpUrl: undefined });
    for (let i = 1; i <= 3; i++) {
      const id = crypto.randomUUID();
      await deliverMail(database.db, mailer, { id, to: `agent${i}@ac-amiens.fr`, academieCode: 'AMIENS', template: 'request.updated', data: { reference: `AMI-2026-00010${i}`, link: LINK } });
      ids.amiens.unshift(id);
      // Distinct times, one minute apart: the listing's order is then known.
      await database.db.updateTable('mail_outbox').set({ sent_at: new Date(Date.UTC(2026, 10, 23, 9, i)) }).where('id', '=', id).execute();
      await sql`update mail_outbox set created_at = ${new Date(Date.UTC(2026, 10, 23, 9, i))} where id = ${id}`.execute(database.db);
    }
    ids.lille = crypto.randomUUID();
    await deliverMail(database.db, mailer, { id: ids.lille, to: 'agent@ac-lille.fr', academieCode: 'LILLE', template: 'request.updated', data: { reference: 'LIL-2026-000001', link: LINK } });
  });
  afterAll(async () => {
    await app?.close();
    await database?.close();
  });

  async function signIn(email: string) {
    const account = await database.db.selectFrom('persons').select('id').where('email', '=', email).executeTakeFirstOrThrow();
    const response = await app.inject({ method: 'POST', url: '/api/auth/demo-login', payload: { accountId: account.id } });
    expect(response.statusCode).toBe(200);
    const setCookie = response.headers['set-cookie'];
    return (Array.isArray(setCookie) ? setCookie[0] : setCookie)!.split(';')[0]!;
  }
  const get = (url: string, cookie?: string) => app.inject({ method: 'GET', url, headers: cookie ? { cookie } : {} });

  it('answers 401 to an anonymous caller and 403 to an agent', async () => {
    expect((await get('/api/admin/outbox')).statusCode).toBe(401);
    const agent = await signIn('camille.dupuis@ac-amiens.fr');
    expect((await get('/api/admin/outbox', agent)).statusCode).toBe(403);
    expect((await get(`/api/admin/outbox/${ids.amiens[0]}`, agent)).statusCode).toBe(403);
  });

  describe('for the administrator of the académie', () => {
    it('lists the mails of the académie, newest first, page by page, without their body', async () => {
      const admin = await signIn('nicolas.bertin@ac-amiens.fr');
      const first = await get('/api/admin/outbox?limit=2', admin);
      expect(first.statusCode).toBe(200);
      const page1 = first.json();
      expect(page1.items.map((m: { id: string }) => m.id)).toEqual(ids.amiens.slice(0, 2));
      expect(page1.items[0]).toEqual({
        id: ids.amiens[0], template: 'request.updated', recipient: 'agent3@ac-amiens.fr',
        subject: 'Votre demande AMI-2026-000103 a reçu une réponse', createdAt: expect.any(String), sentAt: expect.any(String), transport: 'outbox',
      });
      const page2 = (await get(`/api/admin/outbox?limit=2&cursor=${page1.nextCursor}`, admin)).json();
      expect(page2.items.map((m: { id: string }) => m.id)).toEqual(ids.amiens.slice(2));
      expect(page2.nextCursor).toBeNull();
      expect((await get('/api/admin/outbox?cursor=nimporte', admin)).statusCode).toBe(400);
    });

    it('shows one mail with its text, and writes the read to the audit log', async () => {
      const admin = await signIn('nicolas.bertin@ac-amiens.fr');
      const response = await get(`/api/admin/outbox/${ids.amiens[0]}`, admin);
      expect(response.statusCode).toBe(200);
      expect(response.json().textBody).toContain(`${PUBLIC_URL}${LINK}`);
      const audit = await database.db.selectFrom('audit_log').select(['action', 'academie_code']).where('target_id', '=', ids.amiens[0]!).execute();
      expect(audit).toEqual([{ action: 'outbox.read', academie_code: 'AMIENS' }]);
    });

    it('answers 404 for a mail of another académie or an unknown id, 400 for a malformed id, and leaves it out of the list', async () => {
      const admin = await signIn('nicolas.bertin@ac-amiens.fr');
      expect((await get(`/api/admin/outbox/${ids.lille}`, admin)).statusCode).toBe(404);
      expect((await get(`/api/admin/outbox/${crypto.randomUUID()}`, admin)).statusCode).toBe(404);
      expect((await get('/api/admin/outbox/pas-un-uuid', admin)).statusCode).toBe(400);
      const all = (await get('/api/admin/outbox?limit=200', admin)).json();
      expect(all.items.map((m: { id: string }) => m.id)).not.toContain(ids.lille);
    });
  });
});
