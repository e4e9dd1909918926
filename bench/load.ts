/**
 * Loads a benchmark dataset into an empty database (PGlite data directory or PostgreSQL
 * database), with the application's own migrations, in multi-row inserts of a few thousand
 * rows (`insert … select * from unnest($1::uuid[], …)`: one statement and one round trip per
 * batch, the same on both backends), and a progress bar on stderr.
 */
import fs from 'node:fs';
import pg from 'pg';
import { openDatabase, type Database } from '../src/server/db/database.ts';
import { migrateToLatest } from '../src/server/db/migrator.ts';
import { DEFAULT_SEED, SCALES, TABLES, estimate, generate, type Batch, type ScaleName, type TableName } from './dataset.ts';

export type DbKind = 'pglite' | 'postgres';

export interface DatasetIdentity { scale: ScaleName; seed: number; anchor: string; version: number; schema?: string }
/** Bumped whenever the generator changes, so an old loaded set is not mistaken for the current one. */
export const DATASET_VERSION = 4;

/** Today at midnight UTC: the dataset's « now » unless an anchor date is given. */
export function defaultAnchor() {
  return new Date().toISOString().slice(0, 10);
}

export function serverUrl(databaseName: string) {
  const url = new URL(process.env.DATABASE_URL || 'postgres://postgres@127.0.0.1/postgres');
  url.pathname = `/${databaseName}`;
  return url.toString();
}

async function admin<T>(fn: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: serverUrl('postgres') });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

export async function databaseComment(name: string): Promise<string | null> {
  return admin(async (c) => {
    const r = await c.query('select shobj_description(oid, \'pg_database\') as comment from pg_database where datname = $1', [name]);
    return r.rows[0] ? (r.rows[0].comment ?? '') : null;
  });
}

export async function recreateDatabase(name: string, template?: string) {
  await admin(async (c) => {
    await c.query(`select pg_terminate_backend(pid) from pg_stat_activity where datname = $1 and pid <> pg_backend_pid()`, [name]);
    await c.query(`drop database if exists "${name}"`);
    await c.query(`create database "${name}"${template ? ` template "${template}"` : ''}`);
  });
}

export async function setDatabaseComment(name: string, comment: string) {
  await admin((c) => c.query(`comment on database "${name}" is '${comment.replace(/'/g, "''")}'`));
}

export class ProgressBar {
  private done = 0;
  private lastDraw = 0;
  private lastLine = Date.now();
  private readonly started = Date.now();
  constructor(private readonly total: number, private readonly label: string, private readonly stream = process.stderr) {}
  tick(n: number, note = '') {
    this.done += n;
    const now = Date.now();
    if (now - this.lastDraw < 200 && this.done < this.total) return;
    this.lastDraw = now;
    const share = Math.min(1, this.done / this.total);
    const width = 30;
    const filled = Math.round(share * width);
    const seconds = (now - this.started) / 1000;
    const rate = Math.round(this.done / Math.max(seconds, 0.001));
    const line = `${this.label} [${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${String(Math.round(share * 100)).padStart(3)} % `
      + `${this.done.toLocaleString('fr-FR')} lignes, ${rate.toLocaleString('fr-FR')}/s, ${seconds.toFixed(0)} s ${note}`;
    if (this.stream.isTTY) this.stream.write(`\r${line.padEnd(110)}`);
    else if (this.done >= this.total || now - this.lastLine >= 5_000) {
      this.lastLine = now;
      this.stream.write(`${line}\n`);
    }
  }
  end() {
    if (this.stream.isTTY) this.stream.write('\n');
  }
}

/** Column lists restricted to what the migrated schema has (a column added later is filled by its default). */
async function existingColumns(client: pg.PoolClient): Promise<Map<string, Set<string>>> {
  const r = await client.query(`select table_name, column_name from information_schema.columns where table_schema = 'public'`);
  const map = new Map<string, Set<string>>();
  for (const row of r.rows) {
    if (!map.has(row.table_name)) map.set(row.table_name, new Set());
    map.get(row.table_name)!.add(row.column_name);
  }
  return map;
}

function insertStatement(table: TableName, present: Set<string>) {
  const columns = Object.entries(TABLES[table]).filter(([c]) => present.has(c));
  const casts = columns.map(([, type], i) => `$${i + 1}::${type}[]`);
  return {
    columns: columns.map(([c]) => c),
    text: `insert into ${table} (${columns.map(([c]) => c).join(', ')}) select * from unnest(${casts.join(', ')})`,
  };
}

export interface LoadOptions {
  db: DbKind;
  scale: ScaleName;
  seed?: number;
  anchor?: string;
  /** PGlite: the data directory; PostgreSQL: the database name. */
  target: string;
  quiet?: boolean;
}

export async function loadDataset(options: LoadOptions): Promise<{ identity: DatasetIdentity; seconds: number; rows: number }> {
  const scale = SCALES[options.scale];
  const identity: DatasetIdentity = { scale: options.scale, seed: options.seed ?? DEFAULT_SEED, anchor: options.anchor ?? defaultAnchor(), version: DATASET_VERSION };
  const started = Date.now();
  let database: Database;
  if (options.db === 'postgres') {
    await recreateDatabase(options.target);
    database = await openDatabase({ databaseUrl: serverUrl(options.target), poolSize: 1 });
  } else {
    fs.rmSync(options.target, { recursive: true, force: true });
    database = await openDatabase({ dataDir: options.target });
  }
  try {
    await migrateToLatest(database.db);
    const client = await database.pool.connect();
    try {
      if (options.db === 'postgres') {
        await client.query('set synchronous_commit = off');
        // Foreign keys are checked by the generator's order, not row by row (superuser only;
        // the load is just slower without it). Triggers are skipped too: the generator fills the
        // requester's profile that the requests trigger would copy.
        await client.query('set session_replication_role = replica').catch(() => undefined);
      }
      const present = await existingColumns(client);
      const statements = new Map<TableName, ReturnType<typeof insertStatement>>();
      const bar = new ProgressBar(Math.round(estimate(scale)), `${options.scale}/${options.db}`, options.quiet ? (undefined as never) : process.stderr);
      const sink = async (batch: Batch) => {
        let statement = statements.get(batch.table);
        if (!statement) statements.set(batch.table, (statement = insertStatement(batch.table, present.get(batch.table) ?? new Set())));
        await client.query(statement.text, statement.columns.map((c) => batch.rows[c]));
        if (!options.quiet) bar.tick(batch.count, batch.table);
      };
      const summary = await generate(scale, { seed: identity.seed, anchor: new Date(`${identity.anchor}T00:00:00Z`), batchSize: options.db === 'pglite' ? 2_000 : 5_000 }, sink);
      if (!options.quiet) bar.end();
      for (const c of summary.counters) {
        await client.query(`insert into request_counters (academie_code, year, last_number) values ($1, $2, $3)
          on conflict (academie_code, year) do update set last_number = greatest(request_counters.last_number, excluded.last_number)`,
        [c.academie_code, c.year, c.last_number]);
      }
      // Fresh statistics and visibility map, as a database that has lived would have them.
      await client.query(options.db === 'postgres' ? 'vacuum analyze' : 'analyze');
      const rows = Object.values(summary.rows).reduce((s, n) => s + n, 0);
      return { identity, seconds: (Date.now() - started) / 1000, rows };
    } finally {
      client.release();
    }
  } finally {
    await database.close();
  }
}
