/**
 * `npm run bench -- [--db pglite|postgres] [--scale academie|national] [--smoke] [--duration S] [--connections N] [--only a,b]`
 *
 * Loads (or reuses) a dataset, copies it for this run, signs in the people of the scenarios,
 * starts a local SMTP server (bench/smtp-sink.ts) and the real server, each as a separate process
 * (NODE_ENV=production, demo mode off, SMTP_URL pointing to that relay, the interface built by
 * `npm start`), then loads it from this process with autocannon: a bare Fastify « hello world »
 * first (the ceiling), then each scenario, then the newsletter (`newsletter`, issue 16: an issue to
 * an académie sent by the server's own workers while web scenarios run; bench/newsletter-scenario.ts).
 * Prints a markdown table and writes bench/results/<date>-<db>[-<scale>].json. `--smoke`: a few
 * seconds on a small set, asserts that no scenario had an error response and that the newsletter
 * was queued and delivered (exit 1 otherwise), not speed.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import net from 'node:net';
import { spawn, type ChildProcess } from 'node:child_process';
import { parseArgs } from 'node:util';
import autocannon from 'autocannon';
import { DEFAULT_SEED, type ScaleName } from './dataset.ts';
import { serverUrl, type DbKind } from './load.ts';
import { benchRoot, dataRoot, prepareRunCopy, runDatabaseName, runDir } from './templates.ts';
import { prepareFixtures } from './fixtures.ts';
import { openDatabase } from '../src/server/db/database.ts';
import { sql } from 'kysely';
import { buildScenarios, type HttpRequest, type Scenario } from './scenarios.ts';
import { pacedLoad } from './paced.ts';
import { NEWSLETTER_WEB_CONNECTIONS, runNewsletterScenario, startSmtpSink, type NewsletterLive } from './newsletter-scenario.ts';
import { checkNewsletter, newsletterMarkdown, type NewsletterFigures } from './newsletter-check.ts';

const root = path.resolve(benchRoot, '..');
const { values } = parseArgs({
  options: {
    db: { type: 'string' },
    scale: { type: 'string' },
    smoke: { type: 'boolean', default: false },
    duration: { type: 'string' },
    warmup: { type: 'string' },
    connections: { type: 'string' },
    only: { type: 'string' },
    seed: { type: 'string' },
    anchor: { type: 'string' },
    'cpu-prof': { type: 'boolean', default: false },
    /** Rated scenarios with autocannon's `overallRate` (each second's requests sent at once) instead of a steady pace. */
    burst: { type: 'boolean', default: false },
    /** Another checkout to serve (a change tried before it is made here); its results are partial. */
    'server-root': { type: 'string' },
  },
});

const smoke = values.smoke!;
const db = (values.db ?? (smoke ? 'pglite' : 'pglite')) as DbKind;
const scale = (smoke ? 'smoke' : values.scale ?? 'academie') as ScaleName;
if (!['pglite', 'postgres'].includes(db)) throw new Error('--db : pglite ou postgres');
if (!['smoke', 'academie', 'national'].includes(scale)) throw new Error('--scale : academie ou national');
if (db === 'pglite' && scale === 'national') throw new Error('L’échelle nationale se mesure sur PostgreSQL (--db postgres).');
const duration = Number(values.duration ?? (smoke ? 2 : 20));
const warmup = Number(values.warmup ?? (smoke ? 0 : 3));
const connections = Number(values.connections ?? (smoke ? 4 : 100));
const seed = values.seed ? Number(values.seed) : DEFAULT_SEED;
const only = values.only?.split(',');
const burst = values.burst!;
const log = (line: string) => process.stderr.write(`${line}\n`);

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
    server.on('error', reject);
  });
}

async function waitFor(url: string, child: ChildProcess, seconds: number) {
  const deadline = Date.now() + seconds * 1000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`Le serveur s’est arrêté (code ${child.exitCode}) : voir ${serverLog}`);
    try {
      const response = await fetch(url);
      if (response.ok) return;
    } catch { /* not listening yet */ }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`${url} ne répond pas après ${seconds} s`);
}

function readStatus(pid: number, field: 'VmRSS' | 'VmHWM'): number {
  try {
    const match = fs.readFileSync(`/proc/${pid}/status`, 'utf8').match(new RegExp(`${field}:\\s+(\\d+) kB`));
    return match ? Number(match[1]) / 1024 : 0;
  } catch {
    return 0;
  }
}

/**
 * CPU seconds used so far by the processes that are not this benchmark's (neither this process,
 * the servers it started, nor PostgreSQL): a test suite running beside the benchmark shows here.
 */
function othersCpuTicks(): Map<number, number> {
  const mine = new Set([process.pid, ...children.map((c) => c.pid)]);
  const ticks = new Map<number, number>();
  for (const entry of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(entry) || mine.has(Number(entry))) continue;
    try {
      const stat = fs.readFileSync(`/proc/${entry}/stat`, 'utf8');
      const close = stat.lastIndexOf(')');
      if (stat.slice(stat.indexOf('(') + 1, close) === 'postgres') continue;
      const fields = stat.slice(close + 2).split(' ');
      ticks.set(Number(entry), Number(fields[11]) + Number(fields[12]));
    } catch { /* gone meanwhile */ }
  }
  return ticks;
}

/** CPU seconds used between two readings by processes alive at the second (an exited one is not seen). */
function othersCpuSeconds(before: Map<number, number>, after: Map<number, number>): number {
  let ticks = 0;
  for (const [pid, t] of after) ticks += t - (before.get(pid) ?? 0);
  return Math.max(0, ticks) / 100;
}

function percentile(sorted: number[], p: number) {
  if (!sorted.length) return 0;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

async function drained(base: string) {
  const deadline = Date.now() + 120_000;
  while (Date.now() < deadline) {
    const started = Date.now();
    try {
      const response = await fetch(`${base}/api/ready`);
      if (response.ok && Date.now() - started < 100) return;
    } catch { /* busy */ }
    await new Promise((r) => setTimeout(r, 500));
  }
}

const round = (ms: number) => Math.round(ms * 10) / 10;

interface Measure {
  rps: number; requests: number; p50: number; p95: number; p99: number; max: number;
  errors: number; non2xx: number; timeouts: number; statusCodes: Record<string, number>; peakRssMb: number; samples: string[];
  connections: number;
  /** Cores used meanwhile by other processes than the benchmark's and PostgreSQL (0: a quiet machine). */
  othersCpu: number;
}

/** One autocannon run against `url`, with latencies kept to compute p95 (autocannon reports p97.5, not p95). */
async function measure(url: string, next: () => HttpRequest, opts: { seconds: number; rate?: number | undefined; pid?: number | undefined; connections?: number | undefined }): Promise<Measure> {
  const othersBefore = othersCpuTicks();
  const startedAt = Date.now();
  const latencies: number[] = [];
  const statusCodes: Record<string, number> = {};
  const samples: string[] = [];
  let peakRssMb = 0;
  const sampler = opts.pid ? setInterval(() => { peakRssMb = Math.max(peakRssMb, readStatus(opts.pid!, 'VmRSS')); }, 100) : undefined;
  if (opts.rate && !burst) {
    // A rate is a steady rate: one request every 1000/rate ms (paced.ts says why not autocannon's).
    const paced = await pacedLoad(url, next, { seconds: opts.seconds, rate: opts.rate, connections: Math.min(opts.connections ?? connections, connections) });
    if (sampler) clearInterval(sampler);
    const othersCpu = othersCpuSeconds(othersBefore, othersCpuTicks()) / ((Date.now() - startedAt) / 1000);
    if (opts.pid) peakRssMb = Math.max(peakRssMb, readStatus(opts.pid, 'VmRSS'));
    const sorted = paced.latencies.sort((a, b) => a - b);
    return {
      rps: sorted.length / opts.seconds, requests: sorted.length,
      p50: round(percentile(sorted, 50)), p95: round(percentile(sorted, 95)), p99: round(percentile(sorted, 99)), max: round(sorted.at(-1) ?? 0),
      errors: paced.errors, non2xx: paced.non2xx, timeouts: paced.timeouts, statusCodes: paced.statusCodes, peakRssMb, samples: paced.samples,
      connections: Math.min(opts.connections ?? connections, connections), othersCpu: Math.round(othersCpu * 100) / 100,
    };
  }
  const instance = autocannon({
    url, connections: Math.min(opts.connections ?? connections, connections), duration: opts.seconds, timeout: 10,
    ...(opts.rate ? { overallRate: opts.rate } : {}),
    requests: [{
      setupRequest: (request: Record<string, unknown>) => Object.assign(request, next()),
      onResponse: (status: number, body: string) => {
        if (status >= 400 && samples.length < 3) samples.push(`${status} ${String(body).slice(0, 300)}`);
      },
    }],
  } as never);
  instance.on('response', (_client: unknown, statusCode: number, _bytes: number, responseTime: number) => {
    latencies.push(responseTime);
    statusCodes[statusCode] = (statusCodes[statusCode] ?? 0) + 1;
  });
  const result = await instance;
  if (sampler) clearInterval(sampler);
  const othersCpu = othersCpuSeconds(othersBefore, othersCpuTicks()) / ((Date.now() - startedAt) / 1000);
  if (opts.pid) peakRssMb = Math.max(peakRssMb, readStatus(opts.pid, 'VmRSS'));
  latencies.sort((a, b) => a - b);
  return {
    rps: latencies.length / opts.seconds, requests: latencies.length,
    p50: round(percentile(latencies, 50)), p95: round(percentile(latencies, 95)), p99: round(percentile(latencies, 99)), max: round(latencies.at(-1) ?? 0),
    errors: result.errors, non2xx: result.non2xx, timeouts: result.timeouts, statusCodes, peakRssMb, samples,
    connections: Math.min(opts.connections ?? connections, connections), othersCpu: Math.round(othersCpu * 100) / 100,
  };
}

const stamp = new Date().toISOString().replace(/[:]/g, '-').slice(0, 16);
fs.mkdirSync(dataRoot, { recursive: true });
const serverLog = path.join(dataRoot, `server-${db}-${scale}.log`);
const children: ChildProcess[] = [];
const stopAll = () => { for (const child of children) if (child.exitCode === null) child.kill('SIGTERM'); };
process.on('exit', stopAll);
process.on('SIGINT', () => { stopAll(); process.exit(130); });

const started = Date.now();
log(`Banc ProxiRH : base ${db}, échelle ${scale}, ${connections} connexions, ${duration} s par scénario (+${warmup} s de chauffe).`);
const copy = await prepareRunCopy({ db, scale, seed, anchor: values.anchor }, log);
const target = db === 'postgres' ? { databaseUrl: serverUrl(runDatabaseName) } : { dataDir: runDir };
const fixtures = await prepareFixtures(target, { agents: smoke ? 50 : 1_000, seed });
log(`Copie du jeu : ${copy.copySeconds.toFixed(1)} s ; ${fixtures.agents.length} agents, ${fixtures.advisers.length} conseillers connectés.`);

// The hello world ceiling, then the real server, each in a process of its own.
const helloPort = await freePort();
const hello = spawn(process.execPath, [path.join(benchRoot, 'hello-server.mjs')], { cwd: root, env: { ...process.env, PORT: String(helloPort) }, stdio: 'ignore' });
children.push(hello);
await waitFor(`http://127.0.0.1:${helloPort}/`, hello, 30);

// The mail relay, as in production: every mail of every scenario goes out by SMTP, the newsletter's included.
const smtp = await startSmtpSink();
children.push(smtp.child);

const port = await freePort();
const env: NodeJS.ProcessEnv = {
  ...Object.fromEntries(Object.entries(process.env).filter(([k]) => k.startsWith('EXPERIMENT_'))),
  PATH: process.env.PATH, HOME: process.env.HOME, NODE_ENV: 'production', PORT: String(port), HOST: '127.0.0.1', LOG_LEVEL: 'info', SMTP_URL: smtp.url,
  ...(db === 'postgres' ? { DATABASE_URL: target.databaseUrl } : { DATA_DIR: runDir }),
};
const logFd = fs.openSync(serverLog, 'w');
const server = spawn(process.execPath, [...(values['cpu-prof'] ? ['--cpu-prof', `--cpu-prof-dir=${path.join(dataRoot, 'profiles')}`] : []), path.join(values['server-root'] ?? root, 'scripts/start.mjs')],
  { cwd: values['server-root'] ?? root, env, stdio: ['ignore', logFd, logFd] });
children.push(server);
await waitFor(`http://127.0.0.1:${port}/api/ready`, server, 300);
const base = `http://127.0.0.1:${port}`;
log(`Serveur prêt (pid ${server.pid}, RSS au repos ${readStatus(server.pid!, 'VmRSS').toFixed(0)} Mo).`);

// Issue 4's report route may not be there yet: its scenarios are then « non disponible ».
const probe = buildScenarios(fixtures, copy.identity.anchor, seed, true).find((s) => s.id === 'report-academie')!.next();
const probeResponse = await fetch(base + probe.path, { headers: probe.headers });
const reportsAvailable = probeResponse.status !== 404 || !(await probeResponse.text()).includes('aucune ressource');
if (!reportsAvailable) log('Route /api/reports/activity absente : scénarios 5 et 6 non disponibles.');

const scenarios = buildScenarios(fixtures, copy.identity.anchor, seed, reportsAvailable);
const ceilingScenario: Scenario = { id: 'ceiling', label: 'Plafond : Fastify « hello world »', next: () => ({ method: 'GET', path: '/', headers: {} }) };
// Reads before writes, so that submissions do not grow the lists read by the other scenarios.
const order = ['ceiling', 'agent-list', 'adviser-overdue', 'staff-read', 'slots', 'search', 'report-academie', 'report-national', 'submit', 'submit-300', 'booking', 'mixed'];
const all = [ceilingScenario, ...scenarios].sort((a, b) => order.indexOf(a.id) - order.indexOf(b.id))
  .filter((s) => !only || s.id === 'ceiling' || only.includes(s.id));

interface Row { scenario: Scenario; result?: Measure; unavailable?: boolean }
const rows: Row[] = [];
/** Answers that are errors: failures, timeouts, and statuses other than 2xx the scenario does not expect. */
const errorsOf = (scenario: Scenario, m: Measure) => m.errors + m.timeouts
  + Object.entries(m.statusCodes).filter(([code]) => !code.startsWith('2') && !(scenario.expectedStatuses ?? []).includes(Number(code))).reduce((sum, [, n]) => sum + n, 0);
/** The booking scenario's run: from when, and how many bookings were answered 201 (warm-up included). */
const booking = { since: null as Date | null, created: 0, conflicts: 0, unanswered: 0 };
for (const scenario of all) {
  if (scenario.needsReports && !reportsAvailable) { rows.push({ scenario, unavailable: true }); continue; }
  const isCeiling = scenario.id === 'ceiling';
  const url = isCeiling ? `http://127.0.0.1:${helloPort}` : base;
  const pid = isCeiling ? hello.pid : server.pid;
  const settings = { rate: scenario.rate, pid, connections: scenario.connections };
  if (scenario.books) booking.since ??= new Date(Date.now() - 1000);
  const count = (m: Measure) => {
    if (!scenario.books) return;
    booking.created += m.statusCodes['201'] ?? 0;
    booking.conflicts += m.statusCodes['409'] ?? 0;
    // A booking the client gave up on may still have been made by the server, and so may the ones
    // in flight when the run stopped (one per connection at most), which autocannon does not count.
    booking.unanswered += m.errors + m.timeouts + m.connections;
  };
  if (warmup > 0) count(await measure(url, scenario.next, { seconds: warmup, ...settings }));
  const result = await measure(url, scenario.next, { seconds: duration, ...settings });
  count(result);
  rows.push({ scenario, result });
  // Requests the client gave up on may still run in the server: the next scenario starts once
  // the database answers promptly again.
  await drained(base);
  log(`  ${scenario.label} (${result.connections} cx, autres processus ${(result.othersCpu * 100).toFixed(0)} % d’un cœur) : ${result.rps.toFixed(0)} req/s, p50 ${result.p50} ms, p95 ${result.p95} ms, p99 ${result.p99} ms, erreurs ${errorsOf(scenario, result)}${scenario.expectedStatuses ? ` (${Object.entries(result.statusCodes).map(([c, n]) => `${n} × ${c}`).join(', ')})` : ''}`);
  for (const sample of result.samples) log(`    ${sample}`);
}

// Last, because its delivery goes on in the background after its window (12 minutes for an académie).
let newsletterLive: NewsletterLive | null = null;
if (!only || only.includes('newsletter')) {
  log('  Lettre d’information : scénarios web à débit fixe au calme, puis pendant l’envoi…');
  newsletterLive = await runNewsletterScenario({
    base, fixtures: fixtures.newsletter, scenarios, seconds: duration, warmupSeconds: warmup, smoke, log,
    load: async (scenario, rate, seconds) => {
      const m = await measure(base, scenario.next, { seconds, rate, pid: server.pid, connections: NEWSLETTER_WEB_CONNECTIONS });
      return { id: scenario.id, label: scenario.label, rate, rps: m.rps, requests: m.requests, p50: m.p50, p95: m.p95, p99: m.p99, max: m.max, errors: errorsOf(scenario, m) };
    },
  });
  for (const error of newsletterLive.errors) log(`    ${error}`);
}
const peakRssMb = readStatus(server.pid!, 'VmHWM');

server.kill('SIGTERM');
hello.kill('SIGTERM');
await new Promise((r) => server.once('exit', r));
// The relay's count once the server can send no more.
const smtpReport = await smtp.report();
smtp.child.kill('SIGTERM');

/**
 * After the run, in the database itself. Booking: every 201 is one appointment, and no two live
 * appointments of one adviser overlap (the exclusion constraint's promise, checked without it).
 * Newsletter: when each batch was queued, and what is still pending (newsletter-check.ts).
 */
let bookingCheck: { since: string; answered201: number; answered409: number; unanswered: number; created: number; doubleBooked: number } | null = null;
let newsletter: NewsletterFigures | null = null;
const { issueId, approvedAt, windowEnd } = newsletterLive ?? {};
const newsletterSent = newsletterLive && issueId && approvedAt && windowEnd ? { ...newsletterLive, issueId, approvedAt, windowEnd } : null;
if (booking.since || newsletterSent) {
  const database = await openDatabase(db === 'postgres' ? { databaseUrl: target.databaseUrl!, poolSize: 1 } : { dataDir: runDir });
  try {
    if (booking.since) {
      const { rows: [check] } = await sql<{ created: number; double_booked: number }>`
        select (select count(*)::int from appointments where created_at >= ${booking.since}) as created,
          (select count(*)::int from appointments a where a.status <> 'cancelled' and exists (
            select 1 from appointments b where b.adviser_id = a.adviser_id and b.id <> a.id and b.status <> 'cancelled'
              and tstzrange(b.starts_at, b.ends_at, '[)') && tstzrange(a.starts_at, a.ends_at, '[)'))) as double_booked`.execute(database.db);
      bookingCheck = {
        since: booking.since.toISOString(), answered201: booking.created, answered409: booking.conflicts, unanswered: booking.unanswered,
        created: check!.created, doubleBooked: check!.double_booked,
      };
    }
    if (newsletterSent) newsletter = await checkNewsletter(database, newsletterSent, smtpReport, fixtures.newsletter.academie);
  } finally {
    await database.close();
  }
}
if (bookingCheck) {
  log(`Réservations : ${bookingCheck.answered201} × 201, ${bookingCheck.answered409} × 409, ${bookingCheck.unanswered} sans réponse ; ${bookingCheck.created} rendez-vous créés ; `
    + `${bookingCheck.doubleBooked} rendez-vous en chevauchement chez un même conseiller.`);
}

// The table, in the issue's order.
const tableOrder = ['ceiling', 'submit', 'submit-300', 'agent-list', 'adviser-overdue', 'staff-read', 'report-academie', 'report-national', 'mixed', 'slots', 'booking', 'search'];
rows.sort((a, b) => tableOrder.indexOf(a.scenario.id) - tableOrder.indexOf(b.scenario.id));
const ceiling = rows.find((r) => r.scenario.id === 'ceiling')?.result;
const fmt = (n: number) => Math.round(n).toLocaleString('en-US');
function verdict(r: Row) {
  const t = r.scenario.target;
  const m = r.result;
  if (!t || !m) return '';
  const misses: string[] = [];
  if (m.requests === 0) misses.push('aucune réponse');
  if (t.minRps && m.rps < t.minRps) misses.push(`≥ ${fmt(t.minRps)} req/s`);
  if (t.maxP95 && m.p95 > t.maxP95) misses.push(`p95 < ${t.maxP95} ms`);
  if (t.maxP99 && m.p99 > t.maxP99) misses.push(`p99 < ${t.maxP99} ms`);
  const wanted = [t.minRps && `≥ ${fmt(t.minRps)} req/s`, t.maxP95 && `p95 < ${t.maxP95} ms`, t.maxP99 && `p99 < ${t.maxP99} ms`].filter(Boolean).join(', ');
  return misses.length ? `✗ ${wanted}` : `✓ ${wanted}`;
}
const lines = [
  `| scénario | cx | req/s | × plafond | p50 ms | p95 ms | p99 ms | erreurs | RSS max Mo | autres | cible (national, PostgreSQL) |`,
  `|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|`,
  ...rows.map((r) => {
    if (!r.result) return `| ${r.scenario.label} | | non disponible | | | | | | | | ${verdict(r)} |`;
    const m = r.result;
    const ratio = ceiling && r.scenario.id !== 'ceiling' ? `${(m.rps / ceiling.rps * 100).toFixed(1)} %` : r.scenario.id === 'ceiling' ? '100 %' : '';
    return `| ${r.scenario.label} | ${m.connections}${r.scenario.rate ? ` @${r.scenario.rate}/s` : ''} | ${fmt(m.rps)} | ${ratio} | ${m.p50} | ${m.p95} | ${m.p99} | ${errorsOf(r.scenario, m)} | ${m.peakRssMb.toFixed(0)} | ${(m.othersCpu * 100).toFixed(0)} % | ${verdict(r)} |`;
  }),
];
const machine = `${os.cpus().length} × ${os.cpus()[0]?.model ?? 'CPU'}, ${(os.totalmem() / 2 ** 30).toFixed(0)} Go, Node ${process.version}`;
const busy = rows.filter((r) => r.result && r.result.othersCpu > 0.2);
if (busy.length) log(`Attention : d’autres processus ont pris plus de 20 % d’un cœur pendant ${busy.length} scénario(s) (colonne « autres ») ; ces chiffres-là en pâtissent.`);
console.log(`\n### ${db === 'postgres' ? 'PostgreSQL' : 'PGlite'}, échelle ${scale} — ${new Date().toISOString().slice(0, 16)}Z\n`);
console.log(`Machine : ${machine}. ${connections} connexions, ${duration} s par scénario. Pic RSS du serveur (VmHWM) : ${peakRssMb.toFixed(0)} Mo.\n`);
console.log(lines.join('\n'));
if (bookingCheck) {
  console.log(`\nRéservations concurrentes : ${bookingCheck.answered201} × 201, ${bookingCheck.answered409} × 409, ${bookingCheck.unanswered} sans réponse ; ${bookingCheck.created} rendez-vous créés, `
    + `${bookingCheck.doubleBooked} double réservation${bookingCheck.doubleBooked > 1 ? 's' : ''}.`);
}
if (newsletter) console.log(newsletterMarkdown(newsletter).join('\n'));

const report = {
  date: new Date().toISOString(), db, scale, dataset: copy.identity, machine, connections, durationSeconds: duration, warmupSeconds: warmup,
  serverPeakRssMb: peakRssMb, reportsAvailable, bookingCheck, totalSeconds: (Date.now() - started) / 1000,
  newsletter: newsletterLive ? { ...newsletter, errors: newsletterLive.errors } : null,
  scenarios: rows.map((r) => ({
    id: r.scenario.id, label: r.scenario.label, rate: r.scenario.rate ?? null, target: r.scenario.target ?? null, verdict: verdict(r) || null,
    unavailable: r.unavailable ?? false, ...(r.result ? { ...r.result, ratioToCeiling: ceiling ? r.result.rps / ceiling.rps : null } : {}),
  })),
};
const resultsDir = path.join(benchRoot, 'results');
fs.mkdirSync(resultsDir, { recursive: true });
const partial = smoke || only !== undefined || values['cpu-prof'] || values['server-root'] !== undefined;
const file = path.join(resultsDir, partial ? `partial-${db}-${scale}.json.tmp` : `${stamp.slice(0, 10)}-${db}${scale === 'academie' ? '' : `-${scale}`}.json`);
fs.writeFileSync(file, `${JSON.stringify(report, null, 2)}\n`);
log(`\nRésultats : ${path.relative(root, file)} (${((Date.now() - started) / 1000).toFixed(0)} s en tout).`);

const failing = rows.filter((r) => r.result && errorsOf(r.scenario, r.result) > 0);
if (failing.length) {
  log(`Réponses en erreur dans : ${failing.map((r) => r.scenario.label).join(' ; ')}`);
  process.exitCode = 1;
}
// Every 201 is an appointment; a request left without an answer may or may not have made one.
const created = bookingCheck && bookingCheck.created >= bookingCheck.answered201 && bookingCheck.created <= bookingCheck.answered201 + bookingCheck.unanswered;
if (bookingCheck && (bookingCheck.doubleBooked > 0 || !created)) {
  log(`Réservations incohérentes : ${bookingCheck.created} rendez-vous créés pour ${bookingCheck.answered201} réponses 201 (et ${bookingCheck.unanswered} sans réponse), ${bookingCheck.doubleBooked} en chevauchement.`);
  process.exitCode = 1;
}
// The newsletter: an answer in error (editors' calls, web scenarios meanwhile), an audience never written, on smoke a
// delivery never finished, or a mail relayed twice in a run where nothing crashed.
if (newsletterLive) {
  const webErrors = [...newsletterLive.calm, ...newsletterLive.underLoad].filter((m) => m.errors > 0);
  const problems = [
    ...newsletterLive.errors,
    ...webErrors.map((m) => `${m.errors} réponse(s) en erreur dans « ${m.label} » à ${m.rate}/s`),
    ...(newsletter && newsletter.duplicates > 0 ? [`${newsletter.duplicates} courriel(s) de la lettre reçu(s) deux fois`] : []),
    ...(!newsletter && !newsletterLive.errors.length ? ['la lettre n’a pas été envoyée'] : []),
  ];
  if (problems.length) {
    log(`Lettre d’information : ${problems.join(' ; ')}.`);
    process.exitCode = 1;
  }
  if (newsletter && newsletter.recipients !== newsletter.expectedRecipients) {
    log(`Lettre d’information : ${newsletter.recipients} destinataires écrits pour ${newsletter.expectedRecipients} agents attendus.`);
  }
}
if (smoke && [...rows.map((r) => r.result), ...(newsletterLive ? [...newsletterLive.calm, ...newsletterLive.underLoad] : [])].every((m) => !m || m.requests > 0) === false) {
  log('Un scénario n’a reçu aucune réponse.');
  process.exitCode = 1;
}
