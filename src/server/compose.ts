import type { Logger } from 'pino';
import type { Config } from './config.ts';
import type { Database } from './db/database.ts';
import { buildApp } from './app.ts';
import { JobQueue } from './jobs/queue.ts';
import { jobDefinitions } from './jobs/definitions.ts';
import { queuedMailSender } from './mail/jobs.ts';
import { createMailer } from './mail/mailer.ts';
import { satisfactionSecretLinks } from './modules/satisfaction/index.ts';
import { settlePublicUrl } from './settings/public-url.ts';

export interface ComposeOptions {
  config: Config;
  database: Database;
  /** Where the workers' statements go (a pool of their own on a server); default `database`. */
  jobDatabase?: Database | undefined;
  /** The queue's own connection string (PostgreSQL); absent on PGlite. */
  databaseUrl?: string | undefined;
  logger?: Logger | undefined;
  /** Run the job workers in this process. */
  work?: boolean | undefined;
  pollingIntervalSeconds?: number | undefined;
  /** Where the built interface lives; absent in API-only tests. */
  webRoot?: string | undefined;
}

/**
 * The running service, composed in one place: the durable queue, the mail sender over it, the
 * mailer that delivers, every module's jobs, and the HTTP app. `main.ts` and the tests call it,
 * so what the tests run is what production runs.
 *
 * The public address is the one stored in the database, shared by every instance
 * (settings/public-url.ts): `options.config.publicUrl` only proposes it at the first start.
 * `config` in the result is the configuration the service runs with.
 */
export async function composeService(options: ComposeOptions) {
  const { database, logger } = options;
  const config: Config = { ...options.config, publicUrl: await settlePublicUrl(database.db, options.config.publicUrl) };
  const jobs = await JobQueue.start({
    database, databaseUrl: options.databaseUrl, logger, work: options.work ?? true,
    ...(options.pollingIntervalSeconds === undefined ? {} : { pollingIntervalSeconds: options.pollingIntervalSeconds }),
  });
  const mail = queuedMailSender(jobs);
  // The modules that own one-time links mint them at delivery, on the shared public address.
  const mailer = createMailer(config, { logger, secretLinks: { ...satisfactionSecretLinks } });
  try {
    for (const definition of jobDefinitions({ config, database: options.jobDatabase ?? database, mailer, mail, jobs })) await jobs.define(definition);
  } catch (error) {
    await jobs.stop();
    throw error;
  }
  const app = await buildApp({ config, database, jobs, mail, webRoot: options.webRoot });
  return {
    app,
    config,
    jobs,
    mail,
    mailer,
    /** Stops accepting, finishes requests in flight, then stops the workers and the mailer (not the databases). */
    async close() {
      await app.close();
      await jobs.stop();
      mailer.close();
    },
  };
}

export type Service = Awaited<ReturnType<typeof composeService>>;
