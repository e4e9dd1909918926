import { sql } from 'kysely';
import type { Executor } from '../../db/schema.ts';
import type { Period } from '../../../shared/contracts/reports.ts';
import { NO_RECORDS, type Tally } from './disclosure.ts';
import type { Histogram } from './percentile.ts';
import { endExclusive, histogramOf, keyOf, parisDay, scopeFilter, start, type UncountedDelays } from './repository.ts';
import type { ReportScope } from './scope.ts';

/*
 * The referrals of a report (issue 13, « Pilotage »): those sent in the period to a contact point,
 * withdrawn ones left out, of the requests of the scope — the same filter on the request as the
 * requests' own figures. One query for the period and the year before it, grouped by kind of
 * contact point, by outcome, and by the days the target took to answer, each count with its cell
 * key (the sum of the referrals' own `stat_key`, docs/decisions/0008).
 */

export interface ReferralFigures {
  sent: Tally;
  declined: Tally;
  byKind: Map<string, Tally>;
  /** By outcome; `none` for the referrals without one (declined, or still awaited). */
  byOutcome: Map<string, Tally>;
  /** Working days from the sending to the target's answer (outcome or decline), of those answered. */
  answerDays: Histogram;
}

const NO_REFERRALS = (): ReferralFigures => ({ sent: NO_RECORDS, declined: NO_RECORDS, byKind: new Map(), byOutcome: new Map(), answerDays: [] });

/** The referrals of the period (`current`) and of the same period a year earlier (`previous`). */
export async function referralFigures(db: Executor, scope: ReportScope, current: Period, previous: Period): Promise<{ current: ReferralFigures; previous: ReferralFigures }> {
  const sentIn = (p: Period) => sql<boolean>`(ref.created_at >= ${start(p.from)} and ref.created_at < ${endExclusive(p.to)})`;
  // The target's answer: its outcome, or its decline (least() passes over a null).
  const answeredAt = sql`least(ref.answered_at, ref.declined_at)`;
  const { rows } = await sql<{
    period: 'current' | 'previous'; kind: string | null; outcome: string | null; from_day: string | null; to_day: string | null; departement: string | null;
    grouped: number; n: number; key: number; declined: number; key_declined: number;
  }>`
    with base as (
      select case when ${sentIn(current)} then 'current' else 'previous' end as period,
        cp.kind, coalesce(ref.outcome, 'none') as outcome, ref.status, ref.stat_key,
        case when ${answeredAt} is not null then ${parisDay(sql`ref.created_at`)} end as from_day,
        case when ${answeredAt} is not null then ${parisDay(answeredAt)} end as to_day,
        r.departement_code as departement
      from referrals ref
      join requests r on r.id = ref.request_id
      join contact_points cp on cp.id = ref.contact_point_id
      where ${scopeFilter(scope)} and ref.status <> 'revoked' and (${sentIn(current)} or ${sentIn(previous)})
    )
    select period, kind, outcome, from_day, to_day, departement,
      grouping(kind, outcome, from_day, to_day, departement)::int as grouped,
      count(*)::int as n, ${keyOf(sql`stat_key`)} as key,
      count(*) filter (where status = 'declined')::int as declined, ${keyOf(sql`stat_key`, sql`status = 'declined'`)} as key_declined
    from base
    group by grouping sets ((period), (period, kind), (period, outcome), (period, from_day, to_day, departement))
  `.execute(db);

  const figures = { current: NO_REFERRALS(), previous: NO_REFERRALS() };
  const uncounted = { current: [] as UncountedDelays[], previous: [] as UncountedDelays[] };
  for (const row of rows) {
    const f = figures[row.period];
    const tally = { n: row.n, key: row.key };
    // grouping() sets a bit per column left out: kind 16, outcome 8, the three of the delay 4 + 2 + 1.
    if (row.grouped === 0b11111) {
      f.sent = tally;
      f.declined = { n: row.declined, key: row.key_declined };
    } else if (row.grouped === 0b01111) f.byKind.set(String(row.kind), tally);
    else if (row.grouped === 0b10111) f.byOutcome.set(String(row.outcome), tally);
    else if (row.grouped === 0b11000 && row.from_day !== null && row.to_day !== null) {
      uncounted[row.period].push({ from_day: row.from_day, to_day: row.to_day, departement: String(row.departement), n: row.n });
    }
  }
  figures.current.answerDays = histogramOf([], uncounted.current);
  figures.previous.answerDays = histogramOf([], uncounted.previous);
  return figures;
}
