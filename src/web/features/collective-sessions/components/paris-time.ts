import { TZDate } from '@date-fns/tz';

/** The instant of a Paris wall-clock day and time (« 2026-12-08 », « 14:30 »), whatever the browser's time zone. */
export function parisInstant(day: string, time: string): string | null {
  const d = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day);
  const t = /^(\d{2}):(\d{2})$/.exec(time);
  if (!d || !t) return null;
  return new TZDate(Number(d[1]), Number(d[2]) - 1, Number(d[3]), Number(t[1]), Number(t[2]), 'Europe/Paris').toISOString();
}

const parisParts = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Europe/Paris', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23',
});

/** The Paris wall-clock day and time of an instant (« 2026-12-08 », « 14:30 »), as the form's date and time fields hold them. */
export function parisDayAndTime(iso: string): { day: string; time: string } {
  const parts = Object.fromEntries(parisParts.formatToParts(new Date(iso)).map((p) => [p.type, p.value]));
  return { day: `${parts.year}-${parts.month}-${parts.day}`, time: `${parts.hour}:${parts.minute}` };
}
