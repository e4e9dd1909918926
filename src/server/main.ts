import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadConfig, ConfigError, type Config } from './config.ts';
import { openDatabase, type Database } from './db/database.ts';
import { migrateToLatest } from './db/migrator.ts';
import { composeService } from './compose.ts';
import { describeHolder, lockDataDir } from './db/data-dir-lock.ts';
import { answerBackupRequests } from './db/backups.ts';
import { normalisePublicUrl } from './settings/public-url.ts';
import { seedDemo } from './modules/demo/index.ts';
import { pino } from 'pino';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/** One French sentence on stderr and exit 1: what a person starting the service needs to read. */
function stop(message: string): never {
  process.stderr.write(`ProxiRH ne peut pas démarrer : ${message}\n`);
  process.exit(1);
}

function describeDatabaseError(error: unknown, config: Config): string {
  const code = (error as { code?: string }).code;
  const where = config.databaseUrl ? 'le serveur PostgreSQL de DATABASE_URL' : `la base embarquée (${config.dataDir})`;
  if (code === 'ECONNREFUSED' || code === 'ENOTFOUND' || code === 'EAI_AGAIN') return `${where} ne répond pas (${code}).`;
  if (code === '3D000') return 'la base nommée dans DATABASE_URL n’existe pas.';
  if (code === '28P01' || code === '28000') return 'l’authentification au serveur PostgreSQL de DATABASE_URL a échoué.';
  return `${where} est inutilisable : ${error instanceof Error ? error.message : String(error)}`;
}

async function main() {
  let config: Config;
  try {
    config = loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) stop(error.message);
    throw error;
  }

  // The embedded database is this process's alone while it runs (db/data-dir-lock.ts).
  if (!config.databaseUrl) {
    const taken = lockDataDir(config.dataDir, 'serveur');
    if ('heldBy' in taken) stop(`la base embarquée (${config.dataDir}) est déjà ouverte par ${describeHolder(taken.heldBy)} ; arrêtez-le ou choisissez un autre DATA_DIR.`);
  }

  let database: Database;
  try {
    database = await openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir });
    await migrateToLatest(database.db);
  } catch (error) {
    stop(describeDatabaseError(error, config));
  }
  if (config.demoMode && (await seedDemo(database.db))) {
    process.stdout.write('Académie de démonstration (Amiens) créée.\n');
  }

  // Every instance can enqueue (a request is acknowledged by mail whatever instance took it);
  // only those with JOBS_ENABLED run the workers.
  const logger = pino({ level: config.logLevel });
  // On a server, the workers' statements (mails, reminders, the monthly report) go through a
  // small pool of their own: under a burst of web traffic they still advance, and they never
  // take the connections the web requests wait for. PGlite has one connection for everything.
  const background = config.databaseUrl ? await openDatabase({ databaseUrl: config.databaseUrl, poolSize: 2 }) : database;
  const service = await composeService({
    config, database, jobDatabase: background, databaseUrl: config.databaseUrl, logger, work: config.jobsEnabled,
    webRoot: path.join(root, 'dist/web'),
  });
  const { app } = service;
  // The public address is the service's, stored in the database (settings/public-url.ts).
  if (service.config.publicUrl !== normalisePublicUrl(config.publicUrl)) {
    const given = process.env.PUBLIC_URL ? `« ${config.publicUrl} » donnée par PUBLIC_URL` : `« ${config.publicUrl} », valeur par défaut de PUBLIC_URL`;
    process.stderr.write(`ProxiRH utilise l’adresse publique « ${service.config.publicUrl} », enregistrée dans la base et commune à toutes les instances, et non ${given} : pour en changer, lancez « npm run set-public-url -- <adresse> ».\n`);
  }

  try {
    await app.listen({ port: config.port, host: config.host });
  } catch (error) {
    const code = (error as { code?: string }).code;
    await service.close();
    if (background !== database) await background.close();
    await database.close();
    if (code === 'EADDRINUSE') stop(`le port ${config.port} est déjà utilisé ; libérez-le ou choisissez-en un autre avec PORT.`);
    if (code === 'EACCES') stop(`le port ${config.port} est réservé ; choisissez-en un autre avec PORT.`);
    stop(error instanceof Error ? error.message : String(error));
  }

  // `npm run backup` while we run: we hold the embedded database, so we write the copy (db/backups.ts).
  const backups = database.pglite ? answerBackupRequests(config.dataDir, database.pglite, logger) : undefined;

  // Graceful shutdown: stop accepting, let in-flight requests finish, then close jobs and database.
  let closing = false;
  const shutdown = async (signal: string) => {
    if (closing) return;
    closing = true;
    app.log.info({ signal }, 'shutting down');
    const force = setTimeout(() => process.exit(1), 20_000);
    force.unref();
    await service.close();
    await backups?.stop();
    if (background !== database) await background.close();
    await database.close();
    process.exit(0);
  };
  process.on('SIGTERM', () => void shutdown('SIGTERM'));
  process.on('SIGINT', () => void shutdown('SIGINT'));
  // Said only once the handlers are in place: whoever waits for this line may stop us at once.
  process.stdout.write(`ProxiRH est prêt : ${service.config.publicUrl}${config.demoMode ? ' (mode démonstration)' : ''}\n`);
}

await main();
