import type { Config } from './config.ts';
import type { Database } from './db/database.ts';
import type { JobQueue } from './jobs/queue.ts';
import type { Mailer } from './mail/mailer.ts';
import type { MailSender } from './mail/sender.ts';

/** What a module's routes are given: the running service's parts, composed once (`compose.ts`). */
export interface AppDependencies {
  config: Config;
  database: Database;
  jobs?: JobQueue | undefined;
  /** How mails leave (the durable queue in production, the outbox otherwise). */
  mail: MailSender;
  /** Where the built interface lives; absent in API-only tests. */
  webRoot?: string | undefined;
}

/** What a module's jobs are given. `database` may be a pool of its own (see main.ts). */
export interface JobDependencies {
  config: Config;
  database: Database;
  mailer: Mailer;
  /** How jobs queue their mails (the app's queued sender). */
  mail: MailSender;
}
