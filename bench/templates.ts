/**
 * Where loaded datasets live, and how a benchmark run gets its own copy of one: a PostgreSQL
 * database copied with `CREATE DATABASE … TEMPLATE`, or a PGlite data directory copied on disk.
 * A run writes (submissions, audit rows, reads): it never runs on the loaded set itself.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { DEFAULT_SEED, type ScaleName } from './dataset.ts';
import {
  DATASET_VERSION, databaseComment, defaultAnchor, loadDataset, recreateDatabase, setDatabaseComment,
  serverUrl, type DatasetIdentity, type DbKind,
} from './load.ts';
import { addBenchArticles } from './articles.ts';

export const benchRoot = path.dirname(fileURLToPath(import.meta.url));
export const dataRoot = path.join(benchRoot, '.data');

export const templateName = (scale: ScaleName) => `proxirh_bench_${scale}`;
export const runDatabaseName = 'proxirh_bench_run';
export const templateDir = (scale: ScaleName) => path.join(dataRoot, `pglite-${scale}`);
export const runDir = path.join(dataRoot, 'pglite-run');

interface SeedOptions { db: DbKind; scale: ScaleName; seed?: number | undefined; anchor?: string | undefined }

/** The migrations' sources: a set loaded under other migrations is loaded again. */
export function schemaFingerprint() {
  const dir = path.join(benchRoot, '../src/server/db/migrations');
  const hash = crypto.createHash('sha256');
  for (const file of fs.readdirSync(dir).sort()) hash.update(file).update(fs.readFileSync(path.join(dir, file)));
  return hash.digest('hex').slice(0, 16);
}

function wanted(options: SeedOptions): DatasetIdentity {
  return { scale: options.scale, seed: options.seed ?? DEFAULT_SEED, anchor: options.anchor ?? defaultAnchor(), version: DATASET_VERSION, schema: schemaFingerprint() };
}

export async function seedTemplate(options: SeedOptions) {
  const where = options.db === 'postgres' ? templateName(options.scale) : templateDir(options.scale);
  const result = await loadDataset({ db: options.db, scale: options.scale, seed: options.seed, anchor: options.anchor, target: where });
  // The knowledge base (issue 15): 10,000 articles for the search scenario.
  result.rows += await addBenchArticles(options.db === 'postgres' ? { databaseUrl: serverUrl(where) } : { dataDir: where }, options.scale);
  result.identity.schema = schemaFingerprint();
  if (options.db === 'postgres') await setDatabaseComment(where, JSON.stringify(result.identity));
  else fs.writeFileSync(`${where}.json`, JSON.stringify(result.identity));
  return { ...result, where };
}

/** The identity of the loaded set, or null when there is none. */
export async function loadedIdentity(db: DbKind, scale: ScaleName): Promise<DatasetIdentity | null> {
  try {
    const raw = db === 'postgres' ? await databaseComment(templateName(scale)) : fs.readFileSync(`${templateDir(scale)}.json`, 'utf8');
    return raw ? (JSON.parse(raw) as DatasetIdentity) : null;
  } catch {
    return null;
  }
}

/** Loads the set if it is missing or not the one asked for, then makes the run's copy. */
export async function prepareRunCopy(options: SeedOptions, log: (line: string) => void) {
  const want = wanted(options);
  const have = await loadedIdentity(options.db, options.scale);
  if (!have || JSON.stringify(have) !== JSON.stringify(want)) {
    log(`Chargement du jeu ${options.scale} dans ${options.db}…`);
    const r = await seedTemplate(options);
    log(`… ${r.rows.toLocaleString('fr-FR')} lignes en ${r.seconds.toFixed(1)} s.`);
  }
  const started = Date.now();
  if (options.db === 'postgres') {
    await recreateDatabase(runDatabaseName, templateName(options.scale));
  } else {
    fs.rmSync(runDir, { recursive: true, force: true });
    fs.cpSync(templateDir(options.scale), runDir, { recursive: true });
  }
  return { identity: want, copySeconds: (Date.now() - started) / 1000 };
}
