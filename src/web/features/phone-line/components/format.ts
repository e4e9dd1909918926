const dayFormat = new Intl.DateTimeFormat('fr-FR', { weekday: 'long', day: 'numeric', month: 'long', timeZone: 'UTC' });

/** « Lundi 5 janvier » for '2099-01-05' (a calendar day: read at noon UTC, no shift). */
export function formatDay(day: string): string {
  const text = dayFormat.format(new Date(`${day}T12:00:00Z`)).replace(/^(\S+) 1 /, '$1 1er ');
  return `${text.charAt(0).toUpperCase()}${text.slice(1)}`;
}

/** « 9 h 00 » for '09:00'. */
export function formatTime(time: string): string {
  const [h, m] = time.split(':');
  return `${Number(h)}\u00a0h\u00a0${m}`;
}
