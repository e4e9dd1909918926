import type { RoleGrant } from './current-user.ts';

export function presentSession(user: { id: string; displayName: string; email: string; roles: RoleGrant[]; csrfToken: string }) {
  return {
    user: { id: user.id, displayName: user.displayName, email: user.email },
    roles: user.roles,
    csrfToken: user.csrfToken,
  };
}
