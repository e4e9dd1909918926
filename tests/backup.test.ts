import os from 'node:os';
import fs from 'node:fs';
import path from 'node:path';
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { afterAll, describe, expect, it } from 'vitest';
import { freePort } from './support/free-port.ts';

/*
 * Backups of the embedded database, through the real commands and the real server: a copy
 * taken while ProxiRH runs, restored into another data directory, holds what the running
 * server had written. PGlite only by nature, so it runs on the embedded database whatever
 * TEST_DATABASE_URL says (the PostgreSQL answer is pg_dump, said by the commands).
 */

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'proxirh-backup-'));
const running = new Set<ChildProcessWithoutNullStreams>();
afterAll(() => {
  for (const child of running) child.kill('SIGKILL');
  fs.rmSync(tmp, { recursive: true, force: true });
});

const baseEnv = (dataDir: string) => ({
  PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? tmp, DATA_DIR: dataDir,
  NODE_ENV: 'test', DEMO_MODE: 'true', JOBS_ENABLED: 'false', LOG_LEVEL: 'silent', SIGN_IN_RATE_LIMIT: '1000',
});

/** The real server entry point, until it says it is ready. */
async function startServer(dataDir: string) {
  const port = await freePort();
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/server/main.ts'], { env: { ...baseEnv(dataDir), PORT: String(port), HOST: '127.0.0.1' } });
  running.add(child);
  let output = '';
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => { running.delete(child); resolve(code); }));
  await new Promise<void>((resolve, reject) => {
    child.stdout.on('data', (chunk) => { output += chunk; if (output.includes('ProxiRH est prêt')) resolve(); });
    child.stderr.on('data', (chunk) => (output += chunk));
    void exited.then((code) => reject(new Error(`le serveur s’est arrêté (${code}) : ${output}`)));
  });
  return {
    url: `http://127.0.0.1:${port}`,
    async stop() {
      child.kill('SIGTERM');
      return exited;
    },
  };
}

/** An npm script, as an operator runs it. */
function npmRun(script: string, args: string[], dataDir: string): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn('npm', ['run', '--silent', script, '--', ...args], { env: { ...baseEnv(dataDir), ...(process.env.npm_config_cache ? { npm_config_cache: process.env.npm_config_cache } : {}) } });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => (stdout += chunk));
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.on('exit', (code) => resolve({ code, stdout, stderr }));
  });
}

async function signIn(baseUrl: string, email: string): Promise<string> {
  const accounts = await (await fetch(`${baseUrl}/api/auth/demo-accounts`)).json() as Array<{ id: string; email: string }>;
  const account = accounts.find((a) => a.email === email)!;
  const response = await fetch(`${baseUrl}/api/auth/demo-login`, {
    method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ accountId: account.id }),
  });
  expect(response.status).toBe(200);
  return response.headers.getSetCookie()[0]!.split(';')[0]!;
}

async function readCounts(baseUrl: string, cookie: string) {
  const response = await fetch(`${baseUrl}/api/requests/counts`, { headers: { cookie } });
  expect(response.status).toBe(200);
  return response.json() as Promise<Record<string, unknown>>;
}

describe('backing up the embedded database', () => {
  it('copies it while ProxiRH runs, and a restored copy holds the same requests and sessions', async () => {
    const dataDir = path.join(tmp, 'data');
    const backups = path.join(tmp, 'backups');
    const first = await startServer(dataDir);
    // A session opened on this very run: written after the start, found again after the restore.
    const cookie = await signIn(first.url, 'helene.dumont@ac-amiens.fr');
    const counts = await readCounts(first.url, cookie);
    expect(Object.values(counts).some((n) => typeof n === 'number' && n > 0)).toBe(true);

    const backup = await npmRun('backup', [backups], dataDir);
    expect(backup.stderr).toBe('');
    expect(backup.code).toBe(0);
    const files = fs.readdirSync(backups).filter((name) => /^proxirh-.*\.tar\.gz$/.test(name));
    expect(files).toHaveLength(1);
    expect(backup.stdout.trim()).toBe(`Sauvegarde écrite par ProxiRH en marche (processus ${backup.stdout.match(/processus (\d+)/)?.[1]}) : ${path.join(backups, files[0]!)}`);

    // The server holds its data directory: a restore into it is refused, in one sentence.
    const refused = await npmRun('restore', [path.join(backups, files[0]!)], dataDir);
    expect(refused.code).toBe(1);
    expect(refused.stderr.trim().split('\n')).toHaveLength(1);
    expect(refused.stderr).toMatch(/est ouverte par ProxiRH \(processus \d+\) : arrêtez-le avant de restaurer\./);
    expect(await readCounts(first.url, cookie)).toEqual(counts);
    expect(await first.stop()).toBe(0);

    const restoredDir = path.join(tmp, 'restored');
    const restore = await npmRun('restore', [path.join(backups, files[0]!)], restoredDir);
    expect(restore.stderr).toBe('');
    expect(restore.code).toBe(0);
    expect(restore.stdout).toContain(`restaurée dans ${restoredDir}`);

    const second = await startServer(restoredDir);
    try {
      expect(await readCounts(second.url, cookie)).toEqual(counts);
    } finally {
      expect(await second.stop()).toBe(0);
    }
  }, 180_000); // two real starts, one on a fresh embedded database seeded with the demo académie

  it('answers in one sentence that a PostgreSQL server is saved with pg_dump and restored with pg_restore', async () => {
    const env = { DATABASE_URL: 'postgres://proxirh@db.invalid/proxirh' };
    const run = (script: string, args: string[]) => new Promise<{ code: number | null; stderr: string }>((resolve) => {
      const child = spawn('npm', ['run', '--silent', script, '--', ...args], { env: { ...baseEnv(path.join(tmp, 'unused')), ...env } });
      let stderr = '';
      child.stderr.on('data', (chunk) => (stderr += chunk));
      child.on('exit', (code) => resolve({ code, stderr }));
    });
    const [backup, restore] = await Promise.all([run('backup', []), run('restore', ['proxirh.dump'])]);
    expect(backup.code).toBe(1);
    expect(backup.stderr.trim().split('\n')).toHaveLength(1);
    expect(backup.stderr).toContain('pg_dump');
    expect(restore.code).toBe(1);
    expect(restore.stderr.trim().split('\n')).toHaveLength(1);
    expect(restore.stderr).toContain('pg_restore');
  });
});
