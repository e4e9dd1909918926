import crypto from 'node:crypto';
import { sql, type Kysely } from 'kysely';
import type { DB, Executor } from '../../db/schema.ts';
import type { JobQueue } from '../../jobs/queue.ts';
import type { Mailer } from '../../mail/mailer.ts';
import type { AgentCategory } from '../../../shared/glossary.ts';
import { expandRecipients } from './repository.ts';
import { loadIssueContent } from './issue-content.ts';
import { MASKED_UNSUBSCRIBE, renderIssue } from './render-issue.ts';

/*
 * Sending an issue, in three durable steps (jobs.ts):
 * 1. start: at the chosen time, the audience is written into `newsletter_sends` (unique (issue,
 *    person): a second start writes nobody twice) and the issue turns « sending ».
 * 2. batch: claims pending rows (FOR UPDATE SKIP LOCKED), writes each one's mail to the outbox and
 *    marks the row queued, and queues the delivery of those mails, all in ONE transaction: a crash
 *    before the commit leaves the rows pending and no mail anywhere; after it, the rows are queued
 *    and never claimed again. Then it queues the next batch at once: a whole issue is queued in
 *    seconds (35,000 mails: well under a minute), and the rate limit is on the deliveries, each
 *    batch's delivery starting `interval` seconds after the previous one's (from the sending's start),
 *    so that the relay receives NEWSLETTER_BATCH_SIZE mails every NEWSLETTER_BATCH_INTERVAL_SECONDS.
 * 3. deliver: relays each queued mail to the SMTP server, then marks it sent. A crash between the
 *    relay and the mark sends that one mail again on the retry, with the same Message-ID (the
 *    outbox row's id), which receiving servers take for the same message.
 */

export const NEWSLETTER_START_JOB = 'newsletters.start';
export const NEWSLETTER_BATCH_JOB = 'newsletters.batch';
export const NEWSLETTER_DELIVER_JOB = 'newsletters.deliver';
/** Mails per batch and seconds between two batches' deliveries: 250 every 5 s, 50 mails a second, 35,000 in about 12 minutes. */
export const NEWSLETTER_BATCH_SIZE = 250;
export const NEWSLETTER_BATCH_INTERVAL_SECONDS = 5;

type Enqueue = Pick<JobQueue, 'send'>;

export function hashUnsubscribeToken(token: string): string {
  return crypto.createHash('sha256').update(token).digest('hex');
}

export function archivePath(academie: string, issueId: string): string {
  return `/lettres-rh/${academie.toLowerCase()}/${issueId}`;
}

/** Step 1: the audience written, the issue « sending », the first batch queued. Idempotent. */
export async function startSending(db: Kysely<DB>, queue: Enqueue, issueId: string, now = new Date()): Promise<'started' | 'not-due'> {
  return db.transaction().execute(async (trx) => {
    const issue = await trx.selectFrom('newsletter_issues').selectAll().where('id', '=', issueId).forUpdate().executeTakeFirst();
    if (!issue) return 'not-due';
    if (issue.status === 'approved') {
      const count = await expandRecipients(trx, issue);
      await trx.updateTable('newsletter_issues').set({ status: 'sending', sending_started_at: now, recipient_count: count, updated_at: now })
        .where('id', '=', issueId).execute();
    } else if (issue.status !== 'sending') {
      return 'not-due';
    }
    await queue.send(NEWSLETTER_BATCH_JOB, { issueId }, { trx, singletonKey: issueId });
    return 'started';
  });
}

/** Marks the issue sent once no row waits any more. */
async function finishIfDone(db: Executor, issueId: string, now = new Date()) {
  await db.updateTable('newsletter_issues').set({ status: 'sent', sent_at: now, updated_at: now })
    .where('id', '=', issueId).where('status', '=', 'sending')
    .where(({ not, exists, selectFrom }) => not(exists(selectFrom('newsletter_sends').select('id')
      .where('issue_id', '=', issueId).where('status', 'in', ['pending', 'queued']))))
    .execute();
}

export interface BatchOptions {
  batchSize?: number;
  intervalSeconds?: number;
  now?: Date;
  /** Whether the batch queues the job of the next one when rows wait (default); the batch job's loop queues only at its end. */
  queueNext?: boolean;
  /** Tests: runs inside the transaction, after every write of the batch, before its commit (a crash there). */
  beforeCommit?: () => void | Promise<void>;
}

/** Step 2: one batch claimed, written to the outbox and queued for delivery, in one transaction. */
export async function sendBatch(db: Kysely<DB>, mailer: Pick<Mailer, 'publicUrl' | 'relay' | 'transport'>, queue: Enqueue, issueId: string,
  options: BatchOptions = {}): Promise<{ claimed: number; more: boolean }> {
  const now = options.now ?? new Date();
  return db.transaction().execute(async (trx) => {
    const issue = await trx.selectFrom('newsletter_issues').selectAll().where('id', '=', issueId).executeTakeFirst();
    if (!issue || issue.status !== 'sending') return { claimed: 0, more: false };
    // Who unsubscribed since the audience was written gets nothing.
    await trx.deleteFrom('newsletter_sends').where('issue_id', '=', issueId).where('status', '=', 'pending')
      .where('person_id', 'in', (eb) => eb.selectFrom('newsletter_subscriptions').select('person_id').where('kind', '=', issue.kind).where('subscribed', '=', false))
      .execute();
    const rows = await trx.selectFrom('newsletter_sends as s').innerJoin('persons as p', 'p.id', 's.person_id')
      .select(['s.id', 's.category', 'p.email'])
      .where('s.issue_id', '=', issueId).where('s.status', '=', 'pending')
      .orderBy('s.id').limit(options.batchSize ?? NEWSLETTER_BATCH_SIZE)
      .forUpdate('s').skipLocked().execute();
    if (rows.length > 0) {
      // This batch's place in the issue: its delivery starts that many intervals after the sending's start (the rate
      // limit). Counted from the rows, so that a batch written again after a crash keeps its place.
      const { done } = await trx.selectFrom('newsletter_sends').select(sql<number>`count(*)::int`.as('done'))
        .where('issue_id', '=', issueId).where('status', '<>', 'pending').executeTakeFirstOrThrow();
      const deliverAt = new Date((issue.sending_started_at ?? now).getTime()
        + Math.floor(done / (options.batchSize ?? NEWSLETTER_BATCH_SIZE)) * (options.intervalSeconds ?? NEWSLETTER_BATCH_INTERVAL_SECONDS) * 1000);
      const content = await loadIssueContent(trx, issue);
      const archiveUrl = `${mailer.publicUrl}${archivePath(issue.academie_code, issue.id)}`;
      const relay = Boolean(mailer.relay);
      // The outbox keeps the mail as sent, its personal unsubscribe link masked (minted at delivery).
      const mails = rows.map((row) => {
        const rendered = renderIssue(content, { publicUrl: mailer.publicUrl, category: row.category as AgentCategory | null, unsubscribeUrl: MASKED_UNSUBSCRIBE, archiveUrl });
        return {
          id: row.id, template: 'newsletter.issue', recipient: row.email, subject: rendered.subject, text_body: rendered.text, html_body: rendered.html,
          transport: mailer.transport, academie_code: issue.academie_code, ...(relay ? {} : { sent_at: now }),
        };
      });
      for (let i = 0; i < mails.length; i += 100) {
        await trx.insertInto('mail_outbox').values(mails.slice(i, i + 100)).onConflict((oc) => oc.column('id').doNothing()).execute();
      }
      const ids = rows.map((r) => r.id);
      await trx.updateTable('newsletter_sends').set(relay ? { status: 'queued', queued_at: now } : { status: 'sent', queued_at: now, sent_at: now })
        .where('id', 'in', ids).execute();
      if (relay) await queue.send(NEWSLETTER_DELIVER_JOB, { issueId, sendIds: ids }, { trx, ...(deliverAt > now ? { startAfter: deliverAt } : {}) });
    }
    await options.beforeCommit?.();
    const pending = await trx.selectFrom('newsletter_sends').select('id').where('issue_id', '=', issueId).where('status', '=', 'pending')
      .limit(1).executeTakeFirst();
    if (pending) {
      if (options.queueNext ?? true) await queue.send(NEWSLETTER_BATCH_JOB, { issueId }, { trx, singletonKey: issueId });
    } else {
      await finishIfDone(trx, issueId, now);
    }
    return { claimed: rows.length, more: Boolean(pending) };
  });
}

/**
 * Step 3: the queued mails of a batch relayed, each with a freshly minted unsubscribe link (only its
 * hash is kept) and the RFC 8058 headers, then marked sent. A mail that fails is tried again with the
 * job; on its last try it is marked failed. Rows already sent are skipped.
 */
export async function deliverBatch(db: Kysely<DB>, mailer: Mailer, issueId: string, sendIds: string[], options: { lastTry?: boolean } = {}) {
  const relay = mailer.relay;
  if (!relay) return;
  const issue = await db.selectFrom('newsletter_issues').selectAll().where('id', '=', issueId).executeTakeFirst();
  if (!issue) return;
  const rows = await db.selectFrom('newsletter_sends as s').innerJoin('persons as p', 'p.id', 's.person_id')
    .select(['s.id', 's.category', 'p.email']).where('s.id', 'in', sendIds).where('s.status', '=', 'queued').orderBy('s.id').execute();
  const content = rows.length ? await loadIssueContent(db, issue) : undefined;
  const archiveUrl = `${mailer.publicUrl}${archivePath(issue.academie_code, issue.id)}`;
  let failures = 0;
  // Fresh links for the whole batch in one statement, before any of them leaves (an earlier try's unsent links stop working).
  const tokens = new Map(rows.map((row) => [row.id, crypto.randomBytes(32).toString('base64url')]));
  if (rows.length > 0) {
    const values = sql.join(rows.map((row) => sql`(${row.id}::uuid, ${hashUnsubscribeToken(tokens.get(row.id)!)})`));
    await sql`update newsletter_sends as s set token_hash = v.hash from (values ${values}) as v(id, hash) where s.id = v.id`.execute(db);
  }
  for (const row of rows) {
    const token = tokens.get(row.id)!;
    const unsubscribeUrl = `${mailer.publicUrl}/api/newsletters/unsubscribe/${token}`;
    const rendered = renderIssue(content!, { publicUrl: mailer.publicUrl, category: row.category as AgentCategory | null, unsubscribeUrl, archiveUrl });
    try {
      const messageId = await relay({
        id: row.id, to: row.email, ...rendered,
        headers: { 'List-Unsubscribe': `<${unsubscribeUrl}>`, 'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click' },
      });
      // The row and its outbox copy marked sent in one statement (atomic without a transaction of its own).
      await sql`with sent as (update newsletter_sends set status = 'sent', sent_at = now() where id = ${row.id} returning id)
        update mail_outbox set sent_at = now(), transport = 'smtp', message_id = ${messageId} where id in (select id from sent)`.execute(db);
    } catch (error) {
      failures += 1;
      const { code, responseCode } = (error ?? {}) as { code?: unknown; responseCode?: unknown };
      mailer.logger?.warn({ mailId: row.id, template: 'newsletter.issue', code, responseCode }, 'newsletter mail delivery failed');
      if (options.lastTry) await db.updateTable('newsletter_sends').set({ status: 'failed' }).where('id', '=', row.id).execute();
    }
  }
  await finishIfDone(db, issueId);
  if (failures > 0 && !options.lastTry) throw new Error(`${failures} courriel(s) de la lettre ${issueId} non remis : nouvel essai.`);
}

/** Tests and the benchmark: the pending rows of an issue. */
export async function countPending(db: Executor, issueId: string): Promise<number> {
  const row = await db.selectFrom('newsletter_sends').select(sql<number>`count(*)::int`.as('n')).where('issue_id', '=', issueId).where('status', '=', 'pending').executeTakeFirstOrThrow();
  return row.n;
}
