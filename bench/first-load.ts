/**
 * `npm run bench:first-load -- [--web-root dist/web] [--runs 3] [--path /connexion]`
 *
 * What a new user meets on a slow link: the real server (demo mode, the demo académie in an
 * in-memory PGlite) serves the built interface on a free port of 127.0.0.1; Debian's Chromium
 * opens the page with the browser cache disabled and the network throttled through the
 * DevTools protocol (1.6 Mb/s down, 750 kb/s up, 150 ms latency), each run in a fresh context.
 *
 * Measured, per run:
 * - « utilisable » : from the navigation's start (the page's own clock, performance.now()) until
 *   the first demo sign-in button is in the page and enabled (seen by a MutationObserver). React
 *   draws it only once the scripts ran and the demo accounts came from the API, so at that
 *   moment a click signs in: the page is usable, not just painted;
 * - « octets » : the bytes that went over the wire (Network.loadingFinished's
 *   encodedDataLength: compressed bodies plus headers) until the page is usable, and in all
 *   once the network is idle (fonts and icons the page asks for afterwards included).
 * - the main thread's busy time until usable (DevTools' TaskDuration): what is not the network.
 * Prints the median of the runs and the requests of the last one, in order. A benchmark, not a test: it asserts nothing.
 *
 * The interface must be built first (`npm run build`, or `vite build --outDir …` and `--web-root`).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { chromium } from 'playwright-core';
import { loadConfig } from '../src/server/config.ts';
import { composeService } from '../src/server/compose.ts';
import { openDatabase } from '../src/server/db/database.ts';
import { migrateToLatest } from '../src/server/db/migrator.ts';
import { seedDemo } from '../src/server/modules/demo/index.ts';
import { freePort } from '../tests/support/free-port.ts';

/** The slow link of issue 12, in the units of Network.emulateNetworkConditions (bytes per second, ms). */
const SLOW_LINK = { offline: false, latency: 150, downloadThroughput: 1_600_000 / 8, uploadThroughput: 750_000 / 8 };

const { values } = parseArgs({
  options: {
    'web-root': { type: 'string', default: 'dist/web' },
    runs: { type: 'string', default: '3' },
    path: { type: 'string', default: '/connexion' },
  },
});
const webRoot = path.resolve(values['web-root']);
const runs = Math.max(1, Number(values.runs) || 3);
if (!fs.existsSync(path.join(webRoot, 'index.html'))) {
  console.error(`Interface non construite dans ${webRoot} : lancez « npm run build » (ou passez --web-root).`);
  process.exit(1);
}

interface Transfer { url: string; bytes: number; startMs: number; endMs: number }
interface Run { usableMs: number; mainThreadMs: number; bytesWhenUsable: number; bytesTotal: number; files: Transfer[] }

const database = await openDatabase({});
await migrateToLatest(database.db);
await seedDemo(database.db);
const port = await freePort();
const baseUrl = `http://127.0.0.1:${port}`;
const config = loadConfig({ NODE_ENV: 'test', DEMO_MODE: 'true', LOG_LEVEL: 'silent', SIGN_IN_RATE_LIMIT: '1000', PUBLIC_URL: baseUrl });
const service = await composeService({ config, database, work: false, webRoot });
await service.app.listen({ port, host: '127.0.0.1' });
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});

async function measureOnce(): Promise<Run> {
  const context = await browser.newContext({ locale: 'fr-FR', viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  await cdp.send('Network.emulateNetworkConditions', SLOW_LINK);
  await cdp.send('Performance.enable');
  // Times of the protocol's clock (seconds), counted from the page's own request.
  const requests = new Map<string, { url: string; start: number }>();
  const finished = new Map<string, { bytes: number; end: number }>();
  cdp.on('Network.requestWillBeSent', (event) => requests.set(event.requestId, { url: event.request.url, start: event.timestamp }));
  cdp.on('Network.loadingFinished', (event) => finished.set(event.requestId, { bytes: event.encodedDataLength, end: event.timestamp }));
  const sum = () => [...finished.values()].reduce((total, file) => total + file.bytes, 0);

  // The page notes, on its own clock (0 = the navigation's start), the moment the first
  // demo sign-in button is in the page and enabled.
  // (A string: tsx would wrap a function's inner names in a helper the page does not have.)
  await page.addInitScript(`
    new MutationObserver((records, observer) => {
      const ready = [...document.querySelectorAll('button')]
        .some((button) => !button.disabled && button.textContent.startsWith('Se connecter en tant'));
      if (!ready) return;
      window.usableAt = performance.now();
      observer.disconnect();
    }).observe(document, { subtree: true, childList: true, attributes: true });
  `);
  await page.goto(`${baseUrl}${values.path}`, { waitUntil: 'commit' });
  await page.waitForFunction(() => 'usableAt' in window, undefined, { timeout: 60_000, polling: 20 });
  const bytesWhenUsable = sum();
  const usableMs = Math.round(await page.evaluate(() => (window as unknown as { usableAt: number }).usableAt));
  // How long the page's main thread was busy (scripts, style, layout) until then: on a machine
  // whose cores are shared, the part of « utilisable » that is not the network.
  const { metrics } = await cdp.send('Performance.getMetrics');
  const mainThreadMs = Math.round((metrics.find((metric) => metric.name === 'TaskDuration')?.value ?? 0) * 1000);
  await page.waitForLoadState('networkidle');
  const origin = Math.min(...[...requests.values()].map((request) => request.start));
  const files = [...finished].map(([id, file]) => ({
    url: requests.get(id)?.url ?? id,
    bytes: file.bytes,
    startMs: Math.round(((requests.get(id)?.start ?? origin) - origin) * 1000),
    endMs: Math.round((file.end - origin) * 1000),
  }));
  await context.close();
  return { usableMs, mainThreadMs, bytesWhenUsable, bytesTotal: sum(), files };
}

console.log(`Charge de la machine (moyenne sur 1 min) : ${os.loadavg()[0]!.toFixed(1)} pour ${os.cpus().length} cœurs ; le temps mesuré en dépend.`);
const kb = (n: number) => `${(n / 1000).toFixed(0)} Ko`;
const median = (numbers: number[]) => [...numbers].sort((a, b) => a - b)[Math.floor(numbers.length / 2)]!;

try {
  await measureOnce(); // warms the server (first compilation of its queries), not counted
  const results: Run[] = [];
  for (let i = 0; i < runs; i += 1) {
    const run = await measureOnce();
    results.push(run);
    console.log(`essai ${i + 1} : utilisable en ${run.usableMs} ms (fil principal occupé ${run.mainThreadMs} ms), ${kb(run.bytesWhenUsable)} transférés à ce moment, ${kb(run.bytesTotal)} en tout`);
  }
  const last = results.at(-1)!;
  console.log(`\nRequêtes du dernier essai (début → fin, en ms depuis la navigation ; utilisable à ${last.usableMs} ms) :`);
  for (const file of [...last.files].filter((f) => !f.url.startsWith('data:')).sort((a, b) => a.startMs - b.startMs)) {
    console.log(`  ${String(file.startMs).padStart(5)} → ${String(file.endMs).padStart(5)}  ${kb(file.bytes).padStart(6)}  ${file.url.replace(baseUrl, '')}`);
  }
  console.log(`\n${values.path} sur 1,6 Mb/s, 150 ms de latence, cache désactivé (médiane de ${runs} essais) :`);
  console.log(`  utilisable en ${median(results.map((r) => r.usableMs))} ms, dont ${median(results.map((r) => r.mainThreadMs))} ms où le fil principal de la page travaillait`);
  console.log(`  transférés jusque-là : ${kb(median(results.map((r) => r.bytesWhenUsable)))}`);
  console.log(`  transférés en tout (réseau au repos) : ${kb(median(results.map((r) => r.bytesTotal)))} en ${last.files.length} requêtes`);
} finally {
  await browser.close();
  await service.close();
  await database.close();
}
