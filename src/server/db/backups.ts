import fs from 'node:fs';
import path from 'node:path';
import crypto from 'node:crypto';
import { PGlite } from '@electric-sql/pglite';
import type { Logger } from 'pino';
import { PGLITE_EXTENSIONS } from './database.ts';
import { LOCK_FILE, dataDirHolder, type DataDirHolder } from './data-dir-lock.ts';

/*
 * Backups of the embedded database (PGlite). A copy is PGlite's own `dumpDataDir`: a tar of
 * the data directory taken while no statement runs (PGlite runs them one at a time and the
 * dump waits its turn), so it is what a crash at that instant would leave, which PostgreSQL
 * opens by replaying its write-ahead log: committed transactions in, the others out.
 *
 * Only one process may open the directory (data-dir-lock.ts). When ProxiRH runs, it holds it,
 * so `npm run backup` asks it: the command drops a request file into the data directory, the
 * server (which looks every half second) writes the copy and answers with a file beside it.
 * Nothing is opened to the network; whoever may write in the data directory may ask.
 */

const REQUEST_PREFIX = 'proxirh-sauvegarde-';
const REQUEST = /^proxirh-sauvegarde-([0-9a-f-]{36})\.demande$/;
const ANSWER = /^proxirh-sauvegarde-[0-9a-f-]{36}\.reponse$/;

/** Where backups go unless told: `backups/` beside the data directory (`./data` → `./backups`). */
export function defaultBackupDir(dataDir: string): string {
  return path.join(path.dirname(path.resolve(dataDir)), 'backups');
}

/** `proxirh-2026-11-25T23-58-22-123Z.tar.gz`: sorts by date, never twice the same. */
function backupFileName(now: Date): string {
  return `proxirh-${now.toISOString().replace(/[:.]/g, '-')}.tar.gz`;
}

/** Writes a gzipped copy of the open database into `directory` and returns its path; a file under this name is always whole. */
export async function writeBackup(pglite: PGlite, directory: string): Promise<string> {
  fs.mkdirSync(directory, { recursive: true });
  const file = path.join(path.resolve(directory), backupFileName(new Date()));
  const dump = await pglite.dumpDataDir('gzip');
  const partial = `${file}.partiel`;
  await fs.promises.writeFile(partial, Buffer.from(await dump.arrayBuffer()));
  await fs.promises.rename(partial, file);
  return file;
}

/** Writes `data` under `file` in one step: a reader never sees half of it. */
function writeWhole(file: string, data: unknown) {
  fs.writeFileSync(`${file}.partiel`, JSON.stringify(data));
  fs.renameSync(`${file}.partiel`, file);
}

/** The server's side: answers the backup requests dropped into its data directory. */
export function answerBackupRequests(dataDir: string, pglite: PGlite, logger: Pick<Logger, 'info' | 'error'>, intervalMs = 500) {
  let running: Promise<void> | undefined;
  const answerOne = async (id: string) => {
    const request = path.join(dataDir, `${REQUEST_PREFIX}${id}.demande`);
    const answer = path.join(dataDir, `${REQUEST_PREFIX}${id}.reponse`);
    let destination: string;
    try {
      destination = (JSON.parse(fs.readFileSync(request, 'utf8')) as { destination: string }).destination;
    } finally {
      fs.rmSync(request, { force: true });
    }
    try {
      const file = await writeBackup(pglite, destination);
      writeWhole(answer, { file });
      logger.info({ file }, 'backup written');
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      writeWhole(answer, { error: message });
      logger.error({ err: error }, 'backup failed');
    }
  };
  const scan = async () => {
    for (const name of fs.readdirSync(dataDir)) {
      const id = REQUEST.exec(name)?.[1];
      if (id) await answerOne(id).catch((error: unknown) => logger.error({ err: error }, 'unreadable backup request'));
      // An answer nobody came to read (the command was interrupted) goes after ten minutes.
      else if (ANSWER.test(name) && Date.now() - (fs.statSync(path.join(dataDir, name), { throwIfNoEntry: false })?.mtimeMs ?? Date.now()) > 600_000) {
        fs.rmSync(path.join(dataDir, name), { force: true });
      }
    }
  };
  const timer = setInterval(() => {
    running ??= scan().catch((error: unknown) => logger.error({ err: error }, 'backup requests unreadable')).finally(() => (running = undefined));
  }, intervalMs);
  timer.unref();
  return {
    /** Stops looking; a backup being written is finished first. */
    async stop() {
      clearInterval(timer);
      await running;
    },
  };
}

/** Thrown with one French sentence for the person at the command line. */
export class BackupError extends Error {
  override name = 'BackupError';
}

/** The command's side when ProxiRH runs: asks it for a copy into `destination`, waits for its answer. */
export async function requestBackupFromServer(dataDir: string, server: DataDirHolder, destination: string, timeoutMs = 300_000): Promise<string> {
  const id = crypto.randomUUID();
  const request = path.join(dataDir, `${REQUEST_PREFIX}${id}.demande`);
  const answer = path.join(dataDir, `${REQUEST_PREFIX}${id}.reponse`);
  writeWhole(request, { destination: path.resolve(destination) });
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    await new Promise((resolve) => setTimeout(resolve, 200));
    if (fs.existsSync(answer)) {
      const result = JSON.parse(fs.readFileSync(answer, 'utf8')) as { file?: string; error?: string };
      fs.rmSync(answer, { force: true });
      if (result.file) return result.file;
      throw new BackupError(`ProxiRH n’a pas pu écrire la sauvegarde : ${result.error ?? 'erreur inconnue'}`);
    }
    const gone = dataDirHolder(dataDir)?.pid !== server.pid;
    if (gone || Date.now() > deadline) {
      fs.rmSync(request, { force: true });
      throw new BackupError(gone
        ? `ProxiRH (processus ${server.pid}) s’est arrêté avant d’écrire la sauvegarde ; relancez la commande.`
        : `ProxiRH (processus ${server.pid}) n’a pas répondu en ${Math.round(timeoutMs / 1000)} secondes ; voyez son journal.`);
    }
  }
}

/** The command's side when ProxiRH is stopped (the caller holds the lock): opens the directory and copies it. */
export async function backupStoppedDataDir(dataDir: string, destination: string): Promise<string> {
  if (!fs.existsSync(path.join(dataDir, 'PG_VERSION'))) {
    throw new BackupError(`il n’y a pas de base embarquée dans ${dataDir} (DATA_DIR) : rien à sauvegarder.`);
  }
  const pglite = await PGlite.create({ dataDir, extensions: PGLITE_EXTENSIONS });
  try {
    return await writeBackup(pglite, destination);
  } finally {
    await pglite.close();
  }
}

/** The files of ours a copy of the data directory may hold (the lock, requests, answers). */
function isControlFile(name: string): boolean {
  return name === LOCK_FILE || name.startsWith(REQUEST_PREFIX);
}

/**
 * Puts a backup in place of the data directory (the caller holds its lock). The copy is first
 * opened in a directory beside it, so a file that is not a ProxiRH backup changes nothing;
 * the current directory is then kept aside, under the name returned, and the copy takes its
 * place.
 */
export async function restoreBackup(file: string, dataDir: string): Promise<{ aside: string | undefined }> {
  const stamp = new Date().toISOString().replace(/[:.]/g, '-');
  const staging = `${dataDir}.restauration-${stamp}`;
  try {
    const pglite = await PGlite.create({ dataDir: staging, extensions: PGLITE_EXTENSIONS, loadDataDir: new Blob([fs.readFileSync(file)]) });
    try {
      await pglite.query('select 1 from kysely_migration limit 1');
    } finally {
      await pglite.close();
    }
  } catch (error) {
    fs.rmSync(staging, { recursive: true, force: true });
    throw new BackupError(`le fichier ${file} n’est pas une sauvegarde ProxiRH lisible (${error instanceof Error ? error.message : String(error)}).`);
  }
  for (const name of fs.readdirSync(staging)) if (isControlFile(name)) fs.rmSync(path.join(staging, name), { force: true });

  const current = fs.existsSync(dataDir) ? fs.readdirSync(dataDir).filter((name) => !isControlFile(name)) : [];
  let aside: string | undefined;
  if (current.length > 0) {
    aside = `${dataDir}.avant-restauration-${stamp}`;
    fs.renameSync(dataDir, aside);
    for (const name of fs.readdirSync(aside)) if (isControlFile(name)) fs.rmSync(path.join(aside, name), { force: true });
  } else {
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
  fs.renameSync(staging, dataDir);
  return { aside };
}
