/** How dates and territories read in the interface: French, Europe/Paris, names not codes. */
import { ROLE_LABELS, TERRITORY_LEVEL_LABELS } from '../shared/glossary.ts';
import { ACADEMIES, academieLabel, academieName, type Territory } from '../shared/territories.ts';
import type { RoleGrant } from '../shared/contracts/auth.ts';

const dateFormat = new Intl.DateTimeFormat('fr-FR', { timeZone: 'Europe/Paris', dateStyle: 'short' });
const dateTimeFormat = new Intl.DateTimeFormat('fr-FR', {
  timeZone: 'Europe/Paris',
  dateStyle: 'short',
  timeStyle: 'short',
});
const longDateFormat = new Intl.DateTimeFormat('fr-FR', { timeZone: 'Europe/Paris', dateStyle: 'long' });

function parse(iso: string | null | undefined): Date | null {
  if (iso === null || iso === undefined || iso === '') return null;
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? null : date;
}

/** « 24/11/2026 », or « — » when there is no date. */
export function formatDate(iso: string | null | undefined): string {
  const date = parse(iso);
  return date === null ? '—' : dateFormat.format(date);
}

/** « 24/11/2026 14:05 ». */
export function formatDateTime(iso: string | null | undefined): string {
  const date = parse(iso);
  return date === null ? '—' : dateTimeFormat.format(date);
}

/** « 24 novembre 2026 ». */
export function formatLongDate(iso: string | null | undefined): string {
  const date = parse(iso);
  return date === null ? '—' : longDateFormat.format(date);
}

function findDepartement(code: string) {
  for (const academie of ACADEMIES) {
    const departement = academie.departements.find((candidate) => candidate.code === code);
    if (departement !== undefined) return departement;
  }
  return undefined;
}

/** « Somme (80) », « Académie d’Amiens », « National ». */
export function formatTerritory(territory: Territory): string {
  switch (territory.level) {
    case 'national':
      return TERRITORY_LEVEL_LABELS.national;
    case 'academie':
      return ACADEMIES.some((academie) => academie.code === territory.code)
        ? academieLabel(territory.code)
        : `${TERRITORY_LEVEL_LABELS.academie} ${territory.code}`;
    case 'departement': {
      const departement = findDepartement(territory.code);
      return departement === undefined ? `Département ${territory.code}` : `${departement.name} (${departement.code})`;
    }
  }
}

/** The territory's own name, for a line that already states the level: « Amiens », « Somme (80) ». */
export function formatTerritoryName(territory: Territory): string {
  if (territory.level === 'national') return 'France entière';
  if (territory.level === 'academie') return academieName(territory.code);
  return formatTerritory(territory);
}

/** « Conseiller RH de proximité — Somme (80) ». */
export function formatRoleGrant(grant: RoleGrant): string {
  return `${ROLE_LABELS[grant.role]} — ${formatTerritory(grant.territory)}`;
}

const fullDateFormat = new Intl.DateTimeFormat('fr-FR', {
  timeZone: 'Europe/Paris',
  weekday: 'long',
  day: 'numeric',
  month: 'long',
  year: 'numeric',
});

/** « vendredi 27 novembre 2026 ». */
export function formatFullDate(iso: string | null | undefined): string {
  const date = parse(iso);
  return date === null ? '—' : fullDateFormat.format(date);
}

/** A calendar day (YYYY-MM-DD) read as such, whatever the time zone: « lundi 30 novembre 2026 ». */
export function formatDay(day: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day);
  if (match === null) return day;
  return formatFullDate(`${match[1]}-${match[2]}-${match[3]}T12:00:00Z`);
}

/** « 2,4 Mo », « 830 ko ». */
export function formatFileSize(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${(bytes / (1024 * 1024)).toLocaleString('fr-FR', { maximumFractionDigits: 1 })} Mo`;
  return `${Math.max(1, Math.round(bytes / 1024)).toLocaleString('fr-FR')} ko`;
}
