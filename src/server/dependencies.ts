import type { Config } from './config.ts';
import type { Database } from './db/database.ts';
import type { Executor } from './db/schema.ts';
import type { ResponseType } from '../shared/glossary.ts';
import type { JobQueue } from './jobs/queue.ts';
import type { Mailer } from './mail/mailer.ts';
import type { MailSender } from './mail/sender.ts';

/**
 * A rule another module adds to closing a request (the orientation module: closing as a referral
 * needs a referral of that kind): a French refusal, or null. Run inside the closing transaction.
 * Modules declare theirs (`ServiceModule.closingRules`); the requests module runs them all.
 */
export type ClosingRule = (db: Executor, requestId: string, responseType: ResponseType) => Promise<string | null>;

/** What a module's routes are given: the running service's parts, composed once (`compose.ts`). */
export interface AppDependencies {
  config: Config;
  database: Database;
  jobs?: JobQueue | undefined;
  /** How mails leave (the durable queue in production, the outbox otherwise). */
  mail: MailSender;
  /** Where the built interface lives; absent in API-only tests. */
  webRoot?: string | undefined;
  /** Every module's closing rules, gathered by `buildApp`. */
  closingRules?: readonly ClosingRule[];
}

/** What a module's jobs are given. `database` may be a pool of its own (see main.ts). */
export interface JobDependencies {
  config: Config;
  database: Database;
  mailer: Mailer;
  /** How jobs queue their mails (the app's queued sender). */
  mail: MailSender;
  /** The queue itself, for a job that queues the next step of its work (the newsletter's batches). */
  jobs?: JobQueue | undefined;
}
