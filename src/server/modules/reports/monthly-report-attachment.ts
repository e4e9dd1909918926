import type { Executor } from '../../db/schema.ts';
import { findMonthlyReport } from './repository.ts';

/**
 * The XLSX tables of a stored monthly report, for the mail that carries it. `mail/mailer.ts`
 * imports this file itself: through the module's index.ts it would close an import cycle (the
 * module's routes take the app's dependencies, which name the mailer).
 */
export async function monthlyReportAttachment(db: Executor, reportId: string) {
  const row = await findMonthlyReport(db, reportId);
  if (!row?.xlsx) return undefined;
  return {
    filename: `rapport-activite-${row.month}-${row.scope_level}-${row.scope_code}.xlsx`,
    content: row.xlsx,
    contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  };
}
