import { createRequire } from 'node:module';
import type { RRule, RRuleSet } from 'rrule';
import type { Recurrence } from '../../../shared/contracts/appointments.ts';

// `rrule` ships CommonJS whose named exports Node's ESM loader cannot see (tsx, `npm start`): required as such.
const { rrulestr } = createRequire(import.meta.url)('rrule') as { rrulestr: (text: string) => RRule | RRuleSet };

/*
 * An office hour's recurrence, kept as RFC 5545 text (days only; the time of day is the office
 * hour's, in Paris time): « RRULE:FREQ=WEEKLY;BYDAY=TU », « RRULE:FREQ=WEEKLY;INTERVAL=2;BYDAY=TH »,
 * « RRULE:FREQ=MONTHLY;BYDAY=1WE », or « RDATE;VALUE=DATE:20261208,20261215 » for single dates.
 * The days are computed on UTC midnights standing for Paris calendar days, so no time zone or
 * daylight-saving change can move a day.
 */

const WEEKDAYS = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'] as const;
const compact = (day: string) => day.replaceAll('-', '');
const dashed = (day: string) => `${day.slice(0, 4)}-${day.slice(4, 6)}-${day.slice(6, 8)}`;

/** The RFC 5545 line of a recurrence. */
export function recurrenceRule(r: Recurrence): string {
  switch (r.frequency) {
    case 'weekly': return `RRULE:FREQ=WEEKLY;BYDAY=${[...r.weekdays].sort().map((d) => WEEKDAYS[d - 1]).join(',')}`;
    case 'biweekly': return `RRULE:FREQ=WEEKLY;INTERVAL=2;BYDAY=${[...r.weekdays].sort().map((d) => WEEKDAYS[d - 1]).join(',')}`;
    case 'monthly': return `RRULE:FREQ=MONTHLY;BYDAY=${r.week}${WEEKDAYS[r.weekday - 1]}`;
    case 'dates': return `RDATE;VALUE=DATE:${[...r.dates].sort().map(compact).join(',')}`;
  }
}

/** The recurrence a stored line says (the inverse of `recurrenceRule`). */
export function parseRecurrence(rule: string): Recurrence {
  if (rule.startsWith('RDATE;VALUE=DATE:')) return { frequency: 'dates', dates: rule.slice('RDATE;VALUE=DATE:'.length).split(',').map(dashed) };
  const parts = new Map(rule.replace(/^RRULE:/, '').split(';').map((p) => p.split('=') as [string, string]));
  const byDay = (parts.get('BYDAY') ?? '').split(',');
  if (parts.get('FREQ') === 'MONTHLY') {
    const match = /^(-?\d)([A-Z]{2})$/.exec(byDay[0] ?? '');
    return { frequency: 'monthly', week: Number(match?.[1] ?? 1), weekday: WEEKDAYS.indexOf((match?.[2] ?? 'MO') as never) + 1 };
  }
  const weekdays = byDay.map((d) => WEEKDAYS.indexOf(d as never) + 1);
  return { frequency: parts.get('INTERVAL') === '2' ? 'biweekly' : 'weekly', weekdays };
}

/** Is this recurrence one that an office hour may have (a monthly rule needs a week: 1 to 4, or the last)? */
export function recurrenceProblem(r: Recurrence): string | null {
  if (r.frequency === 'monthly' && r.week === 0) return 'Choisissez la semaine du mois : de la première à la quatrième, ou la dernière.';
  return null;
}

/**
 * The Paris calendar days (YYYY-MM-DD) of a recurrence from `startsOn` (and until `endsOn`, if
 * any), between `fromDay` and `toDay` included, in order.
 */
export function recurrenceDays(rule: string, startsOn: string, endsOn: string | null, fromDay: string, toDay: string): string[] {
  const first = fromDay > startsOn ? fromDay : startsOn;
  const last = endsOn && endsOn < toDay ? endsOn : toDay;
  if (first > last) return [];
  if (rule.startsWith('RDATE')) {
    const r = parseRecurrence(rule);
    return r.frequency === 'dates' ? r.dates.filter((d) => d >= first && d <= last).sort() : [];
  }
  const parsed = rrulestr(`DTSTART:${compact(fastForward(rule, startsOn, first))}T000000Z\n${rule}`);
  return parsed.between(new Date(`${first}T00:00:00Z`), new Date(`${last}T00:00:00Z`), true).map((d) => d.toISOString().slice(0, 10));
}

const DAY_MS = 86_400_000;
/**
 * Where the rule may start iterating for days from `fromDay` on: rrule walks from DTSTART, so an
 * office hour three years old would cost three years of weeks at every search. A weekly rule
 * starts again a whole number of its periods later (same weekday, same weeks' parity), a monthly
 * one on the first day of the month searched: the same days from `fromDay` on.
 */
function fastForward(rule: string, startsOn: string, fromDay: string): string {
  if (fromDay <= startsOn) return startsOn;
  const interval = Number(/INTERVAL=(\d+)/.exec(rule)?.[1] ?? 1);
  if (rule.includes('FREQ=WEEKLY')) {
    const step = 7 * interval;
    const days = Math.round((Date.parse(`${fromDay}T00:00:00Z`) - Date.parse(`${startsOn}T00:00:00Z`)) / DAY_MS);
    return new Date(Date.parse(`${startsOn}T00:00:00Z`) + Math.floor(days / step) * step * DAY_MS).toISOString().slice(0, 10);
  }
  if (rule.includes('FREQ=MONTHLY') && interval === 1) return `${fromDay.slice(0, 7)}-01` > startsOn ? `${fromDay.slice(0, 7)}-01` : startsOn;
  return startsOn;
}
