import { loadConfig, ConfigError } from '../config.ts';
import { describeHolder, lockDataDir } from '../db/data-dir-lock.ts';
import { BackupError, backupStoppedDataDir, defaultBackupDir, requestBackupFromServer } from '../db/backups.ts';
import { fail } from './fail.ts';

// `npm run backup [-- <directory>]`: a consistent copy of the embedded database, ProxiRH
// running or not (src/server/db/backups.ts). One French sentence on stdout, or on stderr and exit 1.

try {
  const config = loadConfig();
  if (config.databaseUrl) {
    fail('ProxiRH utilise un serveur PostgreSQL (DATABASE_URL) : sauvegardez-le avec pg_dump, par exemple « pg_dump --format=custom --file=proxirh.dump "$DATABASE_URL" » (voir le README).');
  }
  const destination = process.argv[2] || defaultBackupDir(config.dataDir);
  const taken = lockDataDir(config.dataDir, 'sauvegarde');
  if ('heldBy' in taken) {
    if (taken.heldBy.use !== 'serveur') fail(`La base embarquée de ${config.dataDir} est occupée par ${describeHolder(taken.heldBy)} ; réessayez quand elle aura fini.`);
    const file = await requestBackupFromServer(config.dataDir, taken.heldBy, destination);
    process.stdout.write(`Sauvegarde écrite par ProxiRH en marche (processus ${taken.heldBy.pid}) : ${file}\n`);
  } else {
    try {
      const file = await backupStoppedDataDir(config.dataDir, destination);
      process.stdout.write(`Sauvegarde écrite : ${file}\n`);
    } finally {
      taken.lock.release();
    }
  }
} catch (error) {
  if (error instanceof ConfigError) fail(error.message);
  if (error instanceof BackupError) fail(`La sauvegarde a échoué : ${error.message}`);
  fail(`La sauvegarde a échoué : ${error instanceof Error ? error.message : String(error)}`);
}
