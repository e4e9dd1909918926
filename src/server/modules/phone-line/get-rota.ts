import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';
import type { CurrentUser } from '../../auth/current-user.ts';
import { isWorkingDay } from '../../calendar/working-days.ts';
import { parisDate } from '../../clock.ts';
import type { LineTerritory, Rota } from '../../../shared/contracts/phone-line.ts';
import { lineAdvisers, mondayOf, plannedLine, plusDays, territoryLabel } from './territory.ts';
import { findSettings, presentSettings } from './settings.ts';

const noonUtc = (day: string) => new Date(`${day}T12:00:00Z`);

/** The week's rota of a line, Monday to Friday, morning and afternoon, with the advisers who may staff it. */
export async function getRota(db: Kysely<DB>, user: CurrentUser, query: LineTerritory & { week?: string | undefined }, now = new Date()): Promise<Rota> {
  const territory = plannedLine(user, { level: query.level, code: query.code });
  const monday = mondayOf(query.week ?? parisDate(now));
  const days = [0, 1, 2, 3, 4].map((n) => plusDays(monday, n));
  const shifts = await db.selectFrom('phone_line_shifts as s').innerJoin('persons as p', 'p.id', 's.adviser_id')
    .select(['s.day', 's.half_day', 'p.id', 'p.display_name'])
    .where('s.territory_level', '=', territory.level).where('s.territory_code', '=', territory.code)
    .where('s.day', '>=', days[0]!).where('s.day', '<=', days[4]!).orderBy('p.display_name').execute();
  const departementCode = territory.level === 'departement' ? territory.code : null;
  const on = (day: string, half: 'morning' | 'afternoon') => shifts.filter((s) => s.day === day && s.half_day === half)
    .map((s) => ({ id: s.id, displayName: s.display_name }));
  return {
    territory,
    territoryLabel: territoryLabel(territory),
    week: monday,
    previousWeek: plusDays(monday, -7),
    nextWeek: plusDays(monday, 7),
    days: days.map((day) => ({ date: day, closed: !isWorkingDay(noonUtc(day), { departementCode }), morning: on(day, 'morning'), afternoon: on(day, 'afternoon') })),
    advisers: (await lineAdvisers(db, territory)).map((a) => ({ id: a.id, displayName: a.display_name })),
    settings: presentSettings(await findSettings(db, territory)),
  };
}
