import { departementName } from '../../shared/territories.ts';
import type { Session } from '../../shared/contracts/auth.ts';

export interface DepartementChoice {
  code: string;
  name: string;
}

/**
 * The départements a staff member handles requests for, as the server computed them for the
 * session (in reference order); an empty list for a national grant (no single list makes sense).
 */
export function staffDepartements(session: Pick<Session, 'departements'>): DepartementChoice[] {
  return session.departements.map((code) => ({ code, name: departementName(code) }));
}
