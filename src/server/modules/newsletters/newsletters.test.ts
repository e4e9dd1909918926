import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import { createTestApp, DEMO, type Caller, type TestApp } from '../../../../tests/support/test-app.ts';
import { startTestSmtpServer, type TestSmtpServer } from '../../../../tests/support/smtp-server.ts';
import { buildAgent, buildStaff } from '../../../../tests/support/factories.ts';
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

  it('sends exactly one mail to each of 5,000 recipients when the sender dies in the middle and starts again', async () => {
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
    expect((await t.call(approver, 'POST', `/api/newsletters/${id}/approve`)).json()).toMatchObject({ status: 'approved' });

    // Mails go through a relay that counts what it receives.
    const relayed = new Map<string, number>();
    const mailer = { ...createMailer({ smtpUrl: undefined, mailFrom: 'x@y.fr', publicUrl: t.config.publicUrl }), transport: 'smtp' as const,
      relay: async (m: { id: string; to: string }) => { relayed.set(m.to, (relayed.get(m.to) ?? 0) + 1); return `<${m.id}@test>`; } };
    await startSending(t.db, t.jobs, id);
    await startSending(t.db, t.jobs, id); // a start run twice writes nobody twice
    expect((await sendBatch(t.db, mailer, t.jobs, id, { batchSize: 1500 })).claimed).toBe(1500);
    // The process dies in the middle of the second batch, its mails written but not committed.
    await expect(sendBatch(t.db, mailer, t.jobs, id, { batchSize: 1500, beforeCommit: () => { throw new Error('SIGKILL'); } })).rejects.toThrow('SIGKILL');
    // Restarted: the batches go on until nobody waits.
    let batches = 0;
    while ((await sendBatch(t.db, mailer, t.jobs, id, { batchSize: 1500 })).more) batches += 1;
    expect(batches).toBeGreaterThan(0);
    const { rows } = await sql<{ data: { issueId: string; sendIds: string[] } }>`select data from pgboss.job where name = ${NEWSLETTER_DELIVER_JOB}`.execute(t.db);
    const deliveries = rows.filter((r) => r.data.issueId === id);
    expect(deliveries.flatMap((d) => d.data.sendIds)).toHaveLength(5000);
    // A delivery job dies after relaying, before its end, and is tried again: sent rows are skipped.
    await deliverBatch(t.db, mailer, id, deliveries[0]!.data.sendIds);
    for (const d of deliveries) await deliverBatch(t.db, mailer, id, d.data.sendIds);

    const outbox = await sql<{ recipients: number; mails: number }>`
      select count(distinct o.recipient)::int as recipients, count(*)::int as mails
      from mail_outbox o join newsletter_sends s on s.id = o.id where s.issue_id = ${id}`.execute(t.db);
    expect(outbox.rows[0]).toEqual({ recipients: 5000, mails: 5000 });
    expect(relayed.size).toBe(5000);
    expect([...relayed.values()].every((count) => count === 1)).toBe(true);
    expect((await t.call(author, 'GET', `/api/newsletters/${id}`)).json()).toMatchObject({ status: 'sent', progress: { recipients: 5000, sent: 5000, failed: 0, remaining: 0 } });
   }, 300_000);

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
