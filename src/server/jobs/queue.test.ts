import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, inject, it } from 'vitest';
import { createTestDatabase } from '../../../tests/support/test-database.ts';
import { openDatabase, type Database } from '../db/database.ts';
import { migrateToLatest } from '../db/migrator.ts';
import { DEAD_LETTER_QUEUE, JobQueue, type JobDefinition, type AnyJobDefinition, type JobQueueOptions } from './queue.ts';

// The durable queue against the real database: PGlite by default, PostgreSQL when
// TEST_DATABASE_URL is set. Each test uses queues of its own names, so they share one database.

type TestDatabase = Database & { url?: string };

let database: TestDatabase;
/** What each test opened, closed after it, last opened first, even when the test failed. */
const cleanups: Array<() => Promise<unknown>> = [];

beforeAll(async () => {
  database = await createTestDatabase();
});

afterEach(async () => {
  const errors: unknown[] = [];
  while (cleanups.length > 0) await cleanups.pop()!().catch((error: unknown) => errors.push(error));
  if (errors.length > 0) throw errors[0];
});

afterAll(async () => {
  await database?.close();
});

/** Starts a queue over `on` (by default the shared database), stopped after the test. */
async function startQueue(definitions: AnyJobDefinition[], options: Partial<JobQueueOptions> = {}, on: TestDatabase = database) {
  const queue = await JobQueue.start({ database: on, databaseUrl: on.url, pollingIntervalSeconds: 0.5, ...options }, definitions);
  cleanups.push(() => queue.stop());
  return queue;
}

/** Polls `condition` until it holds; fails with `what` after the deadline. */
async function waitFor(what: string, condition: () => boolean | Promise<boolean>, timeoutMs = 15_000) {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error(`Timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

async function stateOf(queue: JobQueue, name: string, id: string) {
  return (await queue.findJob(name, id))?.state ?? null;
}

describe('durable job queue', () => {
  it('runs a job sent in a committed transaction once, and never one sent in a transaction that rolled back', async () => {
    const runs: string[] = [];
    const queue = await startQueue([{ name: 'test.tx-mail', handler: async (payload: { label: string }) => void runs.push(payload.label) }]);

    let rolledBackId: string | null = null;
    await expect(database.db.transaction().execute(async (trx) => {
      rolledBackId = await queue.send('test.tx-mail', { label: 'rolled back' }, { trx });
      throw new Error('the request failed after enqueuing');
    })).rejects.toThrow('the request failed after enqueuing');
    const committedId = await database.db.transaction().execute((trx) => queue.send('test.tx-mail', { label: 'committed' }, { trx }));

    await waitFor('the committed job to complete', async () => (await stateOf(queue, 'test.tx-mail', committedId!)) === 'completed');
    expect(rolledBackId).not.toBeNull();
    expect(await queue.findJob('test.tx-mail', rolledBackId!)).toBeNull();
    expect(runs).toEqual(['committed']);
  });

  it('runs a job sent while no worker ran, once a queue starts again after a restart', async () => {
    // A database that can be closed and opened again: a PGlite data directory, or the server.
    // The directory starts from the migrated template (an empty one takes seconds to initialise).
    const template = inject('testDatabase');
    const dataDir = template.kind === 'pglite' ? fs.mkdtempSync(path.join(os.tmpdir(), 'proxirh-jobs-')) : undefined;
    if (dataDir) cleanups.push(async () => fs.rmSync(dataDir, { recursive: true, force: true }));
    let seed = template.kind === 'pglite' ? new Blob([fs.readFileSync(template.dumpPath)]) : undefined;
    const reopen = async (): Promise<TestDatabase> => {
      if (!dataDir) return { ...(await openDatabase({ databaseUrl: database.url, poolSize: 2 })), url: database.url! };
      const reopened = await openDatabase({ dataDir, ...(seed ? { loadDataDir: seed } : {}) });
      seed = undefined;
      await migrateToLatest(reopened.db);
      return reopened;
    };
    const runs: string[] = [];
    const definition: JobDefinition<{ to: string }> = { name: 'test.restart-mail', handler: async (payload) => void runs.push(payload.to) };

    const before = await reopen();
    let id: string | null;
    try {
      const webOnly = await JobQueue.start({ database: before, databaseUrl: before.url, work: false }, [definition]);
      try {
        id = await webOnly.send('test.restart-mail', { to: 'agent@example.org' });
        expect(await stateOf(webOnly, 'test.restart-mail', id!)).toBe('created');
      } finally {
        await webOnly.stop();
      }
    } finally {
      await before.close();
    }
    expect(runs).toEqual([]);

    const after = await reopen();
    cleanups.push(() => after.close());
    const worker = await startQueue([definition], {}, after);
    await waitFor('the job to run after the restart', async () => (await stateOf(worker, 'test.restart-mail', id!)) === 'completed');
    expect(runs).toEqual(['agent@example.org']);
  });

  it('runs each of 50 jobs exactly once when two instances work the same queue', async () => {
    const runsByJob = new Map<string, number>();
    const runsByInstance = { a: 0, b: 0 };
    const definitionFor = (instance: 'a' | 'b'): JobDefinition<{ n: number }> => ({
      name: 'test.exactly-once',
      handler: async (_payload, job) => {
        runsByJob.set(job.id, (runsByJob.get(job.id) ?? 0) + 1);
        runsByInstance[instance] += 1;
        // 20 ms a job: one instance alone would need 1 s, past the other's 0.5 s poll.
        await new Promise((resolve) => setTimeout(resolve, 20));
      },
    });
    // Started at once, as two app instances booting together: both define the same queue.
    const [a, b] = await Promise.all([startQueue([definitionFor('a')]), startQueue([definitionFor('b')])]);

    const ids = await Promise.all(Array.from({ length: 50 }, (_, n) => (n % 2 === 0 ? a : b).send('test.exactly-once', { n })));
    expect(new Set(ids).size).toBe(50);
    await waitFor('50 jobs to run', () => runsByJob.size === 50, 30_000);
    await waitFor('50 jobs to complete', async () => {
      const states = await Promise.all(ids.map((id) => stateOf(a, 'test.exactly-once', id!)));
      return states.every((state) => state === 'completed');
    });

    expect([...runsByJob.keys()].sort()).toEqual([...ids].sort());
    expect([...runsByJob.values()].every((count) => count === 1)).toBe(true);
    expect(runsByInstance.a + runsByInstance.b).toBe(50);
    // Both took part, so the once-only guarantee was tested between competing workers.
    expect(runsByInstance.a).toBeGreaterThan(0);
    expect(runsByInstance.b).toBeGreaterThan(0);
  });

  it('retries a failing job with a growing delay, then fails it into the dead-letter queue', async () => {
    const tries: Array<{ retryCount: number; at: number }> = [];
    const queue = await startQueue([{
      name: 'test.always-fails',
      retryLimit: 2,
      retryDelaySeconds: 1,
      handler: async (_payload, job) => {
        tries.push({ retryCount: job.retryCount, at: Date.now() });
        throw new Error('SMTP refused the message');
      },
    }]);

    const id = await queue.send('test.always-fails', { to: 'agent@example.org' });
    await waitFor('the job to fail for good', async () => (await stateOf(queue, 'test.always-fails', id!)) === 'failed', 30_000);

    expect(tries.map((t) => t.retryCount)).toEqual([0, 1, 2]);
    // Backoff: the n-th retry waits, jittered, between retryDelay × 2^(n-1) and retryDelay × 2^n: 1–2 s, then 2–4 s.
    expect(tries[1]!.at - tries[0]!.at).toBeGreaterThanOrEqual(950);
    expect(tries[2]!.at - tries[1]!.at).toBeGreaterThanOrEqual(1950);

    const [dead, ...others] = await queue.findDeadLetters('test.always-fails');
    expect(others).toEqual([]);
    expect(dead).toMatchObject({
      name: DEAD_LETTER_QUEUE,
      sourceName: 'test.always-fails',
      sourceId: id,
      sourceRetryCount: 2,
      data: { to: 'agent@example.org' },
    });
    expect(JSON.stringify(dead!.sourceOutput)).toContain('SMTP refused the message');
    // Nothing works the dead-letter queue: the job waits there for someone to look at it.
    expect(dead!.state).toBe('created');
  });

  it('registers the schedule of a recurring job in Europe/Paris time, and drops it when the definition loses it', async () => {
    const definition: JobDefinition<object> = { name: 'test.hourly', schedule: '17 * * * *', handler: async () => {} };
    const first = await startQueue([definition], { work: false });
    expect(await first.findSchedules('test.hourly')).toMatchObject([{ name: 'test.hourly', cron: '17 * * * *', timezone: 'Europe/Paris' }]);

    // An instance started with a new version of the definition moves the one schedule.
    const second = await startQueue([{ ...definition, schedule: '42 3 * * *' }], { work: false });
    expect(await second.findSchedules('test.hourly')).toMatchObject([{ cron: '42 3 * * *', timezone: 'Europe/Paris' }]);

    const { schedule: _dropped, ...unscheduled } = definition;
    const third = await startQueue([unscheduled], { work: false });
    expect(await third.findSchedules('test.hourly')).toEqual([]);
  });

  it('keeps at most one waiting job per singleton key, even when sent at the same time', async () => {
    const definition: JobDefinition<{ request: number }> = { name: 'test.holding-message', handler: async () => {} };
    const queue = await startQueue([definition], { work: false });
    const sent = await Promise.all(Array.from({ length: 5 }, () => queue.send('test.holding-message', { request: 1 }, { singletonKey: 'request-1' })));
    const other = await queue.send('test.holding-message', { request: 2 }, { singletonKey: 'request-2' });
    expect(sent.filter((id) => id !== null)).toHaveLength(1);
    expect(other).not.toBeNull();
    const inTransaction = await database.db.transaction().execute((trx) => queue.send('test.holding-message', { request: 1 }, { trx, singletonKey: 'request-1' }));
    expect(inTransaction).toBeNull();

    // Once the waiting job has run, the key is free again.
    const worker = await startQueue([definition]);
    const firstId = sent.find((id) => id !== null)!;
    await waitFor('the holding message to run', async () => (await stateOf(worker, 'test.holding-message', firstId)) === 'completed');
    expect(await queue.send('test.holding-message', { request: 1 }, { singletonKey: 'request-1' })).not.toBeNull();
  });

  it('keeps working after one of its statements fails', async () => {
    const runs: string[] = [];
    const queue = await startQueue([{ name: 'test.after-error', handler: async (payload: { to: string }) => void runs.push(payload.to) }]);
    await expect(queue.findJob('test.after-error', 'not-a-job-id')).rejects.toThrow();
    const id = await queue.send('test.after-error', { to: 'agent@example.org' });
    await waitFor('the job to run', async () => (await stateOf(queue, 'test.after-error', id!)) === 'completed');
    expect(runs).toEqual(['agent@example.org']);
    expect(await database.db.selectFrom('academies').select('code').limit(1).execute()).toHaveLength(1);
  });

  it('lets a running job finish and records it before stop returns', async () => {
    let started = false;
    let finished = false;
    const definition: JobDefinition<object> = {
      name: 'test.slow',
      handler: async () => {
        started = true;
        await new Promise((resolve) => setTimeout(resolve, 300));
        finished = true;
      },
    };
    const queue = await JobQueue.start({ database, databaseUrl: database.url, pollingIntervalSeconds: 0.5 }, [definition]);
    let id: string | null;
    try {
      id = await queue.send('test.slow', {});
      await waitFor('the job to start', () => started);
    } finally {
      await queue.stop();
    }
    expect(finished).toBe(true);
    const observer = await startQueue([definition], { work: false });
    expect(await stateOf(observer, 'test.slow', id!)).toBe('completed');
  });

  it('refuses to send a job nobody defined', async () => {
    const queue = await startQueue([], { work: false });
    await expect(queue.send('test.unknown', {})).rejects.toThrow('Unknown job test.unknown');
  });
});
