import crypto from 'node:crypto';
import type { Kysely, Transaction } from 'kysely';
import type { DB } from '../db/schema.ts';
import type { JobDefinition, JobQueue } from '../jobs/queue.ts';
import { assertEnvelope, deliverMail, type Mailer } from './mailer.ts';
import { assertMailRequest, type MailRequest } from './templates.ts';

export const MAIL_SEND_JOB = 'mail.send';

/** What the queue stores for a mail: ids, the address, the template and its small payload. */
export type MailJobPayload = MailRequest & { mailId: string; to: string; academieCode: string | null };

/**
 * Sends the mail of one job. Throws when the SMTP server fails, so the queue tries again:
 * 8 retries from one minute, doubling up to an hour (about five hours in all), then the
 * dead-letter queue, where the unsent outbox row tells the administrator what was lost.
 */
export function mailJobDefinition({ db, mailer }: { db: Kysely<DB>; mailer: Mailer }): JobDefinition<MailJobPayload> {
  return {
    name: MAIL_SEND_JOB,
    retryLimit: 8,
    retryDelaySeconds: 60,
    // One SMTP exchange takes seconds; a batch of ten, well under a minute.
    expireInSeconds: 60,
    handler: async (payload) => {
      const { mailId, to, academieCode, ...request } = payload;
      await deliverMail(db, mailer, { ...(request as MailRequest), id: mailId, to, academieCode });
    },
  };
}

export type EnqueueMailInput = MailRequest & {
  /** The transaction of the change the mail reports: no commit, no mail. */
  trx?: Transaction<DB> | Kysely<DB>;
  to: string;
  /** The académie whose administrators see the mail in their outbox; null: national only. */
  academieCode?: string | null;
};

/**
 * Queues a mail, inside the caller's transaction. The payload is checked here, so a wrong
 * payload fails the service call rather than a job later. Returns the mail id (the outbox
 * row's id once delivered).
 */
export async function enqueueMail(jobs: Pick<JobQueue, 'send'>, input: EnqueueMailInput): Promise<string> {
  const { trx, to, academieCode, ...request } = input;
  const mail = request as { template: string; data: unknown };
  assertMailRequest(mail);
  const mailId = crypto.randomUUID();
  assertEnvelope(mail.template, { id: mailId, to });
  const payload: MailJobPayload = { ...mail, mailId, to, academieCode: academieCode ?? null };
  await jobs.send(MAIL_SEND_JOB, payload, trx ? { trx } : {});
  return mailId;
}

/**
 * The untyped door, for callers that hold the template name as a string (the request
 * module's `MailSender`): the same checks, at run time only.
 */
export function queuedMailSender(jobs: Pick<JobQueue, 'send'>) {
  return {
    async send(trx: Transaction<DB>, mail: { template: string; to: string; data: Record<string, unknown>; academieCode: string | null }) {
      const request = { template: mail.template, data: mail.data };
      assertMailRequest(request);
      await enqueueMail(jobs, { ...request, trx, to: mail.to, academieCode: mail.academieCode });
    },
  };
}
