import { ACADEMIES } from '../../shared/territories.ts';
import type { Session } from '../api/types.ts';
import { grantsFor } from './spaces.ts';

export interface DepartementChoice {
  code: string;
  name: string;
}

/**
 * The départements a staff member handles requests for (adviser and coordinator grants),
 * in reference order; an empty list for a national grant (no single list makes sense).
 */
export function staffDepartements(session: Pick<Session, 'roles'>): DepartementChoice[] {
  const codes = new Set<string>();
  for (const grant of [...grantsFor(session, 'adviser'), ...grantsFor(session, 'coordinator')]) {
    const { level, code } = grant.territory;
    if (level === 'national') return [];
    if (level === 'departement') codes.add(code);
    else ACADEMIES.find((academie) => academie.code === code)?.departements.forEach((d) => codes.add(d.code));
  }
  const choices: DepartementChoice[] = [];
  for (const academie of ACADEMIES) {
    for (const departement of academie.departements) if (codes.has(departement.code)) choices.push(departement);
  }
  return choices;
}
