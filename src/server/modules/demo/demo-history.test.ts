import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { loadConfig } from '../../config.ts';
import { openDatabase, type Database } from '../../db/database.ts';
import { migrateToLatest } from '../../db/migrator.ts';
import { jobDefinitions } from '../../jobs/definitions.ts';
import { JobQueue } from '../../jobs/queue.ts';
import { queuedMailSender } from '../../mail/jobs.ts';
import { createMailer } from '../../mail/mailer.ts';
import { isWorkingDay } from '../../calendar/working-days.ts';
import { seedDemo } from './index.ts';

/*
 * A first `npm start` in demo mode: a fresh database, the demo académie written as if the
 * service had run for two years, then every job of the service run once. The history holds
 * what happened (answers, closures, alerts, surveys at the time they happened); the jobs have
 * nothing to say about the past.
 */

/** A Wednesday, 10:30 in Paris: not the first working day of a month, after the 09:00 holding round. */
const NOW = new Date('2026-11-25T09:30:00Z');

let database: Database;
let jobs: JobQueue;
const jobRuns: string[] = [];
beforeAll(async () => {
  database = await openDatabase({});
  await migrateToLatest(database.db);
  await seedDemo(database.db, NOW);
  jobs = await JobQueue.start({ database, work: false });
  const config = loadConfig({ NODE_ENV: 'test', DEMO_MODE: 'true' });
  const definitions = jobDefinitions({ config, database, mailer: createMailer({ ...config, smtpUrl: undefined }), mail: queuedMailSender(jobs) });
  for (const definition of definitions) await jobs.define(definition);
  // Each recurring job once, at the instant the service starts (the mail job sends what they queue).
  vi.useFakeTimers({ toFake: ['Date'], now: NOW });
  try {
    for (const definition of definitions.filter((d) => d.schedule)) {
      await definition.handler({} as never, { id: 'first-start', retryCount: 0 });
      jobRuns.push(definition.name);
    }
  } finally {
    vi.useRealTimers();
  }
}, 120_000);
afterAll(async () => {
  await jobs?.stop();
  await database?.close();
});

const rows = async <T>(query: ReturnType<typeof sql<T>>) => (await query.execute(database.db)).rows;

describe('a first start on the demo académie', () => {
  it('runs the request, survey and report jobs and sends no mail about the past', async () => {
    expect(jobRuns).toEqual(expect.arrayContaining(['requests.holding-messages', 'requests.overdue-alerts', 'surveys.invite', 'reports.monthly']));
    const mails = await rows(sql<{ template: string }>`select data->>'template' as template from pgboss.job where name = 'mail.send'`);
    expect(mails.map((m) => m.template)).toEqual([]);
    // Nor did the jobs record anything as done now: the history already held it.
    const [done] = await rows(sql<{ alerts: number; holding: number; surveys: number; reports: number }>`select
      (select count(*)::int from requests where overdue_alerted_at >= ${NOW}) as alerts,
      (select count(*)::int from requests where holding_sent_at >= ${NOW}) as holding,
      (select count(*)::int from satisfaction_surveys where sent_at >= ${NOW}) as surveys,
      (select count(*)::int from monthly_reports) as reports`);
    expect(done).toEqual({ alerts: 0, holding: 0, surveys: 0, reports: 0 });
  });

  it('gives every request being handled an adviser, and leaves none in the coordination queue for more than a day', async () => {
    const requests = await rows(sql<{ status: string; assignee_id: string | null; created_at: Date }>`
      select status, assignee_id, created_at from requests where academie_code = 'AMIENS'`);
    expect(requests.filter((r) => r.status !== 'open' && r.assignee_id === null)).toEqual([]);
    expect(requests.filter((r) => r.assignee_id === null && NOW.getTime() - r.created_at.getTime() > 86_400_000)).toEqual([]);
    expect(requests.filter((r) => r.status !== 'closed').length).toBeGreaterThan(15);
  });

  it('records for every closed request its first answer, its closure, their delays and the events the loop writes', async () => {
    const incomplete = await rows(sql<{ reference: string }>`select reference from requests r where status = 'closed' and (
      first_responded_at is null or first_response_working_days is null or closed_at is null or closure_working_days is null
      or response_type is null or first_responded_at > closed_at
      or not exists (select 1 from request_events e where e.request_id = r.id and e.kind = 'closed' and e.created_at = r.closed_at)
      or not exists (select 1 from request_events e where e.request_id = r.id and e.kind = 'assigned')
      or not (exists (select 1 from request_events e where e.request_id = r.id and e.kind = 'first_response' and e.created_at = r.first_responded_at)
        or r.first_responded_at = r.closed_at))`);
    expect(incomplete).toEqual([]);
    // Each first answer is a message of the service, at the time it was written (or the closure of a call answered at once).
    const unwritten = await rows(sql<{ reference: string }>`select reference from requests r where first_responded_at is not null
      and first_responded_at <> coalesce(closed_at, 'infinity')
      and not exists (select 1 from request_messages m where m.request_id = r.id and m.from_staff and m.created_at = r.first_responded_at)`);
    expect(unwritten).toEqual([]);
  });

  it('yields median and 90th-percentile delays, most first answers within the announced delay and a few late today', async () => {
    const [delays] = await rows(sql<Record<string, number | null>>`select
      percentile_cont(0.5) within group (order by first_response_working_days) as first_median,
      percentile_cont(0.9) within group (order by first_response_working_days) as first_p90,
      percentile_cont(0.5) within group (order by closure_working_days) as closure_median,
      percentile_cont(0.9) within group (order by closure_working_days) as closure_p90,
      avg(case when first_responded_at <= first_response_due_at then 1.0 else 0 end)::float as within
      from requests where status = 'closed'`);
    expect(delays).toMatchObject({ first_median: expect.any(Number), first_p90: expect.any(Number), closure_median: expect.any(Number), closure_p90: expect.any(Number) });
    expect(delays!.closure_p90!).toBeGreaterThan(delays!.closure_median!);
    expect(delays!.within).toBeGreaterThan(0.75);
    expect(delays!.within).toBeLessThan(0.97);

    const late = await rows(sql<{ overdue_alerted_at: Date | null; alert_events: number; coordinator_reads: number }>`select r.overdue_alerted_at,
      (select count(*)::int from request_events e where e.request_id = r.id and e.kind = 'overdue_alerted' and not e.visible_to_agent) as alert_events,
      (select count(*)::int from audit_log a where a.target_type = 'request' and a.target_id = r.id::text and a.action = 'request.read' and a.actor_role = 'coordinator') as coordinator_reads
      from requests r where status <> 'closed' and first_responded_at is null and first_response_due_at < ${NOW}`);
    expect(late.length).toBeGreaterThanOrEqual(2);
    expect(late.length).toBeLessThanOrEqual(10);
    expect(late.every((r) => r.overdue_alerted_at !== null && r.overdue_alerted_at < NOW && r.alert_events === 1)).toBe(true);
  });

  it('writes what staff did on working days in office hours, in order, and nothing after now', async () => {
    const actions = await rows(sql<{ at: Date }>`select occurred_at as at from audit_log
      where target_type = 'request' and action in ('request.read', 'request.reply', 'request.close', 'request.status', 'request.assign')`);
    expect(actions.length).toBeGreaterThan(1000);
    const paris = new Intl.DateTimeFormat('fr-FR', { timeZone: 'Europe/Paris', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });
    const outOfOffice = actions.filter(({ at }) => {
      const [h, m] = paris.format(at).split(':').map(Number);
      return !isWorkingDay(at) || h! * 60 + m! < 8 * 60 + 30 || h! >= 18;
    });
    expect(outOfOffice.length).toBeLessThan(actions.length * 0.02);

    const disorder = await rows(sql<{ reference: string }>`select r.reference from requests r where
      exists (select 1 from request_events e where e.request_id = r.id and (e.created_at < r.created_at or e.created_at > ${NOW}))
      or exists (select 1 from request_messages m where m.request_id = r.id and (m.created_at < r.created_at or m.created_at > ${NOW}))
      or exists (select 1 from audit_log a where a.target_type = 'request' and a.target_id = r.id::text and (a.occurred_at < r.created_at or a.occurred_at > ${NOW}))
      or exists (select 1 from satisfaction_surveys s where s.request_id = r.id and (s.sent_at < r.closed_at or s.sent_at > ${NOW}))`);
    expect(disorder).toEqual([]);
  });

  it('orients every request closed as an orientation, to a target of the network, steps in order and in the timeline', async () => {
    const unoriented = await rows(sql<{ reference: string }>`select reference from requests r where status = 'closed'
      and response_type in ('internal_referral', 'external_referral')
      and not exists (select 1 from referrals ref where ref.request_id = r.id and ref.kind = r.response_type and ref.status in ('sent', 'accepted', 'answered'))`);
    expect(unoriented).toEqual([]);
    const referrals = await rows(sql<{ status: string; kind: string; cp_kind: string; outcome: string | null; created_at: Date; accepted_at: Date | null;
      declined_at: Date | null; answered_at: Date | null; request_created: Date; steps: number; timeline: number }>`
      select ref.status, ref.kind, cp.kind as cp_kind, ref.outcome, ref.created_at, ref.accepted_at, ref.declined_at, ref.answered_at, r.created_at as request_created,
        (select count(*)::int from referral_events e where e.referral_id = ref.id) as steps,
        (select count(*)::int from request_events e where e.request_id = r.id and e.kind like 'referral_%' and e.data->>'referralId' = ref.id::text and e.data ? 'contactPointName') as timeline
      from referrals ref join requests r on r.id = ref.request_id join contact_points cp on cp.id = ref.contact_point_id`);
    expect(referrals.length).toBeGreaterThan(80);
    expect(referrals.filter((r) => r.kind === 'external_referral' && r.cp_kind !== 'external_partner')).toEqual([]);
    expect(new Set(referrals.map((r) => r.cp_kind)).size).toBeGreaterThanOrEqual(6);
    expect(new Set(referrals.map((r) => r.outcome)).size).toBe(5);
    expect(referrals.filter((r) => r.status === 'declined').length).toBeGreaterThan(3);
    const disorder = referrals.filter((r) => r.created_at < r.request_created || [r.accepted_at, r.declined_at, r.answered_at].some((at) => at && (at < r.created_at || at > NOW))
      || (r.accepted_at && r.answered_at && r.answered_at < r.accepted_at) || r.steps !== r.timeline || r.steps < 1);
    expect(disorder).toEqual([]);
  });

  it('leaves a few referrals of open requests in progress, some with the mobility cell, at most two overdue and already flagged', async () => {
    const inProgress = await rows(sql<{ name: string; status: string; members: string[] }>`select cp.name, ref.status,
        array(select p.email from contact_point_members m join persons p on p.id = m.person_id where m.contact_point_id = cp.id) as members
      from referrals ref join requests r on r.id = ref.request_id join contact_points cp on cp.id = ref.contact_point_id
      where r.status <> 'closed' and ref.status in ('sent', 'accepted')`);
    const mobility = inProgress.filter((r) => r.name === 'Cellule mobilité');
    expect(mobility.length).toBeGreaterThanOrEqual(2);
    expect(mobility[0]!.members).toContain('olivier.delattre@ac-amiens.fr');
    expect(mobility.some((r) => r.status === 'sent')).toBe(true);
    const overdue = await rows(sql<{ overdue_alerted_at: Date | null }>`select overdue_alerted_at from referrals
      where status in ('sent', 'accepted') and expected_by < ${NOW.toISOString().slice(0, 10)}`);
    expect(overdue.length).toBeLessThanOrEqual(2);
    expect(overdue.every((r) => r.overdue_alerted_at !== null && r.overdue_alerted_at < NOW)).toBe(true);
  });

  it('shows each agent who read their answered request: an adviser opened it before answering', async () => {
    const unread = await rows(sql<{ reference: string }>`select reference from requests r where first_responded_at is not null
      and first_responded_at <> coalesce(closed_at, 'infinity')
      and not exists (select 1 from audit_log a where a.target_type = 'request' and a.target_id = r.id::text and a.action = 'request.read'
        and a.occurred_at <= r.first_responded_at)`);
    expect(unread).toEqual([]);
    const [history] = await rows(sql<{ reopened: number; paused: number; handed_over: number }>`select
      (select count(*)::int from request_events where kind = 'reopened') as reopened,
      (select count(*)::int from request_pauses) as paused,
      (select count(*)::int from request_events where kind = 'assigned' and data ? 'previousAssigneeId') as handed_over`);
    expect(history!.reopened).toBeGreaterThan(0);
    expect(history!.paused).toBeGreaterThan(0);
    expect(history!.handed_over).toBeGreaterThan(0);
  });
});
