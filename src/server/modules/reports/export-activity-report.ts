import type { ReportQuery } from '../../../shared/contracts/reports.ts';
import { recordAudit, type ActionContext } from '../../audit/audit-log.ts';
import { readActivityReport, type ReportReading } from './read-activity-report.ts';
import { reportCsv, reportXlsx } from './report-files.ts';

type ReportFormat = 'csv' | 'xlsx';

const CONTENT_TYPES: Record<ReportFormat, string> = {
  csv: 'text/csv; charset=utf-8',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};

/** The report's tables as a file, with the same masked counts as the page; each export is audited. */
export async function exportActivityReport(reading: ReportReading, ctx: ActionContext, query: ReportQuery, format: ReportFormat) {
  const report = await readActivityReport(reading, ctx.user, query);
  await recordAudit(reading.db, ctx, {
    action: 'report.export', targetType: 'report', targetId: null,
    academieCode: report.scope.level === 'academie' ? report.scope.code : ctx.user.academieCode,
    details: { level: report.scope.level, code: report.scope.level === 'adviser' ? null : report.scope.code, from: report.period.from, to: report.period.to, format },
  });
  return {
    body: format === 'csv' ? await reportCsv(report) : await reportXlsx(report),
    contentType: CONTENT_TYPES[format],
    filename: `rapport-activite-${report.scope.level}-${report.scope.code}-${report.period.from}-${report.period.to}.${format}`,
  };
}
