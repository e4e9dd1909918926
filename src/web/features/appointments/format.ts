/** How an appointment's time reads: French, Europe/Paris. */
const dayFormat = new Intl.DateTimeFormat('fr-FR', { timeZone: 'Europe/Paris', weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' });
const timeFormat = new Intl.DateTimeFormat('fr-FR', { timeZone: 'Europe/Paris', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });

/** « 14 h 30 », Paris time. */
export function formatHour(iso: string): string {
  const parts = timeFormat.formatToParts(new Date(iso));
  const hour = parts.find((p) => p.type === 'hour')?.value ?? '';
  const minute = parts.find((p) => p.type === 'minute')?.value ?? '';
  return `${Number(hour)}\u00a0h\u00a0${minute}`;
}

/** « Mardi 1er décembre 2026 à 14 h 30 », Paris time. */
export function formatAppointmentTime(iso: string): string {
  // « 1er décembre », as French writes the first of the month.
  const day = dayFormat.format(new Date(iso)).replace(/^(\S+) 1 /, '$1 1er ');
  return `${day.charAt(0).toUpperCase()}${day.slice(1)} à ${formatHour(iso)}`;
}

/** « 30 minutes », « 1 heure », « 1 h 30 ». */
export function formatDuration(startsAt: string, endsAt: string): string {
  const minutes = Math.max(0, Math.round((Date.parse(endsAt) - Date.parse(startsAt)) / 60_000));
  if (minutes < 60) return `${minutes}\u00a0minutes`;
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  if (rest === 0) return hours === 1 ? '1\u00a0heure' : `${hours}\u00a0heures`;
  return `${hours}\u00a0h\u00a0${String(rest).padStart(2, '0')}`;
}

const parisDay = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Paris', year: 'numeric', month: '2-digit', day: '2-digit' });
const dayTitleFormat = new Intl.DateTimeFormat('fr-FR', { timeZone: 'Europe/Paris', weekday: 'long', day: 'numeric', month: 'long' });

/** The Paris calendar day of an instant, « 2026-12-01 ». */
export function parisDayOf(iso: string): string {
  return parisDay.format(new Date(iso));
}

/** « Mardi 1er décembre », Paris time (the year is that of the coming weeks). */
export function formatDayTitle(iso: string): string {
  const day = dayTitleFormat.format(new Date(iso)).replace(/^(\S+) 1 /, '$1 1er ');
  return `${day.charAt(0).toUpperCase()}${day.slice(1)}`;
}
