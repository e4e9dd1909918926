import { ROLE_SPACES, type Role } from '../../shared/glossary.ts';
import type { RoleGrant, Session, SessionAbility } from '../../shared/contracts/auth.ts';

/** A space of the menu: opened by an ability of the session; `role` only names the grants it shows. */
export interface Space {
  ability: SessionAbility;
  role: Role;
  label: string;
  path: string;
}

/**
 * Every space, each opened by one ability the server sends with the session. The order is the
 * menu's (that of the role codes, as it has always been); the first space a person has is home.
 */
const SPACES: Space[] = ([
  ['administer', 'admin'],
  ['adviseRequests', 'adviser'],
  ['submitRequests', 'agent'],
  ['receiveReferrals', 'contact_point'],
  ['coordinateRequests', 'coordinator'],
  ['editContent', 'editor'],
  ['steer', 'steering'],
] as const).map(([ability, role]) => ({ ability, role, ...ROLE_SPACES[role] }));

/** The spaces this person may open, in menu order. */
export function spacesFor(session: Pick<Session, 'abilities'>): Space[] {
  return SPACES.filter((space) => session.abilities[space.ability]);
}

export function spaceOf(ability: SessionAbility): Space | undefined {
  return SPACES.find((space) => space.ability === ability);
}

/** The space a person lands in after signing in: their first. */
export function homePathOf(session: Pick<Session, 'abilities'>): string {
  return spacesFor(session)[0]?.path ?? '/';
}

/**
 * The grants behind the space an ability opens, to say where it reaches (« Votre territoire :
 * … »). Display only: what a person may do is read from `session.abilities`.
 */
export function spaceGrants(session: Pick<Session, 'roles'>, ability: SessionAbility): RoleGrant[] {
  const role = spaceOf(ability)?.role;
  return session.roles.filter((grant) => grant.role === role);
}
