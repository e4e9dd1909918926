import { TZDate } from '@date-fns/tz';

/** The instant of a Paris wall-clock day and time (« 2026-12-08 », « 14:30 »), whatever the browser's time zone. */
export function parisInstant(day: string, time: string): string | null {
  const d = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day);
  const t = /^(\d{2}):(\d{2})$/.exec(time);
  if (!d || !t) return null;
  return new TZDate(Number(d[1]), Number(d[2]) - 1, Number(d[3]), Number(t[1]), Number(t[2]), 'Europe/Paris').toISOString();
}
