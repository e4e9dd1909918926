/**
 * `npm run seed -- --scale academie|national|smoke [--db pglite|postgres] [--seed N] [--anchor YYYY-MM-DD]`
 * Loads a benchmark dataset without benchmarking: into `bench/.data/pglite-<scale>` (PGlite) or
 * the database `proxirh_bench_<scale>` of the PostgreSQL server of DATABASE_URL (default
 * postgres://postgres@127.0.0.1). `npm run bench` starts from a copy of it.
 */
import { parseArgs } from 'node:util';
import { seedTemplate } from './templates.ts';
import type { ScaleName } from './dataset.ts';
import type { DbKind } from './load.ts';

const { values } = parseArgs({
  options: {
    scale: { type: 'string', default: 'academie' },
    db: { type: 'string', default: 'pglite' },
    seed: { type: 'string' },
    anchor: { type: 'string' },
  },
});
if (!['smoke', 'academie', 'national'].includes(values.scale!)) throw new Error('--scale : smoke, academie ou national');
if (!['pglite', 'postgres'].includes(values.db!)) throw new Error('--db : pglite ou postgres');
if (values.anchor && !/^\d{4}-\d{2}-\d{2}$/.test(values.anchor)) throw new Error('--anchor : une date AAAA-MM-JJ');

const result = await seedTemplate({
  db: values.db as DbKind, scale: values.scale as ScaleName, seed: values.seed ? Number(values.seed) : undefined, anchor: values.anchor,
});
console.log(`Jeu ${result.identity.scale} (graine ${result.identity.seed}, date ${result.identity.anchor}) chargé dans ${result.where} : `
  + `${result.rows.toLocaleString('fr-FR')} lignes en ${result.seconds.toFixed(1)} s.`);
