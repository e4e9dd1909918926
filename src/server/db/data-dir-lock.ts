import fs from 'node:fs';
import path from 'node:path';

/*
 * PGlite runs inside one process and locks nothing: two processes opening the same data
 * directory would both write to it and corrupt it. Whoever opens it — the server, or a
 * command (backup, restore, set-public-url) — first takes this lock, a file naming its
 * process. A lock whose process is gone (a crash, a kill -9) is taken over.
 *
 * The file lives in the data directory itself (its parent may be read-only, e.g. a mounted
 * volume), so it is also in every copy of the directory: `restore` removes it from what it
 * restores.
 */

export const LOCK_FILE = 'proxirh.lock';

/** What holds the data directory: the server, or one of the commands. */
export type DataDirUse = 'serveur' | 'sauvegarde' | 'restauration' | 'réglage';

export interface DataDirHolder { pid: number; use: DataDirUse }

export interface DataDirLock {
  /** Gives the directory back (also done when the process exits). */
  release(): void;
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function readLock(file: string): DataDirHolder | undefined {
  try {
    const holder = JSON.parse(fs.readFileSync(file, 'utf8')) as Partial<DataDirHolder>;
    return typeof holder.pid === 'number' && typeof holder.use === 'string' ? { pid: holder.pid, use: holder.use } : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The live process holding `dataDir`, if any. A lock naming this very process is stale: in a
 * container restarted after a crash, the new server often gets the pid of the old one.
 */
export function dataDirHolder(dataDir: string): DataDirHolder | undefined {
  const holder = readLock(path.join(dataDir, LOCK_FILE));
  return holder && holder.pid !== process.pid && isAlive(holder.pid) ? holder : undefined;
}

/**
 * Takes `dataDir` (created if missing) for `use`, or answers who holds it. Taking is an
 * exclusive create; a stale lock is removed and the create tried once more, so two processes
 * racing for a stale lock may, in a window of microseconds, both remove it: one of them
 * then fails its create and reports the other.
 */
export function lockDataDir(dataDir: string, use: DataDirUse): { lock: DataDirLock } | { heldBy: DataDirHolder } {
  fs.mkdirSync(dataDir, { recursive: true });
  const file = path.join(dataDir, LOCK_FILE);
  for (let attempt = 0; attempt < 2; attempt += 1) {
    try {
      fs.writeFileSync(file, JSON.stringify({ pid: process.pid, use }), { flag: 'wx' });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const holder = dataDirHolder(dataDir);
      if (holder) return { heldBy: holder };
      // An unreadable lock may be one being written this instant: it gets a second to be complete.
      const written = fs.statSync(file, { throwIfNoEntry: false })?.mtimeMs;
      if (!readLock(file) && written !== undefined && Date.now() - written < 1000) {
        return { heldBy: { pid: 0, use } };
      }
      fs.rmSync(file, { force: true });
      continue;
    }
    const release = () => {
      if (readLock(file)?.pid === process.pid) fs.rmSync(file, { force: true });
      process.off('exit', release);
    };
    process.on('exit', release);
    return { lock: { release } };
  }
  const holder = dataDirHolder(dataDir);
  return { heldBy: holder ?? { pid: 0, use } };
}

/** « ProxiRH (processus 1234) », « une sauvegarde (processus 1234) »: who holds the directory, for a sentence. */
export function describeHolder(holder: DataDirHolder): string {
  const what = { serveur: 'ProxiRH', sauvegarde: 'une sauvegarde', restauration: 'une restauration', réglage: 'un changement de réglage' }[holder.use] ?? 'un autre processus';
  return holder.pid ? `${what} (processus ${holder.pid})` : 'un autre processus';
}
