import { addDays, formatISO, parseISO, startOfISOWeek } from 'date-fns';
import type { Executor } from '../../db/schema.ts';
import type { CurrentUser } from '../../auth/current-user.ts';
import { notFound } from '../../errors/app-error.ts';
import { can } from '../../policies/index.ts';
import { ACADEMIES, academieLabel, academieOf, departementName, isKnownTerritory } from '../../../shared/territories.ts';
import type { LineTerritory } from '../../../shared/contracts/phone-line.ts';

export const territoryLabel = (t: LineTerritory) => (t.level === 'academie' ? academieLabel(t.code) : `${departementName(t.code)} (${t.code})`);

/** A line the caller plans (the coordinator of its territory): any other is 404. */
export function plannedLine(user: CurrentUser, territory: LineTerritory): LineTerritory {
  if (!isKnownTerritory(territory) || !can(user, 'phoneLine.plan', { territory })) throw notFound('Cette ligne téléphonique est introuvable.');
  return territory;
}

/** The day as 'YYYY-MM-DD' (a calendar day: no time zone). */
export const dayString = (date: Date) => formatISO(date, { representation: 'date' });
/** Monday of the week of a day. */
export const mondayOf = (day: string) => dayString(startOfISOWeek(parseISO(day)));
export const plusDays = (day: string, n: number) => dayString(addDays(parseISO(day), n));

/** The advisers who may staff a line: those of its territory, or of a département of it, or of its académie. */
export async function lineAdvisers(db: Executor, t: LineTerritory) {
  const academie = t.level === 'academie' ? t.code : academieOf(t.code) ?? '';
  const departements = t.level === 'academie' ? ACADEMIES.find((a) => a.code === academie)?.departements.map((d) => d.code) ?? [] : [t.code];
  return db.selectFrom('persons as p').select(['p.id', 'p.display_name']).distinct()
    .innerJoin('role_assignments as ra', 'ra.person_id', 'p.id')
    .where('p.active', '=', true).where('ra.role', '=', 'adviser')
    .where((eb) => eb.or([
      eb.and([eb('ra.territory_level', '=', 'academie'), eb('ra.territory_code', '=', academie)]),
      ...(departements.length ? [eb.and([eb('ra.territory_level', '=', 'departement'), eb('ra.territory_code', 'in', departements)])] : []),
    ]))
    .orderBy('p.display_name').execute();
}

/** The Paris wall-clock half-day of an instant: before 13:00, the morning. */
export function parisHalfDay(instant: Date): 'morning' | 'afternoon' {
  const hour = Number(new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/Paris', hour: '2-digit', hourCycle: 'h23' }).format(instant));
  return hour < 13 ? 'morning' : 'afternoon';
}
