import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';
import { parisDate } from '../../clock.ts';
import { academieOf } from '../../../shared/territories.ts';
import type { MailSender } from '../../mail/sender.ts';
import { isWorkingDay } from '../../calendar/working-days.ts';
import { buildActivityReport } from './build-activity-report.ts';
import { reportXlsx } from './report-files.ts';
import { claimMonthlyReport, steeredTerritories, steeringRecipients, storeMonthlyReportXlsx } from './repository.ts';
import { scopeLabel } from './scope.ts';

/*
 * The monthly report: on the first working day of a month, each scope that has a steering
 * role (nation, académie, département) gets last month's report, its tables attached as XLSX,
 * mailed to each of its steering people. The row in `monthly_reports` is claimed before
 * anything is built, in the same transaction as the mails: once per scope and month, however
 * many instances run the job, and nothing half-sent if one fails.
 */

const noonInParis = (day: string) => new Date(`${day}T12:00:00Z`);

/** The first working day (France, Europe/Paris) of the month of `day` (YYYY-MM-DD). */
export function firstWorkingDayOfMonth(day: string): string {
  for (let d = 1; d <= 10; d += 1) {
    const candidate = `${day.slice(0, 7)}-${String(d).padStart(2, '0')}`;
    if (isWorkingDay(noonInParis(candidate))) return candidate;
  }
  throw new Error('Aucun jour ouvré dans les dix premiers jours du mois.');
}

/** The month before that of `day`, as YYYY-MM, with its first and last days. */
export function previousMonth(day: string): { month: string; from: string; to: string } {
  let year = Number(day.slice(0, 4));
  let month = Number(day.slice(5, 7)) - 1;
  if (month === 0) { month = 12; year -= 1; }
  const key = `${year}-${String(month).padStart(2, '0')}`;
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return { month: key, from: `${key}-01`, to: `${key}-${String(last).padStart(2, '0')}` };
}

/** Sends last month's reports when today is the first working day of the month; the number of mails queued. */
export async function sendMonthlyReports(db: Kysely<DB>, mail: MailSender, options: { threshold: number; now?: Date }): Promise<number> {
  const now = options.now ?? new Date();
  const today = parisDate(now);
  if (today !== firstWorkingDayOfMonth(today)) return 0;
  const { month, from, to } = previousMonth(today);
  let sent = 0;
  for (const scope of await steeredTerritories(db)) {
    sent += await db.transaction().execute(async (trx) => {
      const reportId = await claimMonthlyReport(trx, scope, month);
      if (!reportId) return 0;
      const report = await buildActivityReport(trx, { scope, period: { from, to }, threshold: options.threshold, now });
      await storeMonthlyReportXlsx(trx, reportId, await reportXlsx(report));
      const recipients = await steeringRecipients(trx, scope);
      const academieCode = scope.level === 'academie' ? scope.code : scope.level === 'departement' ? academieOf(scope.code) ?? null : null;
      for (const email of recipients) {
        await mail.send(trx, {
          template: 'report.monthly', to: email, academieCode,
          data: { scopeLabel: scopeLabel(scope), month, reportId, link: '/pilotage' },
        });
      }
      return recipients.length;
    });
  }
  return sent;
}
