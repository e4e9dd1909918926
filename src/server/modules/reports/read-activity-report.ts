import type { ActivityReport, ReportQuery } from '../../../shared/contracts/reports.ts';
import type { CurrentUser } from '../../auth/current-user.ts';
import type { Executor } from '../../db/schema.ts';
import { buildActivityReport } from './build-activity-report.ts';
import { countedThrough, periodOf } from './period.ts';
import { resolveScope } from './scope.ts';

/**
 * The reports computed in the last minute, by scope and period, in this process: steering
 * dashboards are opened by many people at once (a monthly mail, a meeting), and the figures of a
 * national year change little within a minute. Calls that arrive while a report is computed
 * wait for that computation instead of starting another. The report says when it was computed.
 */
export class RecentReports {
  private readonly entries = new Map<string, { until: number; report: Promise<ActivityReport> }>();
  constructor(private readonly seconds = 60, private readonly capacity = 500) {}

  get(key: string, compute: () => Promise<ActivityReport>): Promise<ActivityReport> {
    const now = Date.now();
    const entry = this.entries.get(key);
    if (entry && entry.until > now) return entry.report;
    const report = compute();
    this.entries.delete(key);
    this.entries.set(key, { until: now + this.seconds * 1000, report });
    report.catch(() => this.entries.delete(key));
    // The oldest entries leave first (a Map keeps insertion order).
    while (this.entries.size > this.capacity) this.entries.delete(this.entries.keys().next().value!);
    return report;
  }
}

/** What reading a report needs: the database, the masking threshold, the process's memory of reports. */
export interface ReportReading { db: Executor; threshold: number; recent: RecentReports }

/** The activity report of a scope the caller may read, over the fixed period asked (this year by default). */
export async function readActivityReport(reading: ReportReading, user: CurrentUser, query: ReportQuery): Promise<ActivityReport> {
  // The policy decides first, on every call: a report in memory is never a way around it.
  const scope = resolveScope(user, query.level, query.code);
  const period = periodOf(query);
  // A period in progress moves on at midnight: yesterday's figures are not kept past it.
  return reading.recent.get(JSON.stringify([scope, period, countedThrough(period)]), () =>
    buildActivityReport(reading.db, { scope, period, threshold: reading.threshold, adviserName: user.displayName }));
}
