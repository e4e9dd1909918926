import type { CurrentUser } from '../auth/current-user.ts';
import { requestRules, requestsRouteRules } from './requests.ts';
import { reportRules, reportsRouteRules } from './reports.ts';
import { satisfactionRouteRules, surveyCommentRules } from './satisfaction.ts';
import { administrationRouteRules } from './administration.ts';
import { adviserListRules, peopleRouteRules } from './people.ts';
import { hasRole } from './roles.ts';

/*
 * The one registry of ProxiRH's abilities. Each policy file (one per resource) states its rules
 * as sentences; this file only gathers them. Two kinds:
 * - route abilities, decided on the person alone: what a route declares (`config.access`);
 * - record abilities, decided on a record or a territory: checked where the record is loaded.
 * A route cannot declare a record ability (the type refuses it), so no rule ever runs without
 * the record it needs.
 */

const routeRules = {
  ...peopleRouteRules,
  ...requestsRouteRules,
  ...reportsRouteRules,
  ...satisfactionRouteRules,
  ...administrationRouteRules,
};

const recordRules = {
  ...requestRules,
  ...reportRules,
  ...surveyCommentRules,
  ...adviserListRules,
};

export type RouteAbility = keyof typeof routeRules;
export type RecordAbility = keyof typeof recordRules;
export type ResourceOf<A extends RecordAbility> = Parameters<(typeof recordRules)[A]>[1];

/** May this person use a route that needs this ability? Nobody signed in: never. */
export function allows(user: CurrentUser | null, ability: RouteAbility): boolean {
  return user !== null && routeRules[ability](user);
}

/** May this person do this to this record? Nobody signed in: never. */
export function can<A extends RecordAbility>(user: CurrentUser | null, ability: A, resource: ResourceOf<A>): boolean {
  if (user === null) return false;
  const rule = recordRules[ability] as (user: CurrentUser, resource: ResourceOf<A>) => boolean;
  return rule(user, resource);
}

/**
 * What the interface may offer this person, as named booleans sent with the session: the
 * interface never infers them from role names.
 */
export function sessionAbilities(user: CurrentUser) {
  return {
    /** « Mon espace »: their own requests. */
    submitRequests: allows(user, 'requests.submit'),
    /** « Ma file »: the adviser's queue. */
    adviseRequests: hasRole(user, 'adviser'),
    /** Log a call, open a request as staff. */
    handleRequests: allows(user, 'requests.handle'),
    /** « Coordination »: assign, watch delays. */
    coordinateRequests: hasRole(user, 'coordinator'),
    readSurveyComments: allows(user, 'surveys.comments'),
    manageSurveyPanels: allows(user, 'panels.manage'),
    /** « Orientations reçues ». */
    receiveReferrals: hasRole(user, 'contact_point'),
    /** « Contenus ». */
    editContent: hasRole(user, 'editor'),
    /** « Pilotage ». */
    readReports: allows(user, 'reports.read'),
    manageAbsences: allows(user, 'absences.manage'),
    /** « Administration ». */
    administer: allows(user, 'accounts.list'),
  };
}

export type { RequestFacts, RequestAction, RequestVisibility } from './requests.ts';
export { requestVisibility, handledScope, handlesDepartement, keepsLoggedRequest, readingRole, isRequestStaff } from './requests.ts';
export { administeredScope, administeredAcademies } from './administration.ts';
