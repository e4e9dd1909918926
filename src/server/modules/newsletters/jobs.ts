import type { JobDependencies } from '../../dependencies.ts';
import type { AnyJobDefinition, JobDefinition } from '../../jobs/queue.ts';
import {
  deliverBatch, sendBatch, startSending, NEWSLETTER_BATCH_JOB, NEWSLETTER_DELIVER_JOB, NEWSLETTER_START_JOB, type BatchOptions,
} from './sending.ts';

const DELIVER_RETRIES = 5;
/** How long one batch job writes batches before handing over to the next job (well within its 300 s expiry). */
const BATCH_LOOP_MS = 120_000;

/**
 * The rate of the batches. The service always runs with the defaults (NEWSLETTER_BATCH_SIZE every
 * NEWSLETTER_BATCH_INTERVAL_SECONDS); the crash test's sender process sets smaller batches without
 * a pause, so that an issue is sent in seconds.
 */
export type NewsletterRate = Pick<BatchOptions, 'batchSize' | 'intervalSeconds'>;

/** The three steps of sending an issue (sending.ts), on the durable queue. */
export function newsletterJobDefinitions({ database, mailer, jobs }: JobDependencies, rate: NewsletterRate = {}): AnyJobDefinition[] {
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
    // Batch after batch in one job (each its own transaction), so that an issue is queued in seconds rather than at
    // the pace of the queue's polling; past BATCH_LOOP_MS, the last batch queues the job that goes on. A worker that
    // dies in the loop leaves committed batches queued and the rest pending: the job, tried again, resumes there.
    handler: async ({ issueId }) => {
      const until = Date.now() + BATCH_LOOP_MS;
      for (;;) {
        const last = Date.now() >= until;
        const { more } = await sendBatch(db, mailer, queue, issueId, { ...rate, queueNext: last });
        if (!more || last) return;
      }
    },
  };
  const deliver: JobDefinition<{ issueId: string; sendIds: string[] }> = {
    name: NEWSLETTER_DELIVER_JOB,
    retryLimit: DELIVER_RETRIES,
    retryDelaySeconds: 60,
    // 250 SMTP exchanges on one connection: a few minutes at most.
    expireInSeconds: 900,
    handler: async ({ issueId, sendIds }, job) => deliverBatch(db, mailer, issueId, sendIds, { lastTry: job.retryCount >= DELIVER_RETRIES }),
  };
  // Defined last-first: each step's queue exists before the step that feeds it can run (a worker starts as soon as its
  // job is defined; a start due at boot would otherwise find no batch queue yet and wait for its retry).
  return [deliver, batch, start];
}
