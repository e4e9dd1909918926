import { loadConfig, ConfigError } from '../config.ts';
import { openDatabase } from '../db/database.ts';
import { migrateToLatest } from '../db/migrator.ts';
import { describeHolder, lockDataDir } from '../db/data-dir-lock.ts';
import { changePublicUrl, publicUrlProblem } from '../settings/public-url.ts';
import { fail } from './fail.ts';

// `npm run set-public-url -- https://…`: the one deliberate way to change the public address
// every instance uses (src/server/settings/public-url.ts). Instances read it when they start.

try {
  const config = loadConfig();
  const value = process.argv[2];
  if (!value) fail('Indiquez la nouvelle adresse publique : npm run set-public-url -- https://proxirh.ac-exemple.fr.');
  const problem = publicUrlProblem(value);
  if (problem) fail(`Adresse refusée : ${problem}`);
  let release = () => {};
  if (!config.databaseUrl) {
    const taken = lockDataDir(config.dataDir, 'réglage');
    if ('heldBy' in taken) fail(`La base embarquée de ${config.dataDir} est ouverte par ${describeHolder(taken.heldBy)} : arrêtez-le, changez l’adresse, puis redémarrez-le.`);
    release = taken.lock.release;
  }
  try {
    const database = await openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir });
    try {
      await migrateToLatest(database.db);
      const publicUrl = await changePublicUrl(database.db, value);
      process.stdout.write(`Adresse publique enregistrée : ${publicUrl} ; chaque instance de ProxiRH la prend en compte à son prochain démarrage.\n`);
    } finally {
      await database.close();
    }
  } finally {
    release();
  }
} catch (error) {
  if (error instanceof ConfigError) fail(error.message);
  fail(`L’adresse publique n’a pas été changée : ${error instanceof Error ? error.message : String(error)}`);
}
