import { ACADEMIES, NATIONAL_CODE, type Territory } from '../../../shared/territories.ts';
import type { ReportScopeOption } from '../../../shared/contracts/reports.ts';
import type { CurrentUser } from '../../auth/current-user.ts';
import { can } from '../../policies/index.ts';
import { scopeLabel } from './scope.ts';

/** The scopes a caller may open a report on, broadest first, for the scope picker. */
export function listReportScopes(user: CurrentUser): ReportScopeOption[] {
  const scopes: ReportScopeOption[] = [];
  const add = (t: Territory) => {
    if (can(user, 'report.read', t) && !scopes.some((s) => s.level === t.level && s.code === t.code)) {
      scopes.push({ level: t.level, code: t.code, label: scopeLabel(t) });
    }
  };
  add({ level: 'national', code: NATIONAL_CODE });
  for (const academie of ACADEMIES) add({ level: 'academie', code: academie.code });
  for (const academie of ACADEMIES) for (const d of academie.departements) add({ level: 'departement', code: d.code });
  if (can(user, 'report.read', 'mine')) scopes.push({ level: 'adviser', code: user.id, label: 'Mes demandes suivies' });
  return scopes;
}
