import type { Kysely, Transaction } from 'kysely';
import type { DB } from '../../db/schema.ts';

export interface AcademieSettings {
  commitmentDays: number;
  holdingDaysBefore: number;
  retentionYears: number;
  reopenDays: number;
}

/** The national defaults, used where an académie has not set its own. */
export const DEFAULT_SETTINGS: AcademieSettings = { commitmentDays: 5, holdingDaysBefore: 1, retentionYears: 5, reopenDays: 30 };

export async function getAcademieSettings(db: Kysely<DB> | Transaction<DB>, academieCode: string): Promise<AcademieSettings> {
  const row = await db.selectFrom('academie_settings').selectAll().where('academie_code', '=', academieCode).executeTakeFirst();
  if (!row) return DEFAULT_SETTINGS;
  return { commitmentDays: row.commitment_days, holdingDaysBefore: row.holding_days_before, retentionYears: row.retention_years, reopenDays: row.reopen_days };
}
