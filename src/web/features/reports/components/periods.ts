import type { Period } from '../../../../shared/contracts/reports.ts';

/*
 * The fixed periods a report may cover (docs/decisions/0008-statistical-disclosure.md): the
 * server refuses any other. Months and quarters of the last three years, calendar and school
 * years of the last five, newest first; none that has not begun.
 */

export const PERIOD_KINDS = [
  ['month', 'Mois'], ['quarter', 'Trimestre'], ['year', 'Année civile'], ['school_year', 'Année scolaire'],
] as const;
export type PeriodKind = (typeof PERIOD_KINDS)[number][0];

export interface PeriodOption extends Period { label: string }

const pad = (n: number) => String(n).padStart(2, '0');
const lastDay = (year: number, month: number) => `${year}-${pad(month)}-${pad(new Date(Date.UTC(year, month, 0)).getUTCDate())}`;
const monthName = new Intl.DateTimeFormat('fr-FR', { month: 'long', year: 'numeric', timeZone: 'UTC' });

/** The kind of a fixed period, or undefined for free dates (an old link). */
export function kindOf(period: Period): PeriodKind | undefined {
  const [year, month] = period.from.split('-').map(Number) as [number, number];
  if (!period.from.endsWith('-01')) return undefined;
  if (period.to === lastDay(year, month)) return 'month';
  if ((month - 1) % 3 === 0 && period.to === lastDay(year, month + 2)) return 'quarter';
  if (month === 1 && period.to === `${year}-12-31`) return 'year';
  if (month === 9 && period.to === `${year + 1}-08-31`) return 'school_year';
  return undefined;
}

const dayName = new Intl.DateTimeFormat('fr-FR', { dateStyle: 'long', timeZone: 'UTC' });
/** « 1er avril 2026 », « 30 juin 2026 ». */
export const dayLabel = (iso: string) => dayName.format(new Date(`${iso}T12:00:00Z`)).replace(/^1 /, '1er ');

/** « novembre 2026 », « 4ᵉ trimestre 2026 », « année 2026 », « année scolaire 2026-2027 ». */
export function periodLabel(period: Period): string {
  const [year, month] = period.from.split('-').map(Number) as [number, number];
  switch (kindOf(period)) {
    case 'month': return monthName.format(new Date(`${period.from}T12:00:00Z`));
    case 'quarter': return `${month === 1 ? '1er' : `${(month + 2) / 3}ᵉ`} trimestre ${year}`;
    case 'year': return `année ${year}`;
    case 'school_year': return `année scolaire ${year}-${year + 1}`;
    default: return `du ${dayLabel(period.from)} au ${dayLabel(period.to)}`;
  }
}

/** The periods of a kind that have begun by `today` (YYYY-MM-DD, Paris), newest first. */
export function periodsOf(kind: PeriodKind, today: string): PeriodOption[] {
  const year = Number(today.slice(0, 4));
  const periods: Period[] = [];
  for (let y = year; y >= year - 4; y -= 1) {
    if (kind === 'year') periods.push({ from: `${y}-01-01`, to: `${y}-12-31` });
    if (kind === 'school_year') periods.push({ from: `${y}-09-01`, to: `${y + 1}-08-31` });
    if (kind === 'quarter' && y > year - 3) for (let m = 10; m >= 1; m -= 3) periods.push({ from: `${y}-${pad(m)}-01`, to: lastDay(y, m + 2) });
    if (kind === 'month' && y > year - 3) for (let m = 12; m >= 1; m -= 1) periods.push({ from: `${y}-${pad(m)}-01`, to: lastDay(y, m) });
  }
  return periods.filter((p) => p.from <= today).map((p) => ({ ...p, label: periodLabel(p) }));
}
