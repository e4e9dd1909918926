import type { Period } from '../../../shared/contracts/reports.ts';
import { invalid } from '../../errors/app-error.ts';
import { parisDate } from '../../clock.ts';

/*
 * Reports cover fixed periods only (docs/decisions/0008-statistical-disclosure.md): a calendar
 * month, a quarter, a calendar year or a school year (1 September → 31 August). Free dates would
 * let two reports differ by a day, and their difference show that day's requests.
 */

export const REVERSED_PERIOD_MESSAGE = 'La période finit avant de commencer : choisissez un mois, un trimestre, une année civile ou une année scolaire.';

export const FIXED_PERIOD_MESSAGE = 'Les chiffres sont publiés par mois, trimestre, année civile ou année scolaire : choisissez l’une de ces périodes.';

const pad = (n: number) => String(n).padStart(2, '0');
/** The last day of a month (1–12) of a year, as YYYY-MM-DD. */
const lastDayOf = (year: number, month: number) => `${year}-${pad(month)}-${pad(new Date(Date.UTC(year, month, 0)).getUTCDate())}`;

/** Whether from..to is one fixed period: the month, quarter or year(s) that start on `from`. */
function isFixed(from: string, to: string): boolean {
  const [year, month, day] = from.split('-').map(Number) as [number, number, number];
  if (day !== 1) return false;
  const ends = [lastDayOf(year, month)];
  if ((month - 1) % 3 === 0) ends.push(lastDayOf(year, month + 2));
  if (month === 1) ends.push(`${year}-12-31`);
  if (month === 9) ends.push(`${year + 1}-08-31`);
  return ends.includes(to);
}

const exists = (day: string) => {
  const date = new Date(`${day}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === day;
};

/** The fixed period asked for, or the current calendar year; a French 400 naming the field otherwise. */
export function periodOf(query: { from?: string | undefined; to?: string | undefined }, now = new Date()): Period {
  const today = parisDate(now);
  if (query.from === undefined && query.to === undefined) return { from: `${today.slice(0, 4)}-01-01`, to: `${today.slice(0, 4)}-12-31` };
  const errors: Array<{ field: string; message: string }> = [];
  for (const field of ['from', 'to'] as const) {
    const value = query[field];
    if (value === undefined) errors.push({ field, message: FIXED_PERIOD_MESSAGE });
    else if (!exists(value)) errors.push({ field, message: 'Cette date n’existe pas.' });
  }
  if (errors.length > 0) throw invalid(errors);
  const { from, to } = query as Period;
  if (to < from) throw invalid([{ field: 'to', message: REVERSED_PERIOD_MESSAGE }]);
  if (!from.endsWith('-01')) throw invalid([{ field: 'from', message: FIXED_PERIOD_MESSAGE }]);
  if (!isFixed(from, to)) throw invalid([{ field: 'to', message: FIXED_PERIOD_MESSAGE }]);
  if (from > today) throw invalid([{ field: 'from', message: 'Cette période n’a pas encore commencé.' }]);
  return { from, to };
}

/**
 * The last day counted: the period's end, or yesterday (Paris) for a period in progress, so
 * that the figures move at most once a day. Before `from` when the period starts today.
 */
export function countedThrough(period: Period, now = new Date()): string {
  const yesterday = parisDate(new Date(Date.parse(`${parisDate(now)}T12:00:00Z`) - 86_400_000));
  return yesterday < period.to ? yesterday : period.to;
}

/** The same fixed period a year earlier (February ends on the 29th when that year has one). */
export function yearEarlier(period: Period): Period {
  const [fromYear, fromMonth] = period.from.split('-').map(Number) as [number, number];
  const [toYear, toMonth] = period.to.split('-').map(Number) as [number, number];
  return { from: `${fromYear - 1}-${pad(fromMonth)}-01`, to: lastDayOf(toYear - 1, toMonth) };
}
