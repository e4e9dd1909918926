import type { CurrentUser } from '../auth/current-user.ts';
import { handledScope, requestRules, requestsRouteRules } from './requests.ts';
import { reportRules, reportsRouteRules } from './reports.ts';
import { satisfactionRouteRules, surveyCommentRules } from './satisfaction.ts';
import { administeredTerritoryRules, administrationRouteRules } from './administration.ts';
import { adviserListRules, peopleRouteRules } from './people.ts';
import { contactPointRouteRules, contactPointRules } from './contact-points.ts';
import { referralRouteRules, referralRules, requestReferralRules } from './referrals.ts';
import { appointmentRouteRules, appointmentRules, officeHourRules } from './appointments.ts';
import { collectiveSessionRouteRules, collectiveSessionRules, sessionAudienceRules } from './collective-sessions.ts';
import { phoneLineRouteRules, phoneLineRules } from './phone-line.ts';
import { keyDateRouteRules, keyDateRules } from './key-dates.ts';
import { newsletterRouteRules, newsletterRules } from './newsletters.ts';
import { articleRules, knowledgeBaseRouteRules } from './knowledge-base.ts';
import { hasRole } from './roles.ts';
import { ACADEMIES } from '../../shared/territories.ts';
import type { SessionAbilities } from '../../shared/contracts/auth.ts';

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
  ...contactPointRouteRules,
  ...referralRouteRules,
  ...appointmentRouteRules,
  ...keyDateRouteRules,
  ...newsletterRouteRules,
  ...collectiveSessionRouteRules,
  ...phoneLineRouteRules,
  ...knowledgeBaseRouteRules,
};

const recordRules = {
  ...requestRules,
  ...reportRules,
  ...surveyCommentRules,
  ...adviserListRules,
  ...contactPointRules,
  ...referralRules,
  ...requestReferralRules,
  ...administeredTerritoryRules,
  ...officeHourRules,
  ...appointmentRules,
  ...keyDateRules,
  ...newsletterRules,
  ...collectiveSessionRules,
  ...sessionAudienceRules,
  ...phoneLineRules,
  ...articleRules,
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
 * interface builds its menu, home page and page guards from them, never from role names.
 */
export function sessionAbilities(user: CurrentUser): SessionAbilities {
  return {
    submitRequests: allows(user, 'requests.submit'),
    adviseRequests: hasRole(user, 'adviser'),
    handleRequests: allows(user, 'requests.handle'),
    coordinateRequests: hasRole(user, 'coordinator'),
    readSurveyComments: allows(user, 'surveys.comments'),
    manageSurveyPanels: allows(user, 'panels.manage'),
    receiveReferrals: hasRole(user, 'contact_point'),
    readDirectory: allows(user, 'directory.read'),
    manageDirectory: allows(user, 'contactPoints.manage'),
    editContent: hasRole(user, 'editor'),
    steer: hasRole(user, 'steering'),
    readReports: allows(user, 'reports.read'),
    manageAbsences: allows(user, 'absences.manage'),
    bookAppointments: allows(user, 'appointments.book'),
    manageOfficeHours: allows(user, 'officeHours.manage'),
    attendSessions: allows(user, 'collectiveSessions.attend'),
    organiseSessions: allows(user, 'collectiveSessions.organise'),
    planPhoneLine: allows(user, 'phoneLine.plan'),
    answerPhoneLine: allows(user, 'phoneLine.answer'),
    administer: allows(user, 'accounts.list'),
  };
}

/**
 * The départements whose requests a staff member handles, in reference order, for the filters
 * of their lists. None for a national grant (no single list makes sense) nor for non-staff.
 */
export function handledDepartements(user: CurrentUser): string[] {
  const scope = handledScope(user);
  if (scope.everywhere) return [];
  return ACADEMIES.flatMap((a) => a.departements.map((d) => d.code)).filter((code) => scope.departements.includes(code));
}

export type { RequestFacts, RequestAction, RequestVisibility } from './requests.ts';
export { requestVisibility, handledScope, handlesDepartement, keepsLoggedRequest, readingRole, isRequestStaff } from './requests.ts';
export { administeredScope, isAdministratorGrant } from './administration.ts';
export { mayBeMemberOf, memberGrantTerritories, type ContactPointFacts } from './contact-points.ts';
export type { ReferralFacts } from './referrals.ts';
export { officeHourScope, mayHoldOfficeHoursIn, reachesReservedOfficeHour, type OfficeHourFacts, type AppointmentFacts, type OfficeHourScope } from './appointments.ts';
export { organisedSessionScope, mayOrganiseIn, type CollectiveSessionFacts, type SessionAudienceFacts } from './collective-sessions.ts';
export type { PhoneLineFacts } from './phone-line.ts';
export { editsFor, editedAcademies, type EditorialFacts } from './key-dates.ts';
export type { NewsletterFacts } from './newsletters.ts';
export { articleReadership, editsKnowledgeFor, type ArticleFacts, type ArticleReadership } from './knowledge-base.ts';
