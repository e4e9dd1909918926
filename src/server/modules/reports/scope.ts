import { NATIONAL_CODE, academieLabel, departementName, isKnownTerritory, type Territory } from '../../../shared/territories.ts';
import type { ReportLevel } from '../../../shared/contracts/reports.ts';
import type { CurrentUser } from '../../auth/current-user.ts';
import { AppError, forbidden, invalid } from '../../errors/app-error.ts';
import { can } from '../../policies/index.ts';

/** What a report covers: a territory, or the requests of one adviser (their own report). */
export type ReportScope = Territory | { level: 'adviser'; code: string };

/**
 * The scope asked for, checked: it exists, and the policy layer lets the caller steer it.
 * `adviser` is always the caller's own requests.
 */
export function resolveScope(user: CurrentUser, level: ReportLevel, code: string | undefined): ReportScope {
  if (level === 'adviser') {
    if (!can(user, 'report.read', 'mine')) throw forbidden('Seuls les conseillers disposent d’un rapport de leurs propres demandes.');
    return { level: 'adviser', code: user.id };
  }
  const territory: Territory = { level, code: level === 'national' ? NATIONAL_CODE : (code ?? '').toUpperCase() };
  if (level !== 'national' && !code) throw invalid([{ field: 'code', message: 'Indiquez le code du territoire.' }]);
  if (!isKnownTerritory(territory)) throw new AppError('not_found', 'Ce territoire est inconnu.');
  if (!can(user, 'report.read', territory)) throw forbidden('Ce territoire ne fait pas partie de votre périmètre de pilotage.');
  return territory;
}

/** « France entière », « Académie d’Amiens », « Somme (80) », « Demandes suivies par … ». */
export function scopeLabel(scope: ReportScope, adviserName?: string): string {
  if (scope.level === 'national') return 'France entière';
  if (scope.level === 'academie') return academieLabel(scope.code);
  if (scope.level === 'departement') return `${departementName(scope.code)} (${scope.code})`;
  return adviserName ? `Demandes suivies par ${adviserName}` : 'Mes demandes suivies';
}
