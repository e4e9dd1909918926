import { sql, type Kysely, type RawBuilder } from 'kysely';
import type { DB } from '../../db/schema.ts';
import type { ReportScope } from './scope.ts';

/*
 * The figures of an activity report, computed in the database: one scan per population
 * (requests received in the period, requests closed in it, surveys sent in it), grouped by
 * every dimension at once with GROUPING SETS, on the indexes of migration 0030. Nothing is
 * loaded row by row into Node.
 */

export interface Period { from: string; to: string }

/** Counts per dimension and key, as the database grouped them. */
export type DimensionCounts = Map<string, Map<string, number>>;

export interface ReceivedFigures {
  received: number;
  open: number;
  reopened: number;
  byDimension: DimensionCounts;
  firstAnswer: { answered: number; withinCommitment: number; median: number | null; p90: number | null };
}

export interface ClosedFigures {
  closed: number;
  byResponseType: Map<string, number>;
  closure: { median: number | null; p90: number | null };
}

export interface SatisfactionFigures {
  sent: number;
  answered: number;
  overallMean: number | null;
  eightOrMore: number;
  promoters: number;
  detractors: number;
  itemMeans: Record<'ease' | 'delay' | 'listening' | 'clarity' | 'usefulness', number | null>;
}

export interface WorkloadFigures { advisers: number; openAssigned: number; median: number | null; max: number | null; unassignedOpen: number }

const RECEIVED_DIMENSIONS = ['topic', 'channel', 'category', 'gender', 'age_band', 'territory', 'month'] as const;
export type ReceivedDimension = (typeof RECEIVED_DIMENSIONS)[number];

function scopeFilter(scope: ReportScope): RawBuilder<boolean> {
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
 * Runs a grouping query with room to hash every grouping at once (the default 4 MB makes
 * PostgreSQL sort the year once per dimension) and without JIT compilation, which costs more
 * than it saves on a query of a few hundred milliseconds. Settings local to one transaction.
 */
async function withReportMemory<T>(db: Kysely<DB>, run: (q: Kysely<DB>) => Promise<T>): Promise<T> {
  const settings = async (q: Kysely<DB>) => {
    await sql`select set_config('work_mem', '64MB', true), set_config('jit', 'off', true)`.execute(q);
    return run(q);
  };
  return db.isTransaction ? settings(db) : db.transaction().execute((trx) => settings(trx));
}

const start = (day: string) => sql`(${day}::date)::timestamp at time zone 'Europe/Paris'`;
const endExclusive = (day: string) => sql`(${day}::date + 1)::timestamp at time zone 'Europe/Paris'`;

/**
 * The percentile of a distribution of whole working days given as (value, count) pairs,
 * interpolated as PostgreSQL's percentile_cont does. Delays are whole days, so the database
 * sends a short histogram instead of sorting every request once more.
 */
export function percentileOfHistogram(histogram: Array<{ value: number; n: number }>, fraction: number): number | null {
  const sorted = [...histogram].sort((a, b) => a.value - b.value);
  const total = sorted.reduce((sum, bucket) => sum + bucket.n, 0);
  if (total === 0) return null;
  const position = (total - 1) * fraction;
  const valueAt = (index: number) => {
    let seen = 0;
    for (const bucket of sorted) {
      seen += bucket.n;
      if (index < seen) return bucket.value;
    }
    return sorted.at(-1)!.value;
  };
  const low = valueAt(Math.floor(position));
  const high = valueAt(Math.ceil(position));
  return low + (high - low) * (position - Math.floor(position));
}

export async function receivedFigures(db: Kysely<DB>, scope: ReportScope, period: Period): Promise<ReceivedFigures> {
  const inPeriod = sql<boolean>`${scopeFilter(scope)} and r.created_at >= ${start(period.from)} and r.created_at < ${endExclusive(period.to)}`;
  const counting = sql<{
    topic: string | null; channel: string | null; category: string | null; gender: string | null; age_band: string | null;
    territory: string | null; month: string | null; grouped: number; n: number; open: number; reopened: number;
    answered: number; within: number;
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
        r.status, r.reopened_count, r.first_responded_at, r.first_response_due_at
      from requests r
      where ${inPeriod}
    )
    select topic, channel, category, gender, age_band, territory, month,
      grouping(topic, channel, category, gender, age_band, territory, month)::int as grouped,
      count(*)::int as n,
      count(*) filter (where status <> 'closed')::int as open,
      count(*) filter (where reopened_count > 0)::int as reopened,
      count(first_responded_at)::int as answered,
      count(*) filter (where first_responded_at <= first_response_due_at)::int as within
    from base
    group by grouping sets ((topic), (channel), (category), (gender), (age_band), (territory), (month), ())
  `;
  const histogram = sql<{ value: number; n: number }>`
    select r.first_response_working_days as value, count(*)::int as n from requests r
    where ${inPeriod} and r.first_response_working_days is not null
    group by 1
  `;
  const [{ rows }, { rows: delays }] = await Promise.all([withReportMemory(db, (q) => counting.execute(q)), histogram.execute(db)]);

  const byDimension: DimensionCounts = new Map(RECEIVED_DIMENSIONS.map((d) => [d, new Map<string, number>()]));
  const overall = rows.find((r) => r.grouped === 127) ?? { n: 0, open: 0, reopened: 0, answered: 0, within: 0 };
  for (const row of rows) {
    if (row.grouped === 127) continue;
    // grouping() sets a bit for each column left out of the set: the one bit clear names the dimension.
    const index = RECEIVED_DIMENSIONS.findIndex((_, i) => ((row.grouped >> (RECEIVED_DIMENSIONS.length - 1 - i)) & 1) === 0);
    const dimension = RECEIVED_DIMENSIONS[index]!;
    byDimension.get(dimension)!.set(String(row[dimension]), row.n);
  }
  return {
    received: overall.n,
    open: overall.open,
    reopened: overall.reopened,
    byDimension,
    firstAnswer: {
      answered: overall.answered, withinCommitment: overall.within,
      median: percentileOfHistogram(delays, 0.5), p90: percentileOfHistogram(delays, 0.9),
    },
  };
}

export async function closedFigures(db: Kysely<DB>, scope: ReportScope, period: Period): Promise<ClosedFigures> {
  const { rows } = await sql<{ response_type: string | null; value: number | null; n: number }>`
    select r.response_type, r.closure_working_days as value, count(*)::int as n
    from requests r
    where ${scopeFilter(scope)} and r.status = 'closed' and r.closed_at >= ${start(period.from)} and r.closed_at < ${endExclusive(period.to)}
    group by 1, 2
  `.execute(db);
  const byResponseType = new Map<string, number>();
  const histogram = new Map<number, number>();
  for (const row of rows) {
    byResponseType.set(String(row.response_type), (byResponseType.get(String(row.response_type)) ?? 0) + row.n);
    if (row.value !== null) histogram.set(row.value, (histogram.get(row.value) ?? 0) + row.n);
  }
  const buckets = [...histogram].map(([value, n]) => ({ value, n }));
  return {
    closed: rows.reduce((sum, row) => sum + row.n, 0),
    byResponseType,
    closure: { median: percentileOfHistogram(buckets, 0.5), p90: percentileOfHistogram(buckets, 0.9) },
  };
}

/** Open requests whose first answer is late, now, in the scope (whatever the period). */
export async function overdueOpen(db: Kysely<DB>, scope: ReportScope, now: Date): Promise<number> {
  const { rows } = await sql<{ n: number }>`
    select count(*)::int as n from requests r
    where ${scopeFilter(scope)} and r.status <> 'closed' and r.first_responded_at is null and r.paused_at is null and r.first_response_due_at < ${now}
  `.execute(db);
  return rows[0]?.n ?? 0;
}

export async function satisfactionFigures(db: Kysely<DB>, scope: ReportScope, period: Period): Promise<SatisfactionFigures> {
  const filter = scope.level === 'national' ? sql`true`
    : scope.level === 'academie' ? sql`s.academie_code = ${scope.code}`
      : scope.level === 'departement' ? sql`s.departement_code = ${scope.code}`
        : sql`s.request_id in (select id from requests where assignee_id = ${scope.code})`;
  const { rows } = await sql<{
    sent: number; answered: number; overall: number | null; eight: number; promoters: number; detractors: number;
    ease: number | null; delay: number | null; listening: number | null; clarity: number | null; usefulness: number | null;
  }>`
    select count(*)::int as sent, count(s.answered_at)::int as answered,
      avg(s.overall)::float8 as overall,
      count(*) filter (where s.overall >= 8)::int as eight,
      count(*) filter (where s.overall >= 9)::int as promoters,
      count(*) filter (where s.overall <= 6)::int as detractors,
      avg(s.ease)::float8 as ease, avg(s.delay)::float8 as delay, avg(s.listening)::float8 as listening,
      avg(s.clarity)::float8 as clarity, avg(s.usefulness)::float8 as usefulness
    from satisfaction_surveys s
    where ${filter} and s.sent_at >= ${start(period.from)} and s.sent_at < ${endExclusive(period.to)}
  `.execute(db);
  const r = rows[0]!;
  return {
    sent: r.sent, answered: r.answered, overallMean: r.overall, eightOrMore: r.eight, promoters: r.promoters, detractors: r.detractors,
    itemMeans: { ease: r.ease, delay: r.delay, listening: r.listening, clarity: r.clarity, usefulness: r.usefulness },
  };
}

/** Open requests per active adviser of the scope, as a distribution: never a name. */
export async function workloadFigures(db: Kysely<DB>, scope: ReportScope): Promise<WorkloadFigures> {
  const adviserFilter = scope.level === 'national' ? sql`true`
    : scope.level === 'academie' ? sql`(ra.territory_level = 'academie' and ra.territory_code = ${scope.code}) or (ra.territory_level = 'departement' and ra.territory_code in (select code from departements where academie_code = ${scope.code}))`
      : sql`false`;
  const { rows } = await sql<{ advisers: number; open_assigned: number; median: number | null; max: number | null }>`
    with advisers as (select distinct ra.person_id from role_assignments ra where ra.role = 'adviser' and (${adviserFilter})),
    loads as (
      select a.person_id, (select count(*) from requests r where r.assignee_id = a.person_id and r.status <> 'closed')::int as open
      from advisers a
    )
    select count(*)::int as advisers, coalesce(sum(open), 0)::int as open_assigned,
      percentile_cont(0.5) within group (order by open) as median, max(open)::int as max
    from loads
  `.execute(db);
  const { rows: unassigned } = await sql<{ n: number }>`
    select count(*)::int as n from requests r where ${scopeFilter(scope)} and r.status <> 'closed' and r.assignee_id is null
  `.execute(db);
  const r = rows[0]!;
  return { advisers: r.advisers, openAssigned: r.open_assigned, median: r.median, max: r.max, unassignedOpen: unassigned[0]?.n ?? 0 };
}
