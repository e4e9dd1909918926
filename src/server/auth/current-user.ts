import type { Role } from '../../shared/glossary.ts';
import type { Territory } from '../../shared/territories.ts';

export interface RoleGrant { role: Role; territory: Territory }

/** Who is calling: built from the session on every request, never trusted from the client. */
export interface CurrentUser {
  id: string;
  displayName: string;
  email: string;
  roles: RoleGrant[];
  /** Where the person works, for agent-side rules (assignment, home territory). */
  departementCode: string | null;
  academieCode: string | null;
  csrfToken: string;
  sessionTokenHash: string;
}
