import { loadConfig, ConfigError } from '../config.ts';
import { openDatabase } from './database.ts';
import { migrateToLatest } from './migrator.ts';
import { describeHolder, lockDataDir } from './data-dir-lock.ts';

// `npm run migrate`: applies pending migrations to the configured database, then exits.
try {
  const config = loadConfig();
  // The embedded database belongs to one process at a time: never migrate under a running server.
  const taken = config.databaseUrl ? undefined : lockDataDir(config.dataDir, 'réglage');
  if (taken && 'heldBy' in taken) {
    console.error(`La base embarquée de ${config.dataDir} est ouverte par ${describeHolder(taken.heldBy)} : arrêtez-le avant de migrer (ProxiRH migre aussi à son démarrage).`);
    process.exit(1);
  }
  const database = await openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir });
  try {
    const applied = await migrateToLatest(database.db);
    console.log(applied.length ? `Migrations appliquées : ${applied.join(', ')}` : 'La base est à jour.');
  } finally {
    await database.close();
    if (taken && 'lock' in taken) taken.lock.release();
  }
} catch (error) {
  console.error(error instanceof ConfigError || error instanceof Error ? error.message : String(error));
  process.exit(1);
}
