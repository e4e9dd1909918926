import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import pg from 'pg';
import { Kysely, PostgresDialect, sql } from 'kysely';
import { createPgConfig } from '@electric-sql/pglite/node-postgres';
import { createTestDatabase } from '../../../tests/support/test-database.ts';
import { preparingPool, type Database } from './database.ts';

let database: Database & { url?: string };
let db: Kysely<Record<string, never>>;
beforeAll(async () => {
  database = await createTestDatabase();
  // A pool of its own over the test database (embedded or server), wrapped as the app wraps it.
  const pool = database.pglite
    ? new pg.Pool({ ...createPgConfig(database.pglite), max: 1 })
    : new pg.Pool({ connectionString: database.url, max: 1 });
  db = new Kysely({ dialect: new PostgresDialect({ pool: preparingPool(pool) }) });
  await sql`create table prepared_probe (a int not null)`.execute(db);
  await sql`insert into prepared_probe values (1)`.execute(db);
});
afterAll(async () => {
  await db?.destroy();
  await database?.close();
});

describe('statements prepared once per connection', () => {
  it('prepares a parameterised statement, and still answers after a migration changed what it reads', async () => {
    await db.connection().execute(async (connection) => {
      const read = () => sql<Record<string, unknown>>`select * from prepared_probe where a = ${1}`.execute(connection);
      expect((await read()).rows).toEqual([{ a: 1 }]);
      const prepared = await sql<{ statement: string }>`select statement from pg_prepared_statements`.execute(connection);
      expect(prepared.rows.some((r) => r.statement.includes('from prepared_probe'))).toBe(true);

      // Another instance migrates the table: the prepared statement's result would change shape.
      await sql`alter table prepared_probe add column b text`.execute(connection);
      expect((await read()).rows).toEqual([{ a: 1, b: null }]);
      expect((await read()).rows).toEqual([{ a: 1, b: null }]);
    });
  });
});
