import fs from 'node:fs';
import path from 'node:path';
import { chromium, type Browser, type BrowserContextOptions, type Locator, type Page } from 'playwright-core';
import { AxeBuilder } from '@axe-core/playwright';
import { afterAll, beforeAll, expect } from 'vitest';
import { loadConfig } from '../../../src/server/config.ts';
import { composeService } from '../../../src/server/compose.ts';
import { createTestDatabase } from '../../support/test-database.ts';
import { startTestSmtpServer } from '../../support/smtp-server.ts';
import { freePort } from '../../support/free-port.ts';

// E2E_WEB_ROOT: another build of the interface (several builds side by side while developing).
const webRoot = path.resolve(process.env.E2E_WEB_ROOT ?? 'dist/web');

/** The real server on a free port, serving the built interface, on a copy of the demo data. */
export async function startServer() {
  if (!fs.existsSync(path.join(webRoot, 'index.html'))) throw new Error('Interface non construite : lancez « npx vite build ».');
  const database = await createTestDatabase();
  const smtp = await startTestSmtpServer();
  // The port is chosen first so that links in the mails point at this very server.
  const port = await freePort();
  const config = loadConfig({
    NODE_ENV: 'test', DEMO_MODE: 'true', SIGN_IN_RATE_LIMIT: '1000', SMTP_URL: smtp.url, PUBLIC_URL: `http://127.0.0.1:${port}`,
  });
  const service = await composeService({ config, database, databaseUrl: (database as { url?: string }).url, pollingIntervalSeconds: 0.5, webRoot });
  const { app } = service;
  await app.listen({ port, host: '127.0.0.1' });
  return {
    url: `http://127.0.0.1:${port}`,
    database,
    smtp,
    async close() {
      await service.close();
      await smtp.close();
      await database.close();
    },
  };
}

/**
 * The real server and Chromium of one test file: started before its tests, stopped after them.
 * `newPage` opens a French-speaking page in a browser context of its own (its own cookies).
 */
export function useServerAndBrowser() {
  let server: Awaited<ReturnType<typeof startServer>> | undefined;
  let browser: Browser | undefined;
  beforeAll(async () => {
    server = await startServer();
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });
  return {
    get server() { return server!; },
    newPage: async (options: BrowserContextOptions = {}) => watchSecurityPolicy(await (await browser!.newContext({ locale: 'fr-FR', ...options })).newPage()),
  };
}

/** What the browser refused under the Content Security Policy, per page. */
const policyViolations = new WeakMap<Page, string[]>();

/** Records every Content Security Policy violation Chromium reports on the page (console errors). */
export function watchSecurityPolicy(page: Page): Page {
  const seen: string[] = [];
  policyViolations.set(page, seen);
  page.on('console', (message) => {
    if (message.type() === 'error' && /Content Security Policy/i.test(message.text())) seen.push(message.text());
  });
  return page;
}

export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}

/** Waits for the locator, then returns its text. */
export async function textOf(locator: Locator): Promise<string> {
  await locator.waitFor();
  return (await locator.textContent()) ?? '';
}

/** Zero serious or critical accessibility violations on the page as it stands, and no CSP violation so far. */
export async function expectAccessible(page: Page) {
  expect(policyViolations.get(page) ?? []).toEqual([]);
  const results = await new AxeBuilder({ page }).analyze();
  const blocking = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(blocking.map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`)).toEqual([]);
}

/** Signs in through the demo account whose button matches `name`, and waits to leave the sign-in page. */
export async function signIn(page: Page, baseUrl: string, name: RegExp) {
  await page.goto(`${baseUrl}/connexion`);
  await page.getByRole('button', { name }).click();
  await page.waitForURL((url) => !url.pathname.startsWith('/connexion'));
}

/** DSFR radios hide the native input behind their label: clicks the label of the radio so named (within a group, if given). */
export async function chooseRadio(page: Page, name: RegExp, group?: string) {
  const radio = (group === undefined ? page : page.getByRole('group', { name: group })).getByRole('radio', { name });
  await page.locator(`label[for="${await radio.getAttribute('id')}"]`).click();
  expect(await radio.isChecked()).toBe(true);
}

/** Polls until `find` returns something (a mail at the SMTP server, typically). */
export async function waitFor<T>(find: () => T | undefined, timeoutMs = 15_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const found = find();
    if (found !== undefined) return found;
    if (Date.now() > deadline) throw new Error('Le courriel attendu n’est pas arrivé.');
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}
