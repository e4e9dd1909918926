import type { Executor } from '../../db/schema.ts';
import type { LineTerritory, PhoneLineSettings } from '../../../shared/contracts/phone-line.ts';

type SettingsRow = { phone_number: string; morning_opens: string | null; morning_closes: string | null; afternoon_opens: string | null; afternoon_closes: string | null };

export function presentSettings(row: SettingsRow | undefined): PhoneLineSettings | null {
  if (!row) return null;
  return {
    phoneNumber: row.phone_number,
    morning: row.morning_opens && row.morning_closes ? { opens: row.morning_opens, closes: row.morning_closes } : null,
    afternoon: row.afternoon_opens && row.afternoon_closes ? { opens: row.afternoon_opens, closes: row.afternoon_closes } : null,
  };
}

/** The settings of a line's territory, if it has a line. */
export function findSettings(db: Executor, t: LineTerritory) {
  return db.selectFrom('phone_line_settings').selectAll().where('territory_level', '=', t.level).where('territory_code', '=', t.code).executeTakeFirst();
}
