import { CompiledQuery, type Kysely, type Transaction } from 'kysely';
import { PgBoss, type Job } from 'pg-boss';
import type { Logger } from 'pino';
import type { Database } from '../db/database.ts';
import type { DB } from '../db/schema.ts';

/**
 * A kind of work that must happen (an e-mail, a reminder): a name, a handler, and how hard
 * to retry. Jobs live in the database (pg-boss), so they survive a restart and any instance
 * may run them; pg-boss hands each job to exactly one worker.
 */
export interface JobDefinition<Payload extends object> {
  name: string;
  handler: (payload: Payload, job: { id: string; retryCount: number }) => Promise<void>;
  /** Tries after the first failure before the job goes to the dead-letter queue. */
  retryLimit?: number;
  /** First delay between tries, in seconds; doubled each time. */
  retryDelaySeconds?: number;
  /** A cron expression (Europe/Paris) for recurring jobs. */
  schedule?: string;
}

export const DEAD_LETTER_QUEUE = 'dead-letter';

export interface SendOptions {
  /** Enqueue inside this transaction: the job exists only if the transaction commits. */
  trx?: Transaction<DB> | Kysely<DB>;
  /** At most one queued job with this key (e.g. one holding message per request). */
  singletonKey?: string;
  startAfter?: Date;
}

export interface JobQueueOptions {
  database: Database;
  databaseUrl?: string | undefined;
  logger?: Logger | undefined;
  /** Run workers in this process (false: enqueue only, e.g. a web-only instance). */
  work?: boolean;
  pollingIntervalSeconds?: number;
}

function executorOf(executor: Transaction<DB> | Kysely<DB>) {
  return {
    executeSql: async (text: string, values?: unknown[]) => {
      const result = await executor.executeQuery(CompiledQuery.raw(text, values ?? []));
      return { rows: result.rows as unknown[] };
    },
  };
}

export class JobQueue {
  private readonly definitions = new Map<string, JobDefinition<any>>();

  private constructor(private readonly boss: PgBoss, private readonly options: JobQueueOptions) {}

  /**
   * On a PostgreSQL server pg-boss keeps its own small pool. On PGlite it goes through our
   * single-connection pool, so its statements queue behind ours instead of interleaving
   * with an open transaction.
   */
  static async start(options: JobQueueOptions, definitions: JobDefinition<any>[] = []): Promise<JobQueue> {
    const boss = options.databaseUrl
      ? new PgBoss({ connectionString: options.databaseUrl, max: 3, schedule: true, supervise: true })
      : new PgBoss({ db: { executeSql: (text, values) => options.database.pool.query(text, values as unknown[]) }, schedule: true, supervise: true });
    boss.on('error', (error: Error) => options.logger?.error({ err: error }, 'job queue error'));
    await boss.start();
    const queue = new JobQueue(boss, options);
    await boss.createQueue(DEAD_LETTER_QUEUE, { retentionSeconds: 30 * 24 * 3600 });
    for (const definition of definitions) await queue.define(definition);
    return queue;
  }

  async define<P extends object>(definition: JobDefinition<P>) {
    this.definitions.set(definition.name, definition);
    const queueOptions = {
      retryLimit: definition.retryLimit ?? 5,
      retryDelay: definition.retryDelaySeconds ?? 30,
      retryBackoff: true,
      retryDelayMax: 3600,
      deadLetter: DEAD_LETTER_QUEUE,
    };
    if (await this.boss.getQueue(definition.name)) await this.boss.updateQueue(definition.name, queueOptions);
    else await this.boss.createQueue(definition.name, queueOptions);
    if (definition.schedule) await this.boss.schedule(definition.name, definition.schedule, {}, { tz: 'Europe/Paris' });
    if (this.options.work !== false) {
      await this.boss.work<P>(definition.name, { pollingIntervalSeconds: this.options.pollingIntervalSeconds ?? 2 }, async (jobs: Job<P>[]) => {
        for (const job of jobs) {
          await definition.handler(job.data, { id: job.id, retryCount: (job as unknown as { retryCount?: number }).retryCount ?? 0 });
        }
      });
    }
  }

  /** Enqueues a job; returns its id, or null when a job with the same singleton key waits already. */
  async send<P extends object>(name: string, payload: P, options: SendOptions = {}): Promise<string | null> {
    if (!this.definitions.has(name)) throw new Error(`Unknown job ${name}`);
    return this.boss.send(name, payload, {
      ...(options.singletonKey ? { singletonKey: options.singletonKey } : {}),
      ...(options.startAfter ? { startAfter: options.startAfter } : {}),
      ...(options.trx ? { db: executorOf(options.trx) } : {}),
    });
  }

  /** For the administration and tests: the state of one job. */
  async findJob(name: string, id: string) {
    return this.boss.getJobById(name, id);
  }

  async stop() {
    await this.boss.stop({ graceful: true, timeout: 10_000 });
  }
}
