/**
 * The newsletter scenario's figures, once the server has stopped: what the database says of the
 * issue's batches, and what the SMTP server received. Sending goes in three steps (sending.ts): the
 * audience written at once, then batches of 250 written one after the other, each writing its
 * mails to the outbox, marking its rows « queued » and queueing its delivery — so the whole
 * audience is queued (no row « pending ») within seconds — and the deliveries paced: each batch's
 * delivery starts 5 s after the previous one's, which is the rate limit the relay sees.
 */
import { sql } from 'kysely';
import type { Database } from '../src/server/db/database.ts';
import { NEWSLETTER_BATCH_INTERVAL_SECONDS, NEWSLETTER_BATCH_SIZE } from '../src/server/modules/newsletters/index.ts';
import { CONFIGURED_PER_SECOND, QUEUE_TARGET_SECONDS, type LoadFigures, type NewsletterLive } from './newsletter-scenario.ts';
import type { SinkReport } from './smtp-sink.ts';

export interface NewsletterFigures {
  issueId: string;
  academie: string;
  departements: string[];
  recipients: number;
  expectedRecipients: number;
  /** Approval → the issue « sending », every recipient's row written (polled every 0.5 s). */
  audienceSeconds: number | null;
  /** Approval → no row « pending » any more (every mail in the outbox and queued for delivery); null: not within the window. */
  queuedSeconds: number | null;
  /** When it was not within the window: the same, from the first batch and the batches' measured pace. */
  queuedProjectedSeconds: number | null;
  queueTargetSeconds: number;
  /** Rows still « pending » when the server stopped. */
  pendingAtStop: number;
  windowSeconds: number;
  batchesInWindow: number;
  /** Seconds between two batches written to the outbox, measured (no pause: the rate limit is on the deliveries). */
  batchEverySeconds: number | null;
  /** Mails received by the SMTP server from the approval to the end of the window. */
  delivered: number;
  /** Received per second by the relay: every burst but the last, from the first burst's start to the last one's (configured: batch size / interval). */
  deliveredPerSecond: number | null;
  configuredPerSecond: number;
  batchSize: number;
  batchIntervalSeconds: number;
  /** Received by the SMTP server until the server stopped, and how many of them were a mail relayed again (same Message-ID). */
  deliveredAtStop: number;
  duplicates: number;
  /** Other mails the SMTP server received during the whole run (acknowledgements, invitations…). */
  otherMails: number;
  web: { calm: LoadFigures[]; underLoad: LoadFigures[] };
}

const seconds = (ms: number) => Math.round(ms / 100) / 10;

export async function checkNewsletter(database: Database, live: NewsletterLive & { issueId: string; approvedAt: number; windowEnd: number },
  sink: SinkReport, academie: string): Promise<NewsletterFigures> {
  const { issueId, approvedAt, windowEnd } = live;
  const { rows: statuses } = await sql<{ status: string; n: number }>`
    select status, count(*)::int as n from newsletter_sends where issue_id = ${issueId} group by status`.execute(database.db);
  // One batch = one transaction = one `queued_at` shared by its rows.
  const { rows: batches } = await sql<{ queued_at: Date; n: number }>`
    select queued_at, count(*)::int as n from newsletter_sends where issue_id = ${issueId} and queued_at is not null
    group by queued_at order by queued_at`.execute(database.db);
  const recipients = statuses.reduce((sum, s) => sum + s.n, 0);
  const pendingAtStop = statuses.find((s) => s.status === 'pending')?.n ?? 0;

  const inWindow = batches.filter((b) => b.queued_at.getTime() <= windowEnd);
  const first = inWindow[0]?.queued_at.getTime();
  const last = inWindow.at(-1)?.queued_at.getTime();
  const span = first !== undefined && last !== undefined && last > first ? last - first : null;
  const batchEverySeconds = span ? span / 1000 / (inWindow.length - 1) : null;
  // The relay's rate: the deliveries arrive in bursts (one batch each, a second apart at least); the mails of every
  // burst but the last, over the time from the first burst's start to the last one's.
  const received = sink.newsletterAt.filter((t) => t >= approvedAt && t <= windowEnd).sort((a, b) => a - b);
  const bursts: number[][] = [];
  for (const t of received) {
    const current = bursts.at(-1);
    if (current && t - current.at(-1)! < 1000) current.push(t);
    else bursts.push([t]);
  }
  const deliveredPerSecond = bursts.length > 1
    ? bursts.slice(0, -1).reduce((n, b) => n + b.length, 0) / ((bursts.at(-1)![0]! - bursts[0]![0]!) / 1000) : null;
  const allQueued = pendingAtStop === 0 && batches.length > 0 && batches.at(-1)!.queued_at.getTime() <= windowEnd;
  const queuedSeconds = allQueued ? (batches.at(-1)!.queued_at.getTime() - approvedAt) / 1000 : null;
  const queuedProjectedSeconds = !allQueued && first !== undefined && batchEverySeconds
    ? (first - approvedAt) / 1000 + (Math.ceil(recipients / NEWSLETTER_BATCH_SIZE) - 1) * batchEverySeconds : null;

  return {
    issueId, academie, departements: live.departements, recipients, expectedRecipients: live.expectedRecipients,
    audienceSeconds: live.audienceSeconds === null ? null : seconds(live.audienceSeconds * 1000),
    queuedSeconds: queuedSeconds === null ? null : seconds(queuedSeconds * 1000),
    queuedProjectedSeconds: queuedProjectedSeconds === null ? null : Math.round(queuedProjectedSeconds),
    queueTargetSeconds: QUEUE_TARGET_SECONDS,
    pendingAtStop,
    windowSeconds: seconds(windowEnd - approvedAt),
    batchesInWindow: inWindow.length,
    batchEverySeconds: batchEverySeconds === null ? null : Math.round(batchEverySeconds * 100) / 100,
    delivered: sink.newsletterAt.filter((t) => t >= approvedAt && t <= windowEnd).length,
    deliveredPerSecond: deliveredPerSecond === null ? null : Math.round(deliveredPerSecond * 10) / 10,
    configuredPerSecond: CONFIGURED_PER_SECOND, batchSize: NEWSLETTER_BATCH_SIZE, batchIntervalSeconds: NEWSLETTER_BATCH_INTERVAL_SECONDS,
    deliveredAtStop: sink.newsletterAt.length,
    duplicates: sink.newsletterAt.length - sink.newsletterMessageIds,
    otherMails: sink.others,
    web: { calm: live.calm, underLoad: live.underLoad },
  };
}

const fr = (n: number) => n.toLocaleString('fr-FR');

/** The scenario's lines of the printed markdown. */
export function newsletterMarkdown(f: NewsletterFigures): string[] {
  const who = f.departements.length ? `département ${f.departements.join(', ')} de l’académie ${f.academie}` : `académie ${f.academie}`;
  const queued = f.queuedSeconds !== null
    ? `${f.queuedSeconds} s après la validation`
    : `pas dans la fenêtre (${fr(f.pendingAtStop)} en attente à l’arrêt) ; ${f.queuedProjectedSeconds ?? '?'} s au rythme mesuré des lots`;
  const calm = new Map(f.web.calm.map((m) => [m.id, m]));
  return [
    `\n#### Lettre d’information : ${fr(f.recipients)} destinataires (${who}), fenêtre de ${f.windowSeconds} s\n`,
    `- Audience écrite (une ligne par destinataire, lettre « en cours d’envoi ») : ${f.audienceSeconds ?? 'jamais'} s après la validation (objectif de mise en file : moins de ${f.queueTargetSeconds} s).`,
    `- Toute l’audience en file (outbox écrite et remise programmée, plus aucune ligne « en attente ») : ${queued}. `
      + `${f.batchesInWindow} lots de ${f.batchSize} écrits dans la fenêtre, un toutes les ${f.batchEverySeconds ?? '?'} s ; leurs remises partent une toutes les ${f.batchIntervalSeconds} s.`,
    `- Reçus par le serveur SMTP local : ${fr(f.delivered)} dans la fenêtre, ${f.deliveredPerSecond ?? '?'} courriels/s d’une remise à l’autre `
      + `(configuré : ${f.configuredPerSecond}/s) ; ${fr(f.deliveredAtStop)} à l’arrêt du serveur, ${f.duplicates} en double ; ${fr(f.otherMails)} autres courriels pendant tout le banc.`,
    '',
    '| scénario web (débit imposé) | p50 / p95 / p99 ms au calme | p50 / p95 / p99 ms pendant l’envoi | erreurs au calme / pendant |',
    '|---|---:|---:|---:|',
    ...f.web.underLoad.map((m) => {
      const c = calm.get(m.id);
      return `| ${m.label} (@${m.rate}/s) | ${c ? `${c.p50} / ${c.p95} / ${c.p99}` : ''} | ${m.p50} / ${m.p95} / ${m.p99} | ${c?.errors ?? ''} / ${m.errors} |`;
    }),
  ];
}
