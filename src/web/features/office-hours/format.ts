import type { OfficeHour, Recurrence } from '../../../shared/contracts/appointments.ts';
import { academieLabel, departementName } from '../../../shared/territories.ts';

/** ISO weekday (1 = lundi) → its French name. */
export const WEEKDAY_NAMES = ['lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi', 'dimanche'] as const;
export const weekdayName = (n: number) => WEEKDAY_NAMES[n - 1] ?? '';

export const MONTH_WEEKS: Array<{ value: number; label: string }> = [
  { value: 1, label: 'Le premier' }, { value: 2, label: 'Le deuxième' }, { value: 3, label: 'Le troisième' },
  { value: 4, label: 'Le quatrième' }, { value: -1, label: 'Le dernier' },
];

const dayFormat = new Intl.DateTimeFormat('fr-FR', { timeZone: 'UTC', day: 'numeric', month: 'long', year: 'numeric' });

/** « 1er décembre 2026 » from « 2026-12-01 ». */
export function formatDay(day: string): string {
  return dayFormat.format(new Date(`${day}T00:00:00Z`)).replace(/^1 /, '1er ');
}

const list = (words: string[]) => (words.length <= 1 ? words.join('') : `${words.slice(0, -1).join(', ')} et ${words.at(-1)}`);

/** « Chaque mardi », « Un jeudi sur deux », « Le premier mardi du mois », « Le 3 décembre 2026 et le 10 décembre 2026 ». */
export function describeRecurrence(r: Recurrence): string {
  switch (r.frequency) {
    case 'weekly': return `Chaque ${list([...r.weekdays].sort().map(weekdayName))}`;
    case 'biweekly': return `Une semaine sur deux, le ${list([...r.weekdays].sort().map(weekdayName))}`;
    case 'monthly': return `${MONTH_WEEKS.find((w) => w.value === r.week)?.label ?? ''} ${weekdayName(r.weekday)} du mois`;
    case 'dates': return r.dates.length === 1 ? `Le ${formatDay(r.dates[0]!)}` : `Les ${list([...r.dates].sort().map(formatDay))}`;
  }
}

/** « 14:00 » + 180 minutes → « de 14 h 00 à 17 h 00 ». */
export function describeHours(o: Pick<OfficeHour, 'startTime' | 'durationMinutes'>): string {
  const [h, m] = o.startTime.split(':').map(Number) as [number, number];
  const end = h * 60 + m + o.durationMinutes;
  const at = (minutes: number) => `${Math.floor(minutes / 60)}\u00a0h\u00a0${String(minutes % 60).padStart(2, '0')}`;
  return `de ${at(h * 60 + m)} à ${at(end)}`;
}

/** Who may book: everyone, or the agents of a territory. */
export function describeAudience(reservedTo: OfficeHour['reservedTo']): string {
  if (reservedTo === null) return 'Tous les agents';
  if (reservedTo.level === 'departement') return `Les agents du département ${departementName(reservedTo.code)} (${reservedTo.code})`;
  return `Les agents de l’${academieLabel(reservedTo.code).replace(/^A/, 'a')}`;
}
