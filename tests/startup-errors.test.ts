import net from 'node:net';
import os from 'node:os';
import fs from 'node:fs';
import path from 'node:path';
import { spawn } from 'node:child_process';
import { afterAll, describe, expect, it } from 'vitest';

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'proxirh-start-'));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

/** Starts the real server entry point and collects how it ends. */
function start(env: Record<string, string>): Promise<{ code: number | null; stderr: string; stdout: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/server/main.ts'], {
      env: { PATH: process.env.PATH ?? '', DATA_DIR: path.join(tmp, 'data'), JOBS_ENABLED: 'false', DEMO_MODE: 'false', LOG_LEVEL: 'silent', ...env },
    });
    let stderr = '';
    let stdout = '';
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.stdout.on('data', (chunk) => {
      stdout += chunk;
      if (stdout.includes('ProxiRH est prêt')) child.kill('SIGTERM');
    });
    child.on('exit', (code) => resolve({ code, stderr, stdout }));
  });
}

function expectOneSentence(stderr: string, fragment: string) {
  const lines = stderr.trim().split('\n');
  expect(lines).toHaveLength(1);
  expect(lines[0]).toMatch(/^ProxiRH ne peut pas démarrer : /);
  expect(lines[0]).toContain(fragment);
  expect(stderr).not.toMatch(/\s+at\s/);
}

describe('starting the server with a wrong setting', () => {
  it('stops with one sentence naming DATABASE_URL when it is malformed', async () => {
    const { code, stderr } = await start({ DATABASE_URL: 'postgres//oops' });
    expect(code).toBe(1);
    expectOneSentence(stderr, 'DATABASE_URL');
  });

  it('stops with one sentence naming NODE_ENV when it is unknown', async () => {
    const { code, stderr } = await start({ NODE_ENV: 'staging' });
    expect(code).toBe(1);
    expectOneSentence(stderr, 'NODE_ENV');
  });

  it('stops with one sentence when the port is already in use, and exits cleanly on SIGTERM otherwise', async () => {
    const blocker = net.createServer();
    await new Promise<void>((resolve) => blocker.listen(0, '127.0.0.1', resolve));
    const port = (blocker.address() as net.AddressInfo).port;
    try {
      const { code, stderr } = await start({ PORT: String(port), HOST: '127.0.0.1' });
      expect(code).toBe(1);
      expectOneSentence(stderr, `le port ${port} est déjà utilisé`);
    } finally {
      blocker.close();
    }
    const ok = await start({ PORT: String(port), HOST: '127.0.0.1' });
    expect(ok.stdout).toContain('ProxiRH est prêt');
    expect(ok.code).toBe(0);
  }, 180_000); // two real starts on a fresh embedded database
});
