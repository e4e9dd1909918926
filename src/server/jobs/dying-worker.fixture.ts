// A job worker that takes one job and dies in the middle of it: run by takeover.test.ts in a
// child process, which it then kills with SIGKILL. Argument: a PostgreSQL URL or a PGlite
// data directory (migrated here).
import { openDatabase } from '../db/database.ts';
import { migrateToLatest } from '../db/migrator.ts';
import { JobQueue } from './queue.ts';

const [target] = process.argv.slice(2);
if (!target) throw new Error('usage: dying-worker.fixture.ts <postgres url | pglite dir>');
const url = target.startsWith('postgres') ? target : undefined;
const database = await openDatabase(url ? { databaseUrl: url } : { dataDir: target });
await migrateToLatest(database.db);
const queue = await JobQueue.start({ database, databaseUrl: url, pollingIntervalSeconds: 0.5 }, [{
  name: 'test.takeover', retryLimit: 3, retryDelaySeconds: 1,
  handler: () => {
    process.stdout.write('started\n');
    return new Promise<void>(() => {});
  },
}]);
await queue.send('test.takeover', { n: 1 });
