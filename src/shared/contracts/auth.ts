/**
 * The contract of sign-in and the session: the demo accounts, the OpenID Connect entry, and the
 * session the interface reads on load. The web takes its types from here with `import type`.
 */
import { Type, type Static } from 'typebox';
import { ROLES } from '../glossary.ts';
import { oneOf } from './common.ts';

export const Territory = Type.Object({
  level: Type.Union([Type.Literal('national'), Type.Literal('academie'), Type.Literal('departement')]),
  code: Type.String(),
});
export type Territory = Static<typeof Territory>;

/** A role held on a territory. Shown to people (labels); the interface never decides on it. */
export const RoleGrant = Type.Object({ role: oneOf(ROLES), territory: Territory });
export type RoleGrant = Static<typeof RoleGrant>;

export const SessionUser = Type.Object({ id: Type.String(), displayName: Type.String(), email: Type.String() });
export type SessionUser = Static<typeof SessionUser>;

/**
 * What the interface may offer the signed-in person, decided by the server's policies
 * (`sessionAbilities`): the menu, the home page and the guards of the pages read these, never
 * role names. The server still refuses, route by route, what a person may not do.
 */
export const SessionAbilities = Type.Object({
  /** « Mon espace »: their own requests. */
  submitRequests: Type.Boolean(),
  /** « Ma file »: the adviser's queue. */
  adviseRequests: Type.Boolean(),
  /** Log a call, read a request as staff (`/demandes/:id`). */
  handleRequests: Type.Boolean(),
  /** « Coordination »: assign, watch delays. */
  coordinateRequests: Type.Boolean(),
  /** The free text of the satisfaction answers of their académie. */
  readSurveyComments: Type.Boolean(),
  /** The national survey panel. */
  manageSurveyPanels: Type.Boolean(),
  /** « Orientations reçues ». */
  receiveReferrals: Type.Boolean(),
  /** The directory of the orientation network, and orienting a request to one of its contact points. */
  readDirectory: Type.Boolean(),
  /** « Annuaire » management: create and change the contact points of their territory, their members. */
  manageDirectory: Type.Boolean(),
  /** « Contenus ». */
  editContent: Type.Boolean(),
  /** « Pilotage » as their space (a steering grant). */
  steer: Type.Boolean(),
  /** The reports page: some report is open to them (steering, coordination, an adviser's own). */
  readReports: Type.Boolean(),
  /** « Mes absences ». */
  manageAbsences: Type.Boolean(),
  /** « Prendre rendez-vous »: book a slot with an adviser, for themself. */
  bookAppointments: Type.Boolean(),
  /** « Mes permanences »: the office hours they hold, or those of the advisers of their territory. */
  manageOfficeHours: Type.Boolean(),
  /** « Ateliers et réunions »: the collective sessions offered to them, registration. */
  attendSessions: Type.Boolean(),
  /** Organise collective sessions (registered people, waiting list, attendance). */
  organiseSessions: Type.Boolean(),
  /** « Planning de permanence » of the phone line, its number and hours. */
  planPhoneLine: Type.Boolean(),
  /** The adviser's phone-line shifts and « Enregistrer un appel ». */
  answerPhoneLine: Type.Boolean(),
  /** « Administration ». */
  administer: Type.Boolean(),
});
export type SessionAbilities = Static<typeof SessionAbilities>;
export type SessionAbility = keyof SessionAbilities;

/** API.md's `{ user, roles, csrfToken }`, extended with what the interface may offer. */
export const Session = Type.Object({
  user: SessionUser,
  roles: Type.Array(RoleGrant),
  csrfToken: Type.String(),
  abilities: SessionAbilities,
  /** The départements whose requests they handle, in reference order; empty for a national grant or none. */
  departements: Type.Array(Type.String()),
});
export type Session = Static<typeof Session>;

export const AuthConfig = Type.Object({ demoMode: Type.Boolean(), oidcEnabled: Type.Boolean() });
export type AuthConfig = Static<typeof AuthConfig>;

export const DemoAccount = Type.Object({
  id: Type.String(),
  displayName: Type.String(),
  email: Type.String(),
  description: Type.String(),
  roles: Type.Array(RoleGrant),
});
export type DemoAccount = Static<typeof DemoAccount>;
export const DemoAccounts = Type.Array(DemoAccount);
export type DemoAccounts = Static<typeof DemoAccounts>;

/** Left a plain string as published: an id that is no demo account's (malformed included) is a 404, as is demo mode off. */
export const DemoLoginBody = Type.Object({ accountId: Type.String({ minLength: 1, maxLength: 64 }) });
export type DemoLoginBody = Static<typeof DemoLoginBody>;

/** Where to come back after the identity provider (a path of this site; anything else is `/`). */
export const OidcLoginQuery = Type.Object({ returnTo: Type.Optional(Type.String()) });
export type OidcLoginQuery = Static<typeof OidcLoginQuery>;
