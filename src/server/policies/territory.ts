import { ACADEMIES, type Territory } from '../../shared/territories.ts';

const academieOfDepartement = new Map(ACADEMIES.flatMap((a) => a.departements.map((d) => [d.code, a.code] as const)));

export function academieOf(departementCode: string): string | undefined {
  return academieOfDepartement.get(departementCode);
}

export function isKnownTerritory(t: Territory): boolean {
  if (t.level === 'national') return true;
  if (t.level === 'academie') return ACADEMIES.some((a) => a.code === t.code);
  return academieOfDepartement.has(t.code);
}

/** Does a grant on `scope` reach `target`? National reaches all; an académie its départements. */
export function covers(scope: Territory, target: Territory): boolean {
  if (scope.level === 'national') return true;
  if (scope.level === 'academie') {
    if (target.level === 'academie') return target.code === scope.code;
    if (target.level === 'departement') return academieOf(target.code) === scope.code;
    return false;
  }
  return target.level === 'departement' && target.code === scope.code;
}

/** The département codes a grant reaches; `null` means every département (national). */
export function departementsCovered(scope: Territory): string[] | null {
  if (scope.level === 'national') return null;
  if (scope.level === 'academie') return ACADEMIES.find((a) => a.code === scope.code)?.departements.map((d) => d.code) ?? [];
  return [scope.code];
}
