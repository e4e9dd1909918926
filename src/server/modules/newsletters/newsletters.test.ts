import { spawn } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import { createTestApp, DEMO, type Caller, type TestApp } from '../../../../tests/support/test-app.ts';
import { startTestSmtpServer, type TestSmtpServer } from '../../../../tests/support/smtp-server.ts';
import { buildAgent, buildStaff } from '../../../../tests/support/factories.ts';
import { openDatabase, type Database } from '../../db/database.ts';
import { createMailer } from '../../mail/mailer.ts';
import { deliverBatch, sendBatch, startSending, NEWSLETTER_DELIVER_JOB, NEWSLETTER_START_JOB } from './index.ts';

let t: TestApp;
let smtp: TestSmtpServer;
let editor: Caller;
let secondEditor: Caller;
let agent: Caller;

beforeAll(async () => {
  t = await createTestApp();
  smtp = await startTestSmtpServer();
  editor = await t.signInAs(DEMO.editor);
  secondEditor = await t.signInAsPerson((await buildStaff(t.db, { role: 'editor', territory: { level: 'academie', code: 'AMIENS' } })).id);
  agent = await t.signInAs(DEMO.agentSomme);
});
afterAll(async () => {
  await smtp?.close();
  await t?.close();
});

async function createKeyDate() {
  const response = await t.call(editor, 'POST', '/api/key-dates', {
    academie: 'AMIENS', kind: 'mobility_intra', title: 'Mouvement intra-académique', startsOn: '2027-03-16', endsOn: '2027-03-31', audience: ['second_degree'],
  });
  expect(response.statusCode, response.body).toBe(201);
  return response.json().id as string;
}

/** An issue for the second-degree staff of the Somme, composed by the demo editor and approved by the second one. */
async function approvedIssue(title: string) {
  const keyDateId = await createKeyDate();
  const created = await t.call(editor, 'POST', '/api/newsletters', {
    academie: 'AMIENS', kind: 'quarterly', title, editorial: 'Les actualités RH du trimestre.\n\nBonne lecture !',
    items: [{ type: 'key_date', keyDateId }],
    sections: [
      { category: 'second_degree', title: 'Professeurs du second degré', body: 'Les rendez-vous de carrière commencent en janvier.' },
      { category: 'first_degree', title: 'Professeurs des écoles', body: 'Les permutations informatisées ouvrent en novembre.' },
    ],
    audience: { departements: ['80'], categories: ['second_degree'] },
  });
  expect(created.statusCode, created.body).toBe(201);
  const { id } = created.json() as { id: string };
  expect((await t.call(editor, 'POST', `/api/newsletters/${id}/submit`)).json()).toMatchObject({ status: 'submitted' });
  const approved = await t.call(secondEditor, 'POST', `/api/newsletters/${id}/approve`);
  expect(approved.json(), approved.body).toMatchObject({ status: 'approved' });
  return id;
}

const smtpMailer = () => createMailer({ smtpUrl: smtp.url, mailFrom: 'ProxiRH <ne-pas-repondre@ac-amiens.fr>', publicUrl: t.config.publicUrl });

/** Runs the sending as the workers would: start, every batch, then the deliveries the batches queued. */
async function sendAll(issueId: string, mailer: ReturnType<typeof createMailer>) {
  await startSending(t.db, t.jobs, issueId);
  while ((await sendBatch(t.db, mailer, t.jobs, issueId, { batchSize: 1000 })).more);
  const { rows } = await sql<{ data: { issueId: string; sendIds: string[] } }>`select data from pgboss.job where name = ${NEWSLETTER_DELIVER_JOB}`.execute(t.db);
  for (const { data } of rows.filter((r) => r.data.issueId === issueId)) await deliverBatch(t.db, mailer, issueId, data.sendIds);
}

/**
 * The test database where a child process can open it too: on a server, its URL; on PGlite, which
 * one process opens at a time, a copy in a data directory, opened here only once the children are dead.
 */
async function shareTestDatabase() {
  const url = (t.database as { url?: string }).url;
  if (url) return { target: url, open: async () => t.db, close: async () => {}, remove: () => {} };
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'proxirh-newsletter-crash-'));
  await (await openDatabase({ dataDir, loadDataDir: await t.database.pglite!.dumpDataDir('gzip') })).close();
  let copy: Database | undefined;
  return {
    target: dataDir,
    open: async () => { copy = await openDatabase({ dataDir }); return copy.db; },
    close: async () => { await copy?.close(); },
    remove: () => fs.rmSync(dataDir, { recursive: true, force: true }),
  };
}

interface ReceivedMessage { to: string[]; messageId: string }

/**
 * A recording SMTP server speaking the least of the protocol the mailer uses (no TLS, no AUTH).
 * Not tests/support/smtp-server.ts: smtp-server waits 100 ms before greeting each connection (its
 * early-talker check, not configurable) and the mailer opens one connection per mail, so 5,000
 * mails would take over eight minutes. A message is received once its final dot has arrived, as a
 * real server takes it (one cut off by a kill is not); `taken` runs then, before the sender hears it.
 */
async function startRecordingSmtpServer(taken: (mail: ReceivedMessage) => void) {
  const received: ReceivedMessage[] = [];
  const sockets = new Set<net.Socket>();
  const server = net.createServer((socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
    socket.on('error', () => { /* a killed sender resets its connection */ });
    const reply = (line: string) => socket.write(`${line}\r\n`);
    let buffer = '';
    let inData = false;
    let to: string[] = [];
    reply('220 test ESMTP');
    socket.on('data', (chunk: Buffer) => {
      buffer += chunk.toString('latin1');
      for (;;) {
        if (inData) {
          const end = buffer.indexOf('\r\n.\r\n');
          if (end < 0) return;
          const headers = buffer.slice(0, end).split('\r\n\r\n')[0]!;
          buffer = buffer.slice(end + 5);
          inData = false;
          const mail = { to, messageId: /^message-id:[ \t]*(\S+)/im.exec(headers)?.[1] ?? '' };
          received.push(mail);
          taken(mail);
          reply('250 OK: message queued');
          continue;
        }
        const newline = buffer.indexOf('\r\n');
        if (newline < 0) return;
        const line = buffer.slice(0, newline);
        buffer = buffer.slice(newline + 2);
        const verb = line.slice(0, 4).toUpperCase();
        if (verb === 'MAIL') to = [];
        if (verb === 'RCPT') to.push(/<([^>]*)>/.exec(line)?.[1] ?? '');
        if (verb === 'QUIT') {
          socket.end('221 Bye\r\n');
          return;
        }
        if (verb === 'DATA') {
          inData = true;
          buffer = `\r\n${buffer}`; // the final dot of an empty message ends a line too
          reply('354 End data with <CR><LF>.<CR><LF>');
        } else {
          reply(verb === 'EHLO' || verb === 'HELO' ? '250 test' : '250 OK');
        }
      }
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  return {
    url: `smtp://127.0.0.1:${(server.address() as net.AddressInfo).port}`,
    received,
    close: () => new Promise<void>((resolve) => {
      for (const socket of sockets) socket.destroy();
      server.close(() => resolve());
    }),
  };
}

/** A sender process (newsletter-sender.fixture.ts) on `target`, relaying to `smtpUrl` until the issue is sent. */
function startSender(target: string, smtpUrl: string, issueId: string) {
  const child = spawn(process.execPath, ['--import', 'tsx', path.join(import.meta.dirname, 'newsletter-sender.fixture.ts'), target, smtpUrl, t.config.publicUrl, issueId],
    { stdio: ['ignore', 'pipe', 'inherit'] });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => { output += chunk.toString(); });
  const ended = new Promise<{ code: number | null; signal: NodeJS.Signals | null; output: string }>((resolve) => {
    child.once('close', (code, signal) => resolve({ code, signal, output }));
  });
  return { child, ended };
}

async function within<T>(promise: Promise<T>, ms: number, failure: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => { timer = setTimeout(() => reject(new Error(failure)), ms); });
  try {
    return await Promise.race([promise, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

describe('the newsletter', () => {
  it('is composed by one editor, approved by another only, previewed as the recipient reads it, and queued for its time', async () => {
    const created = await t.call(editor, 'POST', '/api/newsletters', { academie: 'AMIENS', kind: 'weekly_flash', title: 'Flash de la semaine', editorial: 'Trois infos.' });
    const { id } = created.json() as { id: string };
    expect((await t.call(editor, 'POST', `/api/newsletters/${id}/submit`)).statusCode).toBe(200);
    const self = await t.call(editor, 'POST', `/api/newsletters/${id}/approve`);
    expect(self.statusCode).toBe(422);
    expect(self.json().detail).toMatch(/autre éditeur/);
    expect((await t.call(agent, 'GET', `/api/newsletters/${id}`)).statusCode).toBe(403);
    const lille = await t.signInAsPerson((await buildStaff(t.db, { role: 'editor', territory: { level: 'academie', code: 'LILLE' } })).id);
    expect((await t.call(lille, 'GET', `/api/newsletters/${id}`)).statusCode).toBe(404);

    const issueId = await approvedIssue('Lettre RH du premier trimestre');
    const preview = (await t.call(editor, 'GET', `/api/newsletters/${issueId}/preview?category=second_degree`)).json();
    expect(preview.subject).toBe('Lettre RH trimestrielle — Lettre RH du premier trimestre');
    expect(preview.html).toContain('Focus : Professeurs du second degré');
    expect(preview.html).not.toContain('Professeurs des écoles</h2>');
    expect(preview.html).not.toMatch(/<img/);
    expect(preview.text).toContain('Mouvement intra-académique');
    const { rows } = await sql<{ data: { issueId: string } }>`select data from pgboss.job where name = ${NEWSLETTER_START_JOB}`.execute(t.db);
    expect(rows.map((r) => r.data.issueId)).toContain(issueId);
  });

  it('reaches the SMTP server with the RFC 8058 headers; the one-click unsubscribe works once and the person gets no further issue', async () => {
    const reader = await buildAgent(t.db, { departement: '80', category: 'second_degree' });
    const outsider = await buildAgent(t.db, { departement: '80', category: 'first_degree' });
    const issueId = await approvedIssue('Lettre RH du deuxième trimestre');
    await sendAll(issueId, smtpMailer());

    const mails = smtp.received.filter((m) => m.subject.includes('deuxième trimestre'));
    expect(mails.some((m) => m.envelope.to.includes(outsider.email))).toBe(false);
    const mail = mails.find((m) => m.envelope.to.includes(reader.email))!;
    expect(mail.headers.get('list-unsubscribe-post')).toBe('List-Unsubscribe=One-Click');
    const link = /^<(https?:\/\/[^>]+\/api\/newsletters\/unsubscribe\/[A-Za-z0-9_-]{43})>$/.exec(mail.headers.get('list-unsubscribe') ?? '')![1]!;
    expect(mail.html).toContain('Focus : Professeurs du second degré');
    expect(mail.text).toContain(link);
    const issue = (await t.call(editor, 'GET', `/api/newsletters/${issueId}`)).json();
    expect(issue).toMatchObject({ status: 'sent', progress: { failed: 0, remaining: 0 } });
    expect(issue.progress.sent).toBe(mails.length);
    // The outbox keeps the mail, its personal link masked.
    const stored = await t.db.selectFrom('mail_outbox').select(['text_body', 'sent_at']).where('recipient', '=', reader.email).where('template', '=', 'newsletter.issue').execute();
    expect(stored).toHaveLength(1);
    expect(stored[0]!.text_body).not.toContain(link);

    const path = new URL(link).pathname;
    const page = await t.call(null, 'GET', path);
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('Confirmer la désinscription');
    const first = await t.app.inject({ method: 'POST', url: path, headers: { 'content-type': 'application/x-www-form-urlencoded' }, payload: 'List-Unsubscribe=One-Click' });
    expect(first.statusCode).toBe(200);
    expect(first.body).toContain('Vous êtes désinscrit(e)');
    const [subscription] = await t.db.selectFrom('newsletter_subscriptions').selectAll().where('person_id', '=', reader.id).execute();
    expect(subscription).toMatchObject({ kind: 'quarterly', subscribed: false });
    // A second POST changes nothing (even after the person subscribed again) and answers fine.
    const readerSession = await t.signInAsPerson(reader.id);
    await t.call(readerSession, 'PUT', '/api/newsletters/subscriptions', { quarterly: true, weekly_flash: true });
    const second = await t.app.inject({ method: 'POST', url: path, headers: { 'content-type': 'application/x-www-form-urlencoded' }, payload: 'List-Unsubscribe=One-Click' });
    expect(second.statusCode).toBe(200);
    expect((await t.call(readerSession, 'GET', '/api/newsletters/subscriptions')).json().items).toContainEqual({ kind: 'quarterly', subscribed: true, chosen: true });
    await t.call(readerSession, 'PUT', '/api/newsletters/subscriptions', { quarterly: false, weekly_flash: true });

    const next = await approvedIssue('Lettre RH du troisième trimestre');
    await sendAll(next, smtpMailer());
    expect(smtp.received.filter((m) => m.subject.includes('troisième trimestre')).some((m) => m.envelope.to.includes(reader.email))).toBe(false);
    expect(smtp.received.filter((m) => m.subject.includes('troisième trimestre')).length).toBeGreaterThan(0);
    expect((await t.call(null, 'GET', '/api/newsletters/archive?academie=AMIENS')).json().items.map((i: { id: string }) => i.id)).toEqual(expect.arrayContaining([issueId, next]));
    expect((await t.call(null, 'GET', '/api/newsletters/unsubscribe/' + 'x'.repeat(43))).statusCode).toBe(404);
  });

  it('writes each recipient once, however many times the start runs (two instances, a retry)', async () => {
    const issueId = await approvedIssue('Lettre RH démarrée deux fois');
    await Promise.all([startSending(t.db, t.jobs, issueId), startSending(t.db, t.jobs, issueId)]);
    await startSending(t.db, t.jobs, issueId);
    const { rows: [counts] } = await sql<{ rows: number; people: number }>`select count(*)::int as rows, count(distinct person_id)::int as people
      from newsletter_sends where issue_id = ${issueId}`.execute(t.db);
    expect(counts!.people).toBeGreaterThan(0);
    expect(counts!.rows).toBe(counts!.people);
    const issue = await t.db.selectFrom('newsletter_issues').select(['status', 'recipient_count']).where('id', '=', issueId).executeTakeFirstOrThrow();
    expect(issue).toEqual({ status: 'sending', recipient_count: counts!.people });
  });

  it('queues a whole issue at once and paces its deliveries: one batch of mails every interval, from the start of the sending', async () => {
    const issueId = await approvedIssue('Lettre RH cadencée');
    await startSending(t.db, t.jobs, issueId);
    const { started } = await t.db.selectFrom('newsletter_issues').select('sending_started_at as started').where('id', '=', issueId).executeTakeFirstOrThrow();
    let batches = 0;
    while ((await sendBatch(t.db, smtpMailer(), t.jobs, issueId, { batchSize: 4, intervalSeconds: 5, queueNext: false })).more) batches += 1;
    const { rows } = await sql<{ data: { issueId: string; sendIds: string[] }; start_after: Date }>`select data, start_after from pgboss.job
      where name = ${NEWSLETTER_DELIVER_JOB}`.execute(t.db);
    const deliveries = rows.filter((r) => r.data.issueId === issueId).sort((a, b) => a.start_after.getTime() - b.start_after.getTime());
    const recipients = (await t.db.selectFrom('newsletter_sends').select('status').where('issue_id', '=', issueId).execute());
    expect(recipients.length).toBeGreaterThan(8);
    expect(recipients.every((r) => r.status === 'queued')).toBe(true);
    expect(deliveries).toHaveLength(Math.ceil(recipients.length / 4));
    expect(batches + 1).toBe(deliveries.length);
    // The k-th batch is delivered k intervals after the start (the first at once).
    deliveries.slice(1).forEach((d, i) => expect(d.start_after.getTime() - started!.getTime()).toBe((i + 1) * 5000));
  });

  // Issue 16: « A test kills the sender in the middle of an issue to 5,000 recipients and restarts
  // it: every recipient gets exactly one mail. » The sender is a real process (the queue and the
  // three steps of jobs.ts) relaying to an SMTP server, killed with SIGKILL at the worst moment:
  // the server has taken the 1,000th mail, the sender has not heard its answer, so that mail is
  // still unmarked. Started again, the sender relays it a second time under the same Message-ID,
  // on which receiving mail systems can deduplicate: each recipient gets exactly one
  // message, at the cost of one SMTP delivery more than mails. Exactly one SMTP delivery cannot be
  // had from a sender that may die between the server's answer and its own record of it.
  it('gives each of 5,000 recipients exactly one message when the sender process is killed (SIGKILL) in the middle of the issue and started again, the mail in flight at the kill resent under its Message-ID', async () => {
    const lilleEditor = await buildStaff(t.db, { role: 'editor', territory: { level: 'academie', code: 'LILLE' } });
    const lilleApprover = await buildStaff(t.db, { role: 'editor', territory: { level: 'academie', code: 'LILLE' } });
    await sql`
      with people as (
        insert into persons (email, display_name, category, departement_code, academie_code)
        select 'agent' || n || '@ac-lille.fr', 'Agent ' || n, 'second_degree', '59', 'LILLE' from generate_series(1, 5000) n
        returning id)
      insert into role_assignments (person_id, role, territory_level, territory_code) select id, 'agent', 'departement', '59' from people`.execute(t.db);
    const author = await t.signInAsPerson(lilleEditor.id);
    const approver = await t.signInAsPerson(lilleApprover.id);
    const { id } = (await t.call(author, 'POST', '/api/newsletters', { academie: 'LILLE', kind: 'weekly_flash', title: 'Flash RH', editorial: 'Les dates à retenir.',
      audience: { departements: ['59'], categories: [] } })).json() as { id: string };
    await t.call(author, 'POST', `/api/newsletters/${id}/submit`);
    // Approved: its start job waits in the database for whichever process runs the workers.
    expect((await t.call(approver, 'POST', `/api/newsletters/${id}/approve`)).json()).toMatchObject({ status: 'approved' });

    // The workers also run what earlier tests left queued (an Amiens issue): only this issue's mails count.
    const everyone = Array.from({ length: 5000 }, (_, i) => `agent${i + 1}@ac-lille.fr`);
    const audience = new Set(everyone);
    const ofThisIssue = (mail: ReceivedMessage) => mail.to.every((to) => audience.has(to));
    const received = () => inbox.received.filter(ofThisIssue);
    let taken = 0;
    const senders: ReturnType<typeof startSender>[] = [];
    const inbox = await startRecordingSmtpServer((mail) => { if (ofThisIssue(mail) && ++taken === 1000) senders[0]!.child.kill('SIGKILL'); });
    const shared = await shareTestDatabase();
    try {
      senders.push(startSender(shared.target, inbox.url, id));
      expect(await within(senders[0]!.ended, 90_000, 'the first sender never relayed 1,000 mails')).toMatchObject({ signal: 'SIGKILL' });
      expect(received()).toHaveLength(1000);
      const inFlight = received()[999]!;

      senders.push(startSender(shared.target, inbox.url, id));
      expect(await within(senders[1]!.ended, 100_000, 'the restarted sender did not finish the issue')).toMatchObject({ code: 0, output: 'sent\n' });

      const byRecipient = new Map<string, string[]>();
      for (const mail of received()) for (const to of mail.to) byRecipient.set(to, [...byRecipient.get(to) ?? [], mail.messageId]);
      expect([...byRecipient.keys()].sort()).toEqual([...everyone].sort());
      expect(everyone.filter((to) => new Set(byRecipient.get(to)).size !== 1)).toEqual([]);
      // The one mail relayed twice is the one in flight at the kill, both times the same message.
      expect(everyone.filter((to) => byRecipient.get(to)!.length > 1)).toEqual(inFlight.to);
      expect(byRecipient.get(inFlight.to[0]!)).toEqual([inFlight.messageId, inFlight.messageId]);
      expect(received()).toHaveLength(5001);

      const db = await shared.open();
      try {
        expect(await db.selectFrom('newsletter_issues').select(['status', 'recipient_count']).where('id', '=', id).executeTakeFirstOrThrow())
          .toEqual({ status: 'sent', recipient_count: 5000 });
        expect(await db.selectFrom('newsletter_sends').select(['status', sql<number>`count(*)::int`.as('n')]).where('issue_id', '=', id).groupBy('status').execute())
          .toEqual([{ status: 'sent', n: 5000 }]);
        // The outbox keeps one mail per recipient, under the Message-ID the recipient received.
        const outbox = await db.selectFrom('mail_outbox as o').innerJoin('newsletter_sends as s', 's.id', 'o.id')
          .select(['o.recipient', 'o.message_id']).where('s.issue_id', '=', id).execute();
        expect(outbox).toHaveLength(5000);
        expect(outbox.filter((row) => byRecipient.get(row.recipient)?.[0] !== row.message_id)).toEqual([]);
      } finally {
        await shared.close();
      }
    } finally {
      for (const sender of senders) if (sender.child.exitCode === null && sender.child.signalCode === null) sender.child.kill('SIGKILL');
      await inbox.close();
      shared.remove();
    }
  }, 240_000);

  it('lets an agent choose the letters they receive, the académie default applying until they choose', async () => {
    const before = (await t.call(agent, 'GET', '/api/newsletters/subscriptions')).json();
    expect(before.items).toEqual([{ kind: 'quarterly', subscribed: true, chosen: false }, { kind: 'weekly_flash', subscribed: true, chosen: false }]);
    await t.call(editor, 'PUT', '/api/newsletters/defaults', { academie: 'AMIENS', quarterly: true, weekly_flash: false });
    expect((await t.call(agent, 'GET', '/api/newsletters/subscriptions')).json().items[1]).toEqual({ kind: 'weekly_flash', subscribed: false, chosen: false });
    const saved = await t.call(agent, 'PUT', '/api/newsletters/subscriptions', { quarterly: false, weekly_flash: true });
    expect(saved.json().items).toEqual([{ kind: 'quarterly', subscribed: false, chosen: true }, { kind: 'weekly_flash', subscribed: true, chosen: true }]);
    expect((await t.call(agent, 'PUT', '/api/newsletters/subscriptions', { quarterly: 'oui' })).statusCode).toBe(400);
    await t.call(editor, 'PUT', '/api/newsletters/defaults', { academie: 'AMIENS', quarterly: true, weekly_flash: true });
  });
});
