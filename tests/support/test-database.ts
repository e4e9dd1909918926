import fs from 'node:fs';
import crypto from 'node:crypto';
import pg from 'pg';
import { inject } from 'vitest';
import { openDatabase, type Database } from '../../src/server/db/database.ts';

/**
 * A private copy of the migrated, demo-seeded database for one test file. On PostgreSQL it
 * is a database of its own, dropped on close; on PGlite an in-memory instance.
 */
export async function createTestDatabase(): Promise<Database & { url?: string }> {
  const spec = inject('testDatabase');
  if (spec.kind === 'pglite') {
    const dump = new Blob([fs.readFileSync(spec.dumpPath)], { type: 'application/x-gzip' });
    return openDatabase({ loadDataDir: dump });
  }
  const name = `proxirh_t_${crypto.randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: spec.serverUrl });
  await admin.connect();
  await admin.query(`create database ${name} template ${spec.templateName}`);
  await admin.end();
  const url = new URL(spec.serverUrl);
  url.pathname = `/${name}`;
  const database = await openDatabase({ databaseUrl: url.toString(), poolSize: 5 });
  return {
    ...database,
    url: url.toString(),
    async close() {
      await database.close();
      const cleanup = new pg.Client({ connectionString: spec.serverUrl });
      await cleanup.connect();
      await cleanup.query(`drop database if exists ${name} with (force)`);
      await cleanup.end();
    },
  };
}
