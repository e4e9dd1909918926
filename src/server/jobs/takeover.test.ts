import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createTestDatabase } from '../../../tests/support/test-database.ts';
import { openDatabase, type Database } from '../db/database.ts';
import { JobQueue } from './queue.ts';

// A worker killed with SIGKILL in the middle of a job must not hold it for pg-boss's default
// 15 minutes: another instance takes it within a minute. The worker is a real process, killed
// for real, on the same database (on PGlite: the same data directory, opened once it is dead).

let server: (Database & { url?: string }) | undefined;
let dataDir: string | undefined;
beforeAll(async () => {
  server = await createTestDatabase();
  if (!server.url) {
    await server.close();
    server = undefined;
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'proxirh-takeover-'));
  }
});
afterAll(async () => {
  await server?.close();
  if (dataDir) fs.rmSync(dataDir, { recursive: true, force: true });
});

/** Starts the dying worker and kills it with SIGKILL once it holds the job. */
async function killWorkerInTheMiddleOfAJob(target: string) {
  const child = spawn(process.execPath, ['--import', 'tsx', path.join(import.meta.dirname, 'dying-worker.fixture.ts'), target], { stdio: ['ignore', 'pipe', 'inherit'] });
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('the worker never took the job')), 90_000);
    child.stdout.on('data', (chunk: Buffer) => {
      if (chunk.toString().includes('started')) { clearTimeout(timer); resolve(); }
    });
    child.on('exit', (code) => reject(new Error(`the worker stopped on its own (${code})`)));
  });
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.kill('SIGKILL');
  await exited;
}

it('lets another instance finish a job whose worker was killed in the middle of it, within a minute', async () => {
  await killWorkerInTheMiddleOfAJob(server?.url ?? dataDir!);
  const database = server ?? await openDatabase({ dataDir: dataDir! });
  const finished: number[] = [];
  const survivor = await JobQueue.start({ database, databaseUrl: server?.url, pollingIntervalSeconds: 0.5 }, [{
    name: 'test.takeover', retryLimit: 3, retryDelaySeconds: 1, handler: async (payload: { n: number }) => { finished.push(payload.n); },
  }]);
  try {
    const since = Date.now();
    while (finished.length === 0 && Date.now() - since < 60_000) await new Promise((resolve) => setTimeout(resolve, 200));
    expect(finished).toEqual([1]);
  } finally {
    await survivor.stop();
    if (!server) await database.close();
  }
}, 240_000);
