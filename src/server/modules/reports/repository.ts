import { sql, type RawBuilder, type Transaction } from 'kysely';
import type { DB, Executor } from '../../db/schema.ts';
import type { Territory } from '../../../shared/territories.ts';
import type { Period } from '../../../shared/contracts/reports.ts';
import { addTallies, NO_RECORDS, type Tally } from './disclosure.ts';
import type { Histogram } from './percentile.ts';
import { workingDaysBetween } from '../../calendar/working-days.ts';
import type { ReportScope } from './scope.ts';
import { parisDate } from '../../clock.ts';

/*
 * The figures of an activity report, computed in the database: one scan per population
 * (requests received in the period, requests closed in it, surveys sent in it), grouped by
 * every dimension at once with GROUPING SETS, on the indexes of migration 0030. Nothing is
 * loaded row by row into Node. Every count comes with its cell key, the sum of its records'
 * random keys (`stat_key`) modulo 10 000, for the rounding of `disclosure.ts`. Below them, the
 * rows of the monthly report.
 */

/** Counts per dimension and key, as the database grouped them. */
type DimensionCounts = Map<string, Map<string, Tally>>;

export interface ReceivedCounts {
  received: Tally;
  open: Tally;
  reopened: Tally;
  byDimension: DimensionCounts;
  /**
   * The requests whose first answer has fallen due by the start of today (Paris): answered
   * before it, or not answered and past their announced date (missed); and those of them
   * answered by their date. Unanswered requests still within their delay, or waiting for the
   * agent (the clock stops), are not counted yet.
   */
  firstAnswer: { fallenDue: Tally; withinCommitment: Tally };
}

export interface ClosedFigures {
  closed: Tally;
  byResponseType: Map<string, Tally>;
  closureDays: Histogram;
}

export interface SatisfactionFigures {
  sent: Tally;
  answered: Tally;
  overallMean: number | null;
  eightOrMore: Tally;
  promoters: Tally;
  detractors: Tally;
  itemMeans: Record<'ease' | 'delay' | 'listening' | 'clarity' | 'usefulness', number | null>;
}

/** Advisers in post, and the open requests of each (a tally per adviser, never a name). */
export interface WorkloadFigures { advisers: number; loads: Tally[]; unassignedOpen: Tally }

/** The cell key of the rows a count covers (all of them, or those of a filter). */
export const keyOf = (column: RawBuilder<unknown>, filter?: RawBuilder<boolean>) =>
  filter ? sql<number>`(coalesce(sum(${column}) filter (where ${filter}), 0) % 10000)::int` : sql<number>`(coalesce(sum(${column}), 0) % 10000)::int`;
const requestKey = sql`r.stat_key`;

const RECEIVED_DIMENSIONS = ['topic', 'channel', 'category', 'gender', 'age_band', 'territory', 'month'] as const;
export type ReceivedDimension = (typeof RECEIVED_DIMENSIONS)[number];

export function scopeFilter(scope: ReportScope): RawBuilder<boolean> {
  switch (scope.level) {
    case 'national': return sql<boolean>`true`;
    case 'academie': return sql<boolean>`r.academie_code = ${scope.code}`;
    case 'departement': return sql<boolean>`r.departement_code = ${scope.code}`;
    case 'adviser': return sql<boolean>`r.assignee_id = ${scope.code}`;
  }
}

/** The children a scope is broken down into: académies of the nation, départements below. */
function territoryColumn(scope: ReportScope): RawBuilder<string> {
  return scope.level === 'national' ? sql<string>`r.academie_code` : sql<string>`r.departement_code`;
}

/**
 * Gives a grouping query room to hash every grouping at once (the default 4 MB makes
 * PostgreSQL sort the year once per dimension) and no JIT compilation, which costs more than
 * it saves on a query of a few hundred milliseconds. Settings local to the caller's transaction.
 */
async function raiseReportMemory(trx: Transaction<DB>): Promise<void> {
  await sql`select set_config('work_mem', '64MB', true), set_config('jit', 'off', true)`.execute(trx);
}

export const start = (day: string) => sql`(${day}::date)::timestamp at time zone 'Europe/Paris'`;
export const endExclusive = (day: string) => sql`(${day}::date + 1)::timestamp at time zone 'Europe/Paris'`;

const receivedIn = (scope: ReportScope, period: Period) =>
  sql<boolean>`${scopeFilter(scope)} and r.created_at >= ${start(period.from)} and r.created_at < ${endExclusive(period.to)}`;

/**
 * The requests received in the period, counted by every dimension at once. In a transaction of
 * its own (the caller's), whose memory it raises.
 */
export async function receivedCounts(trx: Transaction<DB>, scope: ReportScope, period: Period, now: Date): Promise<ReceivedCounts> {
  const inPeriod = receivedIn(scope, period);
  // Figures move once a day: deadlines and answers are read as they stood at the start of today.
  const today = start(parisDate(now));
  const answered = sql<boolean>`first_responded_at < ${today}`;
  const fallenDue = sql<boolean>`(${answered} or (first_response_due_at < ${today} and status <> 'waiting_agent'))`;
  const within = sql<boolean>`(${answered} and first_responded_at <= first_response_due_at)`;
  const counting = sql<{
    topic: string | null; channel: string | null; category: string | null; gender: string | null; age_band: string | null;
    territory: string | null; month: string | null; grouped: number; n: number; open: number; reopened: number;
    fallen_due: number; within: number; key_n: number; key_open: number; key_reopened: number; key_fallen_due: number; key_within: number;
  }>`
    with base as (
      select r.topic, r.channel, coalesce(r.requester_category, 'unknown') as category, coalesce(r.requester_gender, 'unspecified') as gender,
        case
          when r.requester_birth_year is null then 'unknown'
          when extract(year from r.created_at at time zone 'Europe/Paris') - r.requester_birth_year < 30 then 'under_30'
          when extract(year from r.created_at at time zone 'Europe/Paris') - r.requester_birth_year < 40 then '30_39'
          when extract(year from r.created_at at time zone 'Europe/Paris') - r.requester_birth_year < 50 then '40_49'
          else '50_plus' end as age_band,
        ${territoryColumn(scope)} as territory,
        to_char(r.created_at at time zone 'Europe/Paris', 'YYYY-MM') as month,
        r.status, r.reopened_count, r.first_responded_at, r.first_response_due_at, r.stat_key
      from requests r
      where ${inPeriod}
    )
    select topic, channel, category, gender, age_band, territory, month,
      grouping(topic, channel, category, gender, age_band, territory, month)::int as grouped,
      count(*)::int as n,
      count(*) filter (where status <> 'closed')::int as open,
      count(*) filter (where reopened_count > 0)::int as reopened,
      count(*) filter (where ${fallenDue})::int as fallen_due,
      count(*) filter (where ${within})::int as within,
      ${keyOf(sql`stat_key`)} as key_n,
      ${keyOf(sql`stat_key`, sql`status <> 'closed'`)} as key_open,
      ${keyOf(sql`stat_key`, sql`reopened_count > 0`)} as key_reopened,
      ${keyOf(sql`stat_key`, fallenDue)} as key_fallen_due,
      ${keyOf(sql`stat_key`, within)} as key_within
    from base
    group by grouping sets ((topic), (channel), (category), (gender), (age_band), (territory), (month), ())
  `;
  await raiseReportMemory(trx);
  const { rows } = await counting.execute(trx);

  const byDimension: DimensionCounts = new Map(RECEIVED_DIMENSIONS.map((d) => [d, new Map<string, Tally>()]));
  const overall = rows.find((r) => r.grouped === 127);
  for (const row of rows) {
    if (row.grouped === 127) continue;
    // grouping() sets a bit for each column left out of the set: the one bit clear names the dimension.
    const index = RECEIVED_DIMENSIONS.findIndex((_, i) => ((row.grouped >> (RECEIVED_DIMENSIONS.length - 1 - i)) & 1) === 0);
    const dimension = RECEIVED_DIMENSIONS[index]!;
    byDimension.get(dimension)!.set(String(row[dimension]), { n: row.n, key: row.key_n });
  }
  if (!overall) return { received: NO_RECORDS, open: NO_RECORDS, reopened: NO_RECORDS, byDimension, firstAnswer: { fallenDue: NO_RECORDS, withinCommitment: NO_RECORDS } };
  return {
    received: { n: overall.n, key: overall.key_n },
    open: { n: overall.open, key: overall.key_open },
    reopened: { n: overall.reopened, key: overall.key_reopened },
    byDimension,
    firstAnswer: { fallenDue: { n: overall.fallen_due, key: overall.key_fallen_due }, withinCommitment: { n: overall.within, key: overall.key_within } },
  };
}

/**
 * A delay the database could not give: the Paris days it runs between, and the département whose
 * holidays apply. Requests answered or closed through the service carry their delay in working
 * days (`first_response_working_days`, `closure_working_days`, written by the requests module);
 * rows that carry only the instants (imported history, the demo académie's generated years)
 * have it counted here, by the same calendar, instead of being left out of the median.
 */
export interface UncountedDelays { from_day: string; to_day: string; departement: string; n: number }

export const parisDay = (column: RawBuilder<unknown>) => sql<string>`to_char(${column} at time zone 'Europe/Paris', 'YYYY-MM-DD')`;

/** The histogram of stored delays, completed with the delays counted from the instants. */
export function histogramOf(stored: Array<{ value: number; n: number }>, uncounted: UncountedDelays[]): Histogram {
  const histogram = new Map<number, number>();
  const add = (value: number, n: number) => histogram.set(value, (histogram.get(value) ?? 0) + n);
  for (const row of stored) add(row.value, row.n);
  // Noon UTC falls on the same Paris day, summer and winter alike.
  const noon = (day: string) => new Date(`${day}T12:00:00Z`);
  for (const row of uncounted) add(Math.max(0, workingDaysBetween(noon(row.from_day), noon(row.to_day), { departementCode: row.departement })), row.n);
  return [...histogram].map(([value, n]) => ({ value, n }));
}

/** The working days to the first answer of the requests received in the period. */
export async function firstAnswerDelays(db: Executor, scope: ReportScope, period: Period): Promise<Histogram> {
  // The covering index of received requests alone (created_at, departement_code, first_responded_at,
  // first_response_working_days); answers without a stored delay come as the null value.
  const { rows } = await sql<{ value: number | null; n: number }>`
    select r.first_response_working_days as value, count(*)::int as n from requests r
    where ${receivedIn(scope, period)} and r.first_responded_at is not null
    group by 1
  `.execute(db);
  const stored = rows.filter((row): row is { value: number; n: number } => row.value !== null);
  // Only when some answer has no stored delay: the service's own requests always have one.
  const uncounted = stored.length === rows.length ? [] : (await sql<UncountedDelays>`
    select ${parisDay(sql`r.created_at`)} as from_day, ${parisDay(sql`r.first_responded_at`)} as to_day, r.departement_code as departement, count(*)::int as n
    from requests r
    where ${receivedIn(scope, period)} and r.first_response_working_days is null and r.first_responded_at is not null
    group by 1, 2, 3
  `.execute(db)).rows;
  return histogramOf(stored, uncounted);
}

export async function closedFigures(db: Executor, scope: ReportScope, period: Period): Promise<ClosedFigures> {
  const closedIn = sql<boolean>`${scopeFilter(scope)} and r.status = 'closed' and r.closed_at >= ${start(period.from)} and r.closed_at < ${endExclusive(period.to)}`;
  const { rows } = await sql<{ response_type: string | null; value: number | null; n: number; key: number }>`
    select r.response_type, r.closure_working_days as value, count(*)::int as n, ${keyOf(requestKey)} as key
    from requests r
    where ${closedIn}
    group by 1, 2
  `.execute(db);
  // Only when some closure has no stored delay (the index of closures does not hold the submission day).
  const uncounted = rows.every((row) => row.value !== null) ? [] : (await sql<UncountedDelays>`
    select ${parisDay(sql`r.created_at`)} as from_day, ${parisDay(sql`r.closed_at`)} as to_day, r.departement_code as departement, count(*)::int as n
    from requests r
    where ${closedIn} and r.closure_working_days is null
    group by 1, 2, 3
  `.execute(db)).rows;
  const byResponseType = new Map<string, Tally>();
  const stored: Array<{ value: number; n: number }> = [];
  for (const row of rows) {
    const type = String(row.response_type);
    byResponseType.set(type, addTallies(byResponseType.get(type) ?? NO_RECORDS, row));
    if (row.value !== null) stored.push({ value: row.value, n: row.n });
  }
  return {
    closed: rows.reduce<Tally>((sum, row) => addTallies(sum, row), NO_RECORDS),
    byResponseType,
    closureDays: histogramOf(stored, uncounted),
  };
}

/** Open requests whose first answer is late, now, in the scope (whatever the period). */
export async function overdueOpen(db: Executor, scope: ReportScope, now: Date): Promise<Tally> {
  const { rows } = await sql<{ n: number; key: number }>`
    select count(*)::int as n, ${keyOf(requestKey)} as key from requests r
    where ${scopeFilter(scope)} and r.status <> 'closed' and r.first_responded_at is null and r.paused_at is null and r.first_response_due_at < ${now}
  `.execute(db);
  return rows[0] ?? NO_RECORDS;
}

export async function satisfactionFigures(db: Executor, scope: ReportScope, period: Period): Promise<SatisfactionFigures> {
  const filter = scope.level === 'national' ? sql`true`
    : scope.level === 'academie' ? sql`s.academie_code = ${scope.code}`
      : scope.level === 'departement' ? sql`s.departement_code = ${scope.code}`
        : sql`s.request_id in (select id from requests where assignee_id = ${scope.code})`;
  const { rows } = await sql<{
    sent: number; answered: number; overall: number | null; eight: number; promoters: number; detractors: number;
    key_sent: number; key_answered: number; key_eight: number; key_promoters: number; key_detractors: number; ease: number | null; delay: number | null; listening: number | null; clarity: number | null; usefulness: number | null;
  }>`
    select count(*)::int as sent, count(s.answered_at)::int as answered,
      avg(s.overall)::float8 as overall,
      count(*) filter (where s.overall >= 8)::int as eight,
      count(*) filter (where s.overall >= 9)::int as promoters,
      count(*) filter (where s.overall <= 6)::int as detractors,
      ${keyOf(sql`s.stat_key`)} as key_sent, ${keyOf(sql`s.stat_key`, sql`s.answered_at is not null`)} as key_answered,
      ${keyOf(sql`s.stat_key`, sql`s.overall >= 8`)} as key_eight, ${keyOf(sql`s.stat_key`, sql`s.overall >= 9`)} as key_promoters,
      ${keyOf(sql`s.stat_key`, sql`s.overall <= 6`)} as key_detractors,
      avg(s.ease)::float8 as ease, avg(s.delay)::float8 as delay, avg(s.listening)::float8 as listening,
      avg(s.clarity)::float8 as clarity, avg(s.usefulness)::float8 as usefulness
    from satisfaction_surveys s
    where ${filter} and s.sent_at >= ${start(period.from)} and s.sent_at < ${endExclusive(period.to)}
  `.execute(db);
  const r = rows[0]!;
  return {
    sent: { n: r.sent, key: r.key_sent }, answered: { n: r.answered, key: r.key_answered }, overallMean: r.overall,
    eightOrMore: { n: r.eight, key: r.key_eight }, promoters: { n: r.promoters, key: r.key_promoters }, detractors: { n: r.detractors, key: r.key_detractors },
    itemMeans: { ease: r.ease, delay: r.delay, listening: r.listening, clarity: r.clarity, usefulness: r.usefulness },
  };
}

/** Open requests per active adviser of the scope, as a distribution: never a name. */
export async function workloadFigures(db: Executor, scope: ReportScope): Promise<WorkloadFigures> {
  const adviserFilter = scope.level === 'national' ? sql`true`
    : scope.level === 'academie' ? sql`(ra.territory_level = 'academie' and ra.territory_code = ${scope.code}) or (ra.territory_level = 'departement' and ra.territory_code in (select code from departements where academie_code = ${scope.code}))`
      : sql`false`;
  const { rows: loads } = await sql<{ n: number; key: number }>`
    with advisers as (select distinct ra.person_id from role_assignments ra where ra.role = 'adviser' and (${adviserFilter}))
    select count(r.id)::int as n, ${keyOf(requestKey)} as key
    from advisers a left join requests r on r.assignee_id = a.person_id and r.status <> 'closed'
    group by a.person_id
  `.execute(db);
  const { rows: unassigned } = await sql<{ n: number; key: number }>`
    select count(*)::int as n, ${keyOf(requestKey)} as key from requests r where ${scopeFilter(scope)} and r.status <> 'closed' and r.assignee_id is null
  `.execute(db);
  return { advisers: loads.length, loads, unassignedOpen: unassigned[0] ?? NO_RECORDS };
}

/** The territories that have an active steering person: each gets its monthly report. */
export async function steeredTerritories(db: Executor): Promise<Territory[]> {
  const rows = await db.selectFrom('role_assignments as ra').innerJoin('persons as p', 'p.id', 'ra.person_id')
    .select(['ra.territory_level', 'ra.territory_code']).distinct()
    .where('ra.role', '=', 'steering').where('p.active', '=', true)
    .orderBy('ra.territory_level').orderBy('ra.territory_code')
    .execute();
  return rows.map((row) => ({ level: row.territory_level, code: row.territory_code }));
}

/** The e-mail addresses of the active steering people of a territory. */
export async function steeringRecipients(db: Executor, territory: Territory): Promise<string[]> {
  const rows = await db.selectFrom('role_assignments as ra').innerJoin('persons as p', 'p.id', 'ra.person_id')
    .select(['p.email']).distinct()
    .where('ra.role', '=', 'steering').where('p.active', '=', true)
    .where('ra.territory_level', '=', territory.level).where('ra.territory_code', '=', territory.code)
    .execute();
  return rows.map((row) => row.email);
}

/**
 * Claims the monthly report of a territory: the id of the new row, or undefined when another
 * run (or another instance) has it already.
 */
export async function claimMonthlyReport(db: Executor, territory: Territory, month: string): Promise<string | undefined> {
  const claimed = await db.insertInto('monthly_reports').values({ scope_level: territory.level, scope_code: territory.code, month })
    .onConflict((oc) => oc.columns(['scope_level', 'scope_code', 'month']).doNothing())
    .returning('id').executeTakeFirst();
  return claimed?.id;
}

export async function storeMonthlyReportXlsx(db: Executor, id: string, xlsx: Buffer): Promise<void> {
  await db.updateTable('monthly_reports').set({ xlsx }).where('id', '=', id).execute();
}

export async function findMonthlyReport(db: Executor, id: string) {
  return db.selectFrom('monthly_reports').select(['scope_level', 'scope_code', 'month', 'xlsx']).where('id', '=', id).executeTakeFirst();
}
