import os from 'node:os';
import fs from 'node:fs';
import path from 'node:path';
import { spawn } from 'node:child_process';
import { sql } from 'kysely';
import { afterAll, describe, expect, it } from 'vitest';
import { createTestApp, DEMO } from './support/test-app.ts';
import { composeService } from '../src/server/compose.ts';
import { mailJobDefinition, type MailJobPayload } from '../src/server/mail/jobs.ts';
import { changePublicUrl } from '../src/server/settings/public-url.ts';

/*
 * The public address is the service's, not an instance's: a mail queued by one instance
 * carries links on it, and whichever instance delivers the mail checks them against its own.
 */

const ADDRESS_A = 'https://proxirh.ac-amiens.fr';
const ADDRESS_B = 'https://rh-proximite.ac-amiens.fr';

describe('two instances on one database', () => {
  it('delivers from an instance started with address B a mail queued by an instance started with address A', async () => {
    const a = await createTestApp({ publicUrl: ADDRESS_A });
    const b = await composeService({ config: { ...a.config, publicUrl: ADDRESS_B }, database: a.database, databaseUrl: (a.database as { url?: string }).url, work: false });
    try {
      expect(b.config.publicUrl).toBe(ADDRESS_A);
      const agent = await a.signInAs(DEMO.agentSomme);
      const submitted = await a.call(agent, 'POST', '/api/requests', { topic: 'career_project', subject: 'Mobilité', description: 'Je souhaite changer de département.', contactPreference: 'email' });
      expect(submitted.statusCode).toBe(201);
      const { id } = submitted.json() as { id: string };

      const { rows } = await sql<{ data: MailJobPayload }>`select data from pgboss.job where name = 'mail.send' and data->>'template' = 'request.acknowledged' order by created_on desc limit 1`.execute(a.db);
      const payload = rows[0]!.data;
      expect('link' in payload.data && payload.data.link).toBe(`${ADDRESS_A}/mes-demandes/${id}`);
      // Instance B's own delivery: its mailer, as composed at its start.
      await mailJobDefinition({ db: a.db, mailer: b.mailer }).handler(payload, { id: 'job-b', retryCount: 0 });

      const sent = await a.db.selectFrom('mail_outbox').select(['text_body', 'sent_at']).where('id', '=', payload.mailId).executeTakeFirstOrThrow();
      expect(sent.sent_at).toBeInstanceOf(Date);
      expect(sent.text_body).toContain(`${ADDRESS_A}/mes-demandes/${id}`);
    } finally {
      await b.close();
      await a.close();
    }
  });

  it('starts every instance on the address set by the deliberate change, whatever its own configuration', async () => {
    const t = await createTestApp({ publicUrl: ADDRESS_A });
    try {
      expect(await changePublicUrl(t.db, `${ADDRESS_B}/`)).toBe(ADDRESS_B);
      const next = await composeService({ config: { ...t.config, publicUrl: ADDRESS_A }, database: t.database, databaseUrl: (t.database as { url?: string }).url, work: false });
      expect(next.config.publicUrl).toBe(ADDRESS_B);
      await next.close();
    } finally {
      await t.close();
    }
  });
});

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'proxirh-public-url-'));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));
const env = { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? tmp, DATA_DIR: path.join(tmp, 'data'), JOBS_ENABLED: 'false', DEMO_MODE: 'false', LOG_LEVEL: 'silent', HOST: '127.0.0.1', PORT: '0' };

/** Starts the real server entry point, stops it once ready, and says what it wrote. */
function start(publicUrl: string): Promise<{ code: number | null; stderr: string; stdout: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/server/main.ts'], { env: { ...env, PUBLIC_URL: publicUrl } });
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

function setPublicUrl(value: string): Promise<{ code: number | null; stderr: string; stdout: string }> {
  return new Promise((resolve) => {
    const child = spawn('npm', ['run', '--silent', 'set-public-url', '--', value], { env });
    let stderr = '';
    let stdout = '';
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.stdout.on('data', (chunk) => (stdout += chunk));
    child.on('exit', (code) => resolve({ code, stderr, stdout }));
  });
}

describe('starting with another PUBLIC_URL than the stored address', () => {
  it('says so in one sentence and keeps the stored address; npm run set-public-url is the way to change it', async () => {
    const first = await start(ADDRESS_A);
    expect(first.stderr).toBe('');
    expect(first.stdout).toContain(`ProxiRH est prêt : ${ADDRESS_A}`);
    expect(first.code).toBe(0);

    const other = await start(`${ADDRESS_B}/`);
    expect(other.code).toBe(0);
    expect(other.stdout).toContain(`ProxiRH est prêt : ${ADDRESS_A}`);
    const lines = other.stderr.trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toBe(`ProxiRH utilise l’adresse publique « ${ADDRESS_A} », enregistrée dans la base et commune à toutes les instances, et non « ${ADDRESS_B} » donnée par PUBLIC_URL : pour en changer, lancez « npm run set-public-url -- <adresse> ».`);

    const refused = await setPublicUrl('ftp://rh.example');
    expect(refused.code).toBe(1);
    expect(refused.stderr.trim().split('\n')).toHaveLength(1);
    const changed = await setPublicUrl(ADDRESS_B);
    expect(changed.stderr).toBe('');
    expect(changed.stdout.trim()).toBe(`Adresse publique enregistrée : ${ADDRESS_B} ; chaque instance de ProxiRH la prend en compte à son prochain démarrage.`);
    expect(changed.code).toBe(0);
  }, 180_000); // two real starts and a command on a fresh embedded database
});
