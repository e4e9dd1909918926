import fs from 'node:fs';
import { loadConfig, ConfigError } from '../config.ts';
import { describeHolder, lockDataDir } from '../db/data-dir-lock.ts';
import { BackupError, restoreBackup } from '../db/backups.ts';
import { fail } from './fail.ts';

// `npm run restore -- <file>`: puts a backup of `npm run backup` in place of the embedded
// database, ProxiRH stopped; the current data directory is kept aside, never deleted.

try {
  const config = loadConfig();
  if (config.databaseUrl) {
    fail('ProxiRH utilise un serveur PostgreSQL (DATABASE_URL) : restaurez-le avec pg_restore, par exemple « pg_restore --clean --if-exists --no-owner --dbname "$DATABASE_URL" proxirh.dump » (voir le README).');
  }
  const file = process.argv[2];
  if (!file) fail('Indiquez la sauvegarde à restaurer : npm run restore -- <fichier.tar.gz>.');
  if (!fs.existsSync(file) || !fs.statSync(file).isFile()) fail(`Le fichier ${file} n’existe pas.`);
  const taken = lockDataDir(config.dataDir, 'restauration');
  if ('heldBy' in taken) fail(`La base embarquée de ${config.dataDir} est ouverte par ${describeHolder(taken.heldBy)} : arrêtez-le avant de restaurer.`);
  try {
    const { aside } = await restoreBackup(file, config.dataDir);
    process.stdout.write(`Sauvegarde ${file} restaurée dans ${config.dataDir}${aside ? ` ; l’ancienne base est gardée dans ${aside}` : ''}.\n`);
  } finally {
    taken.lock.release();
  }
} catch (error) {
  if (error instanceof ConfigError) fail(error.message);
  fail(`La restauration a échoué : ${error instanceof BackupError || error instanceof Error ? error.message : String(error)}`);
}
