import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';
import type { CurrentUser } from '../../auth/current-user.ts';
import { parisDate } from '../../clock.ts';
import type { MyShifts } from '../../../shared/contracts/phone-line.ts';
import { parisHalfDay, plusDays, territoryLabel } from './territory.ts';

/** The adviser's own shifts on the line, today and the next four weeks, and whether they are on duty now. */
export async function listMyShifts(db: Kysely<DB>, user: CurrentUser, now = new Date()): Promise<MyShifts> {
  const today = parisDate(now);
  const rows = await db.selectFrom('phone_line_shifts').select(['territory_level', 'territory_code', 'day', 'half_day'])
    .where('adviser_id', '=', user.id).where('day', '>=', today).where('day', '<=', plusDays(today, 28))
    .orderBy('day').orderBy('half_day', 'desc').execute();
  const half = parisHalfDay(now);
  return {
    onDuty: rows.some((r) => r.day === today && r.half_day === half),
    items: rows.map((r) => {
      const territory = { level: r.territory_level, code: r.territory_code };
      return { territory, territoryLabel: territoryLabel(territory), day: r.day, halfDay: r.half_day };
    }),
  };
}
