import type { Session } from '../../shared/contracts/auth.ts';
import { handledDepartements, sessionAbilities } from '../policies/index.ts';
import type { CurrentUser } from './current-user.ts';

/** The session as the interface reads it: who, their grants (to show), and what it may offer them. */
export function presentSession(user: CurrentUser): Session {
  return {
    user: { id: user.id, displayName: user.displayName, email: user.email },
    roles: user.roles,
    csrfToken: user.csrfToken,
    abilities: sessionAbilities(user),
    departements: handledDepartements(user),
  };
}
