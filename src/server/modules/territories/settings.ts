import type { Executor } from '../../db/schema.ts';

/** What an académie decides for its service: delays in working days or days, retention in years. */
export interface AcademieSettings {
  commitmentDays: number;
  holdingDaysBefore: number;
  retentionYears: number;
  reopenDays: number;
}

/** The national defaults, used where an académie has not set its own. */
export const DEFAULT_SETTINGS: AcademieSettings = { commitmentDays: 5, holdingDaysBefore: 1, retentionYears: 5, reopenDays: 30 };

export async function getAcademieSettings(db: Executor, academieCode: string): Promise<AcademieSettings> {
  const row = await db.selectFrom('academie_settings').selectAll().where('academie_code', '=', academieCode).executeTakeFirst();
  if (!row) return DEFAULT_SETTINGS;
  return { commitmentDays: row.commitment_days, holdingDaysBefore: row.holding_days_before, retentionYears: row.retention_years, reopenDays: row.reopen_days };
}
