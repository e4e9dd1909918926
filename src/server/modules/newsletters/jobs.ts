import type { JobDependencies } from '../../dependencies.ts';
import type { AnyJobDefinition, JobDefinition } from '../../jobs/queue.ts';
import { deliverBatch, sendBatch, startSending, NEWSLETTER_BATCH_JOB, NEWSLETTER_DELIVER_JOB, NEWSLETTER_START_JOB } from './sending.ts';

const DELIVER_RETRIES = 5;

/** The three steps of sending an issue (sending.ts), on the durable queue. */
export function newsletterJobDefinitions({ database, mailer, jobs }: JobDependencies): AnyJobDefinition[] {
  const db = database.db;
  const queue = {
    send: (...args: Parameters<NonNullable<JobDependencies['jobs']>['send']>) => {
      if (!jobs) throw new Error('File de travaux indisponible pour la lettre d’information.');
      return jobs.send(...args);
    },
  };
  const start: JobDefinition<{ issueId: string }> = {
    name: NEWSLETTER_START_JOB,
    handler: async ({ issueId }) => { await startSending(db, queue, issueId); },
  };
  const batch: JobDefinition<{ issueId: string }> = {
    name: NEWSLETTER_BATCH_JOB,
    expireInSeconds: 300,
    handler: async ({ issueId }) => { await sendBatch(db, mailer, queue, issueId); },
  };
  const deliver: JobDefinition<{ issueId: string; sendIds: string[] }> = {
    name: NEWSLETTER_DELIVER_JOB,
    retryLimit: DELIVER_RETRIES,
    retryDelaySeconds: 60,
    // 250 SMTP exchanges on one connection: a few minutes at most.
    expireInSeconds: 900,
    handler: async ({ issueId, sendIds }, job) => deliverBatch(db, mailer, issueId, sendIds, { lastTry: job.retryCount >= DELIVER_RETRIES }),
  };
  return [start, batch, deliver];
}
