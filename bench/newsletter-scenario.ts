/**
 * The newsletter scenario (issue 16), inside `npm run bench`: two editors compose an issue to every
 * agent of the académie through the HTTP API, the second approves it (« send now »), and the
 * server's own job workers write the audience, queue the batches and relay the mails to the local
 * SMTP server (bench/smtp-sink.ts) exactly as in production. Meanwhile the web scenarios that agents
 * and advisers use all day run at a moderate fixed rate, once before the issue (calm) and once while
 * it is sent, so that their latencies can be compared at the same load.
 *
 * What is measured live, through the API (the PGlite database lives in the server's process): when
 * the audience is written (the issue turns « sending » with its recipients). What the database says
 * once the server has stopped (`newsletter-check.ts`): when each batch was queued and how many rows
 * are still pending.
 */
import { fork, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import type { NewsletterIssue } from '../src/shared/contracts/newsletters.ts';
import { AGENT_CATEGORIES, AGENT_CATEGORY_LABELS } from '../src/shared/glossary.ts';
import { NEWSLETTER_BATCH_INTERVAL_SECONDS, NEWSLETTER_BATCH_SIZE } from '../src/server/modules/newsletters/index.ts';
import type { NewsletterFixtures, Session } from './fixtures.ts';
import type { Scenario, ScenarioId } from './scenarios.ts';
import type { SinkMessage, SinkReport } from './smtp-sink.ts';
import { benchRoot } from './templates.ts';

/**
 * The web scenarios run while an issue is sent, each at this many requests per second: 40 in all, a
 * busy working day, not a stress. At 25 each (100 in all) an académie's PGlite server was already
 * saturated before any issue (its web answers took seconds), which would have measured that, not the issue.
 */
export const NEWSLETTER_WEB_LOAD: Array<{ id: ScenarioId; rate: number }> = [
  { id: 'agent-list', rate: 10 }, { id: 'staff-read', rate: 10 }, { id: 'slots', rate: 10 }, { id: 'search', rate: 10 },
];
/** Connections of each of those scenarios: enough for its rate, few enough not to queue inside the server. */
export const NEWSLETTER_WEB_CONNECTIONS = 10;
/** What the product promises: 250 mails every 5 s. */
export const CONFIGURED_PER_SECOND = NEWSLETTER_BATCH_SIZE / NEWSLETTER_BATCH_INTERVAL_SECONDS;
/** The issue's target: its whole audience queued within a minute of the approval. */
export const QUEUE_TARGET_SECONDS = 60;
/** Past this, the audience was never written: the scenario fails (a start job lost, a worker stuck). */
const AUDIENCE_DEADLINE_SECONDS = 120;
const POLL_MS = 500;

export interface LoadFigures {
  id: ScenarioId; label: string; rate: number; rps: number; requests: number; p50: number; p95: number; p99: number; max: number; errors: number;
}
export type RunLoad = (scenario: Scenario, rate: number, seconds: number) => Promise<LoadFigures>;

export interface NewsletterLive {
  issueId: string | null;
  /** The departements of the audience (empty: the whole académie). */
  departements: string[];
  expectedRecipients: number;
  /** When the second editor approved it (server clock, ms): every duration counts from here. */
  approvedAt: number | null;
  /** Seconds from the approval until the issue was seen « sending » with its audience written. */
  audienceSeconds: number | null;
  /** Recipients written, as the editors' progress shows them. */
  recipients: number | null;
  /** Whether every mail was delivered (« sent ») before the window ended (smoke waits for it). */
  finished: boolean;
  /** End of what is measured (ms): the load's duration after the approval, or the last mail on smoke. */
  windowEnd: number | null;
  calm: LoadFigures[];
  underLoad: LoadFigures[];
  /** API answers other than the expected ones: any of them fails the run. */
  errors: string[];
}

export interface SmtpSink { url: string; child: ChildProcess; report(): Promise<SinkReport> }

/** Forks bench/smtp-sink.ts and waits for its address. */
export async function startSmtpSink(): Promise<SmtpSink> {
  const child = fork(path.join(benchRoot, 'smtp-sink.ts'), [], { execArgv: ['--import', 'tsx'], stdio: ['ignore', 'ignore', 'inherit', 'ipc'] });
  const url = await new Promise<string>((resolve, reject) => {
    child.once('message', (message: SinkMessage) => ('url' in message ? resolve(message.url) : reject(new Error('Relais SMTP : message inattendu'))));
    child.once('exit', (code) => reject(new Error(`Le relais SMTP du banc s’est arrêté (code ${code}).`)));
  });
  const report = () => new Promise<SinkReport>((resolve, reject) => {
    if (!child.connected) { reject(new Error('Relais SMTP du banc arrêté')); return; }
    const onMessage = (message: SinkMessage) => {
      if (!('report' in message)) return;
      child.off('message', onMessage);
      resolve(message.report);
    };
    child.on('message', onMessage);
    child.send('report');
  });
  return { url, child, report };
}

const wait = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** One editor's call to the API; an unexpected status is recorded, and the answer returned only when it is the expected one. */
async function call<T>(base: string, editor: Session, method: 'GET' | 'POST', route: string, expected: number, errors: string[], body?: unknown): Promise<T | null> {
  const headers: Record<string, string> = { cookie: editor.cookie, ...(method === 'POST' ? { 'x-csrf-token': editor.csrf } : {}) };
  if (body !== undefined) headers['content-type'] = 'application/json';
  try {
    const response = await fetch(base + route, { method, headers, ...(body !== undefined ? { body: JSON.stringify(body) } : {}) });
    const text = await response.text();
    if (response.status !== expected) {
      errors.push(`${method} ${route} : ${response.status} ${text.slice(0, 300)}`);
      return null;
    }
    return JSON.parse(text) as T;
  } catch (error) {
    errors.push(`${method} ${route} : ${(error as Error).message}`);
    return null;
  }
}

/** The issue as an editor writes it: an editorial and the « focus » of each category of staff. */
function issueBody(academie: string, departements: string[]) {
  return {
    academie, kind: 'quarterly', title: 'Lettre RH du trimestre',
    editorial: 'Bonjour à toutes et à tous. Ce trimestre : les rendez-vous de carrière, la mobilité, et les permanences RH de proximité près de chez vous.',
    sections: AGENT_CATEGORIES.map((category) => ({
      category, title: `Focus ${AGENT_CATEGORY_LABELS[category]}`,
      body: 'Les campagnes en cours, les dates à retenir et les interlocuteurs de votre département. Prenez rendez-vous depuis votre espace ProxiRH.',
    })),
    ...(departements.length ? { audience: { departements, categories: [] } } : {}),
  };
}

/** The web scenarios of NEWSLETTER_WEB_LOAD, all at once for `seconds`. */
function runWebLoad(scenarios: Scenario[], load: RunLoad, seconds: number): Promise<LoadFigures[]> {
  return Promise.all(NEWSLETTER_WEB_LOAD.map(({ id, rate }) => load(scenarios.find((s) => s.id === id)!, rate, seconds)));
}

/**
 * Warm-up and calm load, then the issue composed, submitted, approved, and the same load while it is sent.
 * On smoke the audience is the académie's smallest département (a few hundred agents, two batches)
 * and the scenario waits until every mail is delivered; otherwise it is the whole académie and the
 * window is the load's duration (a national issue takes 12 minutes to deliver: its rate is measured).
 */
export async function runNewsletterScenario(options: {
  base: string; fixtures: NewsletterFixtures; scenarios: Scenario[]; load: RunLoad; seconds: number; warmupSeconds: number; smoke: boolean;
  log: (line: string) => void;
}): Promise<NewsletterLive> {
  const { base, fixtures, scenarios, load, seconds, warmupSeconds, smoke, log } = options;
  const [composer, approver] = fixtures.editors;
  const byDepartement = Object.entries(fixtures.agentsByDepartement).sort(([, a], [, b]) => a - b);
  const departements = smoke ? [byDepartement[0]![0]] : [];
  const live: NewsletterLive = {
    issueId: null, departements, expectedRecipients: byDepartement.filter(([d]) => !departements.length || departements.includes(d)).reduce((s, [, n]) => s + n, 0),
    approvedAt: null, audienceSeconds: null, recipients: null, finished: false, windowEnd: null, calm: [], underLoad: [], errors: [],
  };

  // Like every scenario, a warm-up not counted (`--only newsletter` starts on a server that has answered nothing yet).
  if (warmupSeconds > 0) await runWebLoad(scenarios, load, warmupSeconds);
  live.calm = await runWebLoad(scenarios, load, seconds);

  const created = await call<NewsletterIssue>(base, composer, 'POST', '/api/newsletters', 201, live.errors, issueBody(fixtures.academie, departements));
  if (!created) return live;
  live.issueId = created.id;
  if (!(await call(base, composer, 'POST', `/api/newsletters/${created.id}/submit`, 200, live.errors))) return live;
  const approved = await call<NewsletterIssue>(base, approver, 'POST', `/api/newsletters/${created.id}/approve`, 200, live.errors);
  if (!approved?.approvedAt) return live;
  const approvedAt = Date.parse(approved.approvedAt);
  live.approvedAt = approvedAt;
  log(`  Lettre validée : ${live.expectedRecipients.toLocaleString('fr-FR')} agents attendus${departements.length ? ` (département ${departements.join(', ')})` : ` (académie ${fixtures.academie})`}.`);

  // The editors' progress, read as the interface reads it, until the window closes.
  let loading = true;
  const watch = (async () => {
    const deadline = approvedAt + AUDIENCE_DEADLINE_SECONDS * 1000 + (smoke ? (live.expectedRecipients / CONFIGURED_PER_SECOND) * 3_000 : 0);
    while (Date.now() < deadline) {
      const issue = await call<NewsletterIssue>(base, composer, 'GET', `/api/newsletters/${created.id}`, 200, live.errors);
      if (!issue) return;
      const now = Date.now();
      if (live.audienceSeconds === null && (issue.status === 'sending' || issue.status === 'sent')) {
        live.audienceSeconds = (now - approvedAt) / 1000;
        live.recipients = issue.progress.recipients;
      }
      live.finished = issue.status === 'sent';
      if (live.finished || (!loading && !smoke && live.audienceSeconds !== null)) break;
      await wait(POLL_MS);
    }
    live.windowEnd = Date.now();
  })();
  live.underLoad = await runWebLoad(scenarios, load, seconds);
  loading = false;
  const loadEnd = Date.now();
  await watch;
  // Beyond smoke the window is the load's: later mails are not counted.
  if (!smoke) live.windowEnd = Math.max(loadEnd, live.windowEnd ?? loadEnd);
  if (live.audienceSeconds === null) live.errors.push(`L’audience de la lettre n’était pas écrite ${((Date.now() - approvedAt) / 1000).toFixed(0)} s après la validation.`);
  if (smoke && !live.finished) live.errors.push(`La lettre n’était pas entièrement remise ${((Date.now() - approvedAt) / 1000).toFixed(0)} s après la validation.`);
  return live;
}
