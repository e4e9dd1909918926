/** Calendar days as « YYYY-MM-DD » strings (Paris), and the arithmetic the agenda needs on them. */

const parisDay = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Paris', year: 'numeric', month: '2-digit', day: '2-digit' });
const DAY = 86_400_000;

/** Today in Paris. */
export function todayInParis(now = new Date()): string {
  return parisDay.format(now);
}

export function isDay(value: string | null): value is string {
  if (value === null || !/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const at = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(at.getTime()) && at.toISOString().slice(0, 10) === value;
}

export function addDays(day: string, count: number): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + count * DAY).toISOString().slice(0, 10);
}

/** The Monday of the day's week. */
export function mondayOf(day: string): string {
  const weekday = (new Date(`${day}T00:00:00Z`).getUTCDay() + 6) % 7;
  return addDays(day, -weekday);
}

const longDay = new Intl.DateTimeFormat('fr-FR', { timeZone: 'UTC', weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' });
const shortDay = new Intl.DateTimeFormat('fr-FR', { timeZone: 'UTC', weekday: 'long', day: 'numeric', month: 'long' });

const capitalised = (text: string) => `${text.charAt(0).toUpperCase()}${text.slice(1)}`;
/** « 1er décembre », as French writes the first of the month. */
const firsts = (text: string) => text.replace(/(^|\s)1 /, '$11er ');

/** « Mardi 1er décembre 2026 ». */
export function formatLongDay(day: string): string {
  return capitalised(firsts(longDay.format(new Date(`${day}T00:00:00Z`))));
}

/** « Mardi 1er décembre ». */
export function formatShortDay(day: string): string {
  return capitalised(firsts(shortDay.format(new Date(`${day}T00:00:00Z`))));
}
