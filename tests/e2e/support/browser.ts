import fs from 'node:fs';
import path from 'node:path';
import { chromium, type Browser, type Locator, type Page } from 'playwright-core';
import { AxeBuilder } from '@axe-core/playwright';
import { expect } from 'vitest';
import { loadConfig } from '../../../src/server/config.ts';
import { buildApp } from '../../../src/server/app.ts';
import { createTestDatabase } from '../../support/test-database.ts';

const webRoot = path.resolve('dist/web');

/** The real server on a free port, serving the built interface, on a copy of the demo data. */
export async function startServer() {
  if (!fs.existsSync(path.join(webRoot, 'index.html'))) throw new Error('Interface non construite : lancez « npx vite build ».');
  const database = await createTestDatabase();
  const config = loadConfig({ NODE_ENV: 'test', DEMO_MODE: 'true', SIGN_IN_RATE_LIMIT: '1000' });
  const app = await buildApp({ config, database, webRoot });
  await app.listen({ port: 0, host: '127.0.0.1' });
  const address = app.server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    url: `http://127.0.0.1:${port}`,
    database,
    async close() {
      await app.close();
      await database.close();
    },
  };
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

/** Zero serious or critical accessibility violations on the page as it stands. */
export async function expectAccessible(page: Page) {
  const results = await new AxeBuilder({ page }).analyze();
  const blocking = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(blocking.map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`)).toEqual([]);
}
