import { CompiledQuery, sql, type Kysely, type Transaction } from 'kysely';
import { PgBoss, type Db, type Job, type JobResult, type JobWithMetadata, type Schedule } from 'pg-boss';
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
  /**
   * The longest one job of this kind may run (default 5 minutes). Past it, the job is failed and
   * tried again. A worker that dies is noticed sooner, by its missed heartbeats (see below).
   */
  expireInSeconds?: number;
}

/**
 * A worker refreshes each job it holds every few seconds; a job whose refresh stopped (its
 * process was killed) is failed after this long and another instance takes it on its next try.
 * pg-boss's default would leave it « active » for 15 minutes.
 */
export const JOB_HEARTBEAT_SECONDS = 10;
/** How often pg-boss's supervisor looks for jobs whose worker died. */
const SUPERVISE_INTERVAL_SECONDS = 10;

/**
 * A definition whatever its payload, for lists of jobs of different kinds. The handler's
 * parameter makes `JobDefinition` invariant, so no narrower type holds them all.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type AnyJobDefinition = JobDefinition<any>;

export const DEAD_LETTER_QUEUE = 'dead-letter';

/** Jobs a worker takes at once; it keeps fetching without pause while batches come back full. */
const BATCH_SIZE = 10;

export interface SendOptions {
  /** Enqueue inside this transaction: the job exists only if the transaction commits. */
  trx?: Transaction<DB> | Kysely<DB>;
  /** At most one waiting job with this key (e.g. one holding message per request). */
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

function executorOf(executor: Transaction<DB> | Kysely<DB>): Db {
  return {
    executeSql: async (text: string, values?: unknown[]) => {
      const result = await executor.executeQuery(CompiledQuery.raw(text, values ?? []));
      return { rows: result.rows as unknown[] };
    },
  };
}

/**
 * pg-boss over our PGlite pool. Not `pool.query`: it releases a client whose query failed as
 * broken, and PGlite's single connection then answers the next client out of step ("Connection
 * terminated unexpectedly"). A failure inside one of pg-boss's BEGIN … COMMIT blocks also leaves
 * the one session in an aborted transaction, so it is rolled back before the client goes back.
 */
function pgliteExecutor(database: Database): Db {
  return {
    executeSql: async (text: string, values?: unknown[]) => {
      const client = await database.pool.connect();
      try {
        return await client.query(text, values);
      } catch (error) {
        await client.query('ROLLBACK').catch(() => {});
        throw error;
      } finally {
        client.release();
      }
    },
  };
}

export class JobQueue {
  private readonly definitions = new Map<string, AnyJobDefinition>();

  private constructor(private readonly boss: PgBoss, private readonly options: JobQueueOptions) {}

  /**
   * On a PostgreSQL server pg-boss keeps its own small pool. On PGlite it goes through our
   * single-connection pool, so its statements queue behind ours instead of interleaving
   * with an open transaction.
   */
  static async start(options: JobQueueOptions, definitions: AnyJobDefinition[] = []): Promise<JobQueue> {
    const boss = options.databaseUrl
      ? new PgBoss({ connectionString: options.databaseUrl, max: 3, schedule: true, supervise: true, superviseIntervalSeconds: SUPERVISE_INTERVAL_SECONDS })
      : new PgBoss({ db: pgliteExecutor(options.database), backend: 'pglite', schedule: true, supervise: true, superviseIntervalSeconds: SUPERVISE_INTERVAL_SECONDS });
    boss.on('error', (error: Error) => options.logger?.error({ err: error }, 'job queue error'));
    boss.on('warning', (warning) => options.logger?.warn({ warning }, 'job queue warning'));
    await boss.start();
    const queue = new JobQueue(boss, options);
    try {
      // Idempotent: instances starting together may all create it.
      await boss.createQueue(DEAD_LETTER_QUEUE, { retentionSeconds: 30 * 24 * 3600 });
      for (const definition of definitions) await queue.define(definition);
    } catch (error) {
      // A half-started queue would keep polling and hold the process open.
      await boss.stop({ graceful: false }).catch(() => {});
      throw error;
    }
    return queue;
  }

  /**
   * Creates or updates the job's queue, its schedule and, unless `work: false`, its worker.
   * Safe when several instances define the same job at once, and when this one defines it again.
   */
  async define<P extends object>(definition: JobDefinition<P>) {
    const { name } = definition;
    const queueOptions = {
      retryLimit: definition.retryLimit ?? 5,
      retryDelay: definition.retryDelaySeconds ?? 30,
      retryBackoff: true,
      retryDelayMax: 3600,
      deadLetter: DEAD_LETTER_QUEUE,
      expireInSeconds: definition.expireInSeconds ?? 300,
      heartbeatSeconds: JOB_HEARTBEAT_SECONDS,
    };
    // createQueue does nothing when the queue exists (even one another instance created a
    // moment ago), so the options are then written by updateQueue: the last version started wins.
    await this.boss.createQueue(name, queueOptions);
    await this.boss.updateQueue(name, queueOptions);
    if (definition.schedule) await this.boss.schedule(name, definition.schedule, {}, { tz: 'Europe/Paris' });
    else await this.boss.unschedule(name);

    if (this.definitions.has(name)) await this.boss.offWork(name, { wait: true });
    this.definitions.set(name, definition);
    if (this.options.work === false) return;
    await this.boss.work<P, unknown, { pollingIntervalSeconds: number; batchSize: number; burstWhenBatchFull: true; perJobResults: true }>(
      name,
      { pollingIntervalSeconds: this.options.pollingIntervalSeconds ?? 2, batchSize: BATCH_SIZE, burstWhenBatchFull: true, perJobResults: true },
      (jobs) => this.runBatch(definition, jobs),
    );
  }

  /** Each job of a batch settles on its own: one failure retries that job, not its neighbours. */
  private async runBatch<P extends object>(definition: JobDefinition<P>, jobs: Job<P>[]): Promise<JobResult[]> {
    const results: JobResult[] = [];
    for (const job of jobs) {
      try {
        await definition.handler(job.data, { id: job.id, retryCount: job.retryCount });
        results.push({ id: job.id, status: 'completed' });
      } catch (error) {
        this.options.logger?.warn({ err: error, job: definition.name, jobId: job.id, retryCount: job.retryCount }, 'job failed');
        results.push({ id: job.id, status: 'failed', output: error instanceof Error ? error : { value: String(error) } });
      }
    }
    return results;
  }

  /** Enqueues a job; returns its id, or null when a job with the same singleton key waits already. */
  async send<P extends object>(name: string, payload: P, options: SendOptions = {}): Promise<string | null> {
    if (!this.definitions.has(name)) throw new Error(`Unknown job ${name}`);
    const jobOptions = {
      ...(options.singletonKey ? { singletonKey: options.singletonKey } : {}),
      ...(options.startAfter ? { startAfter: options.startAfter } : {}),
    };
    const { singletonKey } = options;
    if (!singletonKey) return this.boss.send(name, payload, { ...jobOptions, ...(options.trx ? { db: executorOf(options.trx) } : {}) });

    // pg-boss only enforces a singleton key on special queue policies, so the check is ours: a
    // transaction-scoped lock on (job, key) makes a concurrent sender wait for this one's commit,
    // then see its job.
    const sendOnce = async (trx: Transaction<DB>) => {
      await sql`select pg_advisory_xact_lock(hashtextextended(${`proxirh.jobs:${name}:${singletonKey}`}, 0))`.execute(trx);
      const db = executorOf(trx);
      const waiting = await this.boss.findJobs(name, { key: singletonKey, queued: true, limit: 1, db });
      if (waiting.length > 0) return null;
      return this.boss.send(name, payload, { ...jobOptions, db });
    };
    const executor = options.trx ?? this.options.database.db;
    return executor.isTransaction ? sendOnce(executor as Transaction<DB>) : executor.transaction().execute(sendOnce);
  }

  /** For the administration and tests: the state of one job, or null. */
  async findJob(name: string, id: string): Promise<JobWithMetadata<unknown> | null> {
    const [job] = await this.boss.findJobs(name, { id });
    return job ?? null;
  }

  /**
   * For the administration: jobs of `sourceName` that failed their last try and wait in the
   * dead-letter queue (data, error, tries), oldest first; at most `limit` read from that queue.
   */
  async findDeadLetters(sourceName: string, limit = 1000): Promise<JobWithMetadata<unknown>[]> {
    const jobs = await this.boss.findJobs(DEAD_LETTER_QUEUE, { limit });
    return jobs.filter((job) => job.sourceName === sourceName);
  }

  /** For the administration and tests: the recurring schedule of a job, if it has one. */
  async findSchedules(name: string): Promise<Schedule[]> {
    return this.boss.getSchedules(name);
  }

  /** Stops fetching, lets running handlers finish (10 s at most), then releases the database. */
  async stop() {
    await this.boss.stop({ graceful: true, timeout: 10_000 });
  }
}
