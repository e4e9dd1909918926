import { sql, type Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';
import type { JobDefinition } from '../../jobs/queue.ts';
import { parisDate } from '../../clock.ts';
import type { Territory } from '../../../shared/territories.ts';
import type { MailSender } from '../../mail/sender.ts';
import { isWorkingDay } from '../requests/working-days.ts';
import { buildActivityReport } from './activity-report.ts';
import { reportXlsx } from './export.ts';
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

export async function sendMonthlyReports(db: Kysely<DB>, mail: MailSender, options: { threshold: number; now?: Date }): Promise<number> {
  const now = options.now ?? new Date();
  const today = parisDate(now);
  if (today !== firstWorkingDayOfMonth(today)) return 0;
  const { month, from, to } = previousMonth(today);
  const scopes = await db.selectFrom('role_assignments as ra').innerJoin('persons as p', 'p.id', 'ra.person_id')
    .select(['ra.territory_level', 'ra.territory_code']).distinct()
    .where('ra.role', '=', 'steering').where('p.active', '=', true)
    .orderBy('ra.territory_level').orderBy('ra.territory_code')
    .execute();
  let sent = 0;
  for (const row of scopes) {
    const scope: Territory = { level: row.territory_level, code: row.territory_code };
    sent += await db.transaction().execute(async (trx) => {
      const claimed = await trx.insertInto('monthly_reports').values({ scope_level: scope.level, scope_code: scope.code, month })
        .onConflict((oc) => oc.columns(['scope_level', 'scope_code', 'month']).doNothing())
        .returning('id').executeTakeFirst();
      if (!claimed) return 0;
      const report = await buildActivityReport(trx, { scope, period: { from, to }, threshold: options.threshold, now });
      await trx.updateTable('monthly_reports').set({ xlsx: await reportXlsx(report) }).where('id', '=', claimed.id).execute();
      const recipients = await trx.selectFrom('role_assignments as ra').innerJoin('persons as p', 'p.id', 'ra.person_id')
        .select(['p.email']).distinct()
        .where('ra.role', '=', 'steering').where('p.active', '=', true)
        .where('ra.territory_level', '=', scope.level).where('ra.territory_code', '=', scope.code)
        .execute();
      const academieCode = scope.level === 'academie' ? scope.code
        : scope.level === 'departement'
          ? (await sql<{ academie_code: string }>`select academie_code from departements where code = ${scope.code}`.execute(trx)).rows[0]?.academie_code ?? null
          : null;
      for (const { email } of recipients) {
        await mail.send(trx, {
          template: 'report.monthly', to: email, academieCode,
          data: { scopeLabel: scopeLabel(scope), month, reportId: claimed.id, link: '/pilotage' },
        });
      }
      return recipients.length;
    });
  }
  return sent;
}

/** The XLSX tables of a stored monthly report, for the mail that carries it. */
export async function monthlyReportAttachment(db: Kysely<DB>, reportId: string) {
  const row = await db.selectFrom('monthly_reports').select(['scope_level', 'scope_code', 'month', 'xlsx']).where('id', '=', reportId).executeTakeFirst();
  if (!row?.xlsx) return undefined;
  return {
    filename: `rapport-activite-${row.month}-${row.scope_level}-${row.scope_code}.xlsx`,
    content: row.xlsx,
    contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  };
}

export function monthlyReportJobDefinition(db: Kysely<DB>, mail: MailSender, threshold: number): JobDefinition<object> {
  return {
    name: 'reports.monthly',
    // Every morning: the job itself knows whether today is the first working day of the month.
    schedule: '30 6 * * *',
    retryLimit: 3,
    handler: async () => { await sendMonthlyReports(db, mail, { threshold }); },
  };
}
