import fs from 'node:fs';
import crypto from 'node:crypto';
import pg from 'pg';
import { Kysely, PostgresDialect, type PostgresPool, type PostgresPoolClient } from 'kysely';
import { PGlite } from '@electric-sql/pglite';
import { createPgConfig } from '@electric-sql/pglite/node-postgres';
import { btree_gist } from '@electric-sql/pglite/contrib/btree_gist';
import { unaccent } from '@electric-sql/pglite/contrib/unaccent';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import type { DB } from './schema.ts';

// bigint (count(*), bigserial) as a JS number: our counts stay far below 2^53, and both
// backends then hand the same types to the code.
pg.types.setTypeParser(pg.types.builtins.INT8, (value) => Number.parseInt(value, 10));
pg.types.setTypeParser(pg.types.builtins.NUMERIC, (value) => Number.parseFloat(value));
// A calendar date stays a 'YYYY-MM-DD' string: no time zone may shift it.
pg.types.setTypeParser(pg.types.builtins.DATE, (value) => value);

export type DatabaseKind = 'pglite' | 'postgres';

/** The extensions the embedded database loads at every open (the appointments' exclusion constraint needs btree_gist). */
// The knowledge base's French search needs unaccent (its text search configuration) and pg_trgm (misspellings).
export const PGLITE_EXTENSIONS = { btree_gist, unaccent, pg_trgm };

export interface Database {
  db: Kysely<DB>;
  pool: pg.Pool;
  kind: DatabaseKind;
  /** The embedded instance, when there is one (tests dump it as a template). */
  pglite?: PGlite;
  close(): Promise<void>;
}

export interface OpenDatabaseOptions {
  databaseUrl?: string | undefined;
  /** Data directory of the embedded database (created if missing). */
  dataDir?: string;
  /** A tarball of a PGlite data dir to start from (tests load a migrated template). */
  loadDataDir?: Blob | File;
  poolSize?: number;
}

/**
 * The pool as Kysely sees it, with every parameterised statement prepared once per connection
 * (named after a hash of its text): PostgreSQL then parses it once and, after a few runs, plans
 * it once too. The statements are those of the code (a bounded set of texts, values apart);
 * statements without parameters (transaction control, migrations) go as they are.
 *
 * A prepared statement whose result changed shape under it — another instance migrated a table
 * read with `select *` — is refused by PostgreSQL (« cached plan must not change result type »):
 * its text is then sent unprepared from that moment on, and the call is tried once more (which
 * fails only inside a transaction the refusal has already aborted).
 */
export function preparingPool(pool: pg.Pool): PostgresPool {
  const clients = new WeakMap<pg.PoolClient, PostgresPoolClient>();
  const names = new Map<string, string>();
  const unprepared = new Set<string>();
  const nameOf = (text: string) => {
    let name = names.get(text);
    if (!name) {
      name = `proxirh_${crypto.createHash('sha1').update(text).digest('base64url')}`;
      names.set(text, name);
    }
    return name;
  };
  const query = async (client: pg.PoolClient, text: string, values: unknown[]) => {
    if (unprepared.has(text)) return client.query(text, values);
    try {
      return await client.query({ name: nameOf(text), text, values });
    } catch (error) {
      if ((error as { code?: string }).code !== '0A000' || !/cached plan/.test((error as Error).message)) throw error;
      unprepared.add(text);
      return client.query(text, values).catch(() => { throw error; });
    }
  };
  return {
    async connect() {
      const client = await pool.connect();
      let wrapped = clients.get(client);
      if (!wrapped) {
        wrapped = {
          query: ((text: unknown, values?: unknown[]) => (typeof text === 'string' && values && values.length > 0
            ? query(client, text, values)
            : client.query(text as string, values))) as unknown as PostgresPoolClient['query'],
          release: () => client.release(),
        };
        clients.set(client, wrapped);
      }
      return wrapped;
    },
    end: () => pool.end(),
  };
}

/**
 * One Kysely over one `pg` pool, whatever the backend: a PostgreSQL server when a URL is
 * given, else the embedded PGlite through its node-postgres adapter. PGlite has a single
 * connection, so its pool has one client and queries queue in the pool, never interleave.
 */
export async function openDatabase(options: OpenDatabaseOptions): Promise<Database> {
  if (options.databaseUrl) {
    const pool = new pg.Pool({ connectionString: options.databaseUrl, max: options.poolSize ?? 10 });
    pool.on('error', () => {
      /* an idle client lost its server: the pool replaces it; queries report their own errors */
    });
    const db = new Kysely<DB>({ dialect: new PostgresDialect({ pool: preparingPool(pool) }) });
    return { db, pool, kind: 'postgres', close: () => db.destroy() };
  }
  if (options.dataDir) fs.mkdirSync(options.dataDir, { recursive: true });
  const pglite = await PGlite.create({
    extensions: PGLITE_EXTENSIONS,
    ...(options.dataDir ? { dataDir: options.dataDir } : {}),
    ...(options.loadDataDir ? { loadDataDir: options.loadDataDir } : {}),
  });
  const pool = new pg.Pool({ ...createPgConfig(pglite), max: 1 });
  const db = new Kysely<DB>({ dialect: new PostgresDialect({ pool }) });
  return {
    db,
    pool,
    kind: 'pglite',
    pglite,
    async close() {
      await db.destroy();
      await pglite.close();
    },
  };
}
