import type { CurrentUser } from '../auth/current-user.ts';
import { covers, type Scope } from '../../shared/territories.ts';
import { grantsOf, hasRole, scopeAs } from './roles.ts';
import type { RecordRules, RouteRules } from './rule.ts';

/** What a policy needs to know of an office hour. */
export interface OfficeHourFacts { adviserId: string; departementCode: string }

/** What a policy needs to know of an appointment: never the request it belongs to. */
export interface AppointmentFacts {
  agentId: string;
  adviserId: string;
  status: 'booked' | 'cancelled' | 'held' | 'no_show' | 'excused';
  startsAt: Date;
  /** The académie's delay (hours before the start) until which the agent may cancel online. */
  agentCancelHours: number;
  now: Date;
}

const coordinatesDepartement = (user: CurrentUser, code: string) =>
  grantsOf(user, 'coordinator').some((t) => covers(t, { level: 'departement', code }));

export const appointmentRouteRules = {
  /** Office hours are held by advisers; the coordinator manages those of their territory. */
  'officeHours.manage': (user) => hasRole(user, 'adviser') || hasRole(user, 'coordinator'),
  /** Free slots: the agents who book, and the staff who book with them or check their offer. */
  'slots.read': (user) => hasRole(user, 'agent') || hasRole(user, 'adviser') || hasRole(user, 'coordinator'),
  /** Booking: an agent, for themself. */
  'appointments.book': (user) => hasRole(user, 'agent'),
  /** Their appointments: an agent's own, an adviser's with them. */
  'appointments.list': (user) => hasRole(user, 'agent') || hasRole(user, 'adviser'),
  /** The day and week views of the appointments an adviser holds. */
  'agenda.read': (user) => hasRole(user, 'adviser'),
  /** « Être prévenu d'un créneau plus tôt »: an agent, for themself. */
  'earlierSlots.wish': (user) => hasRole(user, 'agent'),
  /** A private calendar feed of one's own appointments: advisers, and agents who want one. */
  'calendarFeeds.manage': (user) => hasRole(user, 'agent') || hasRole(user, 'adviser'),
} satisfies RouteRules;

export const officeHourRules = {
  /** An adviser manages their own office hours in their territory; a coordinator those of the advisers of their territory. */
  'officeHour.manage': (user, o) => (o.adviserId === user.id && grantsOf(user, 'adviser').some((t) => covers(t, { level: 'departement', code: o.departementCode })))
    || coordinatesDepartement(user, o.departementCode),
} satisfies RecordRules<OfficeHourFacts>;

export const appointmentRules = {
  /**
   * The agent cancels online while the appointment is booked and the académie's delay is not past;
   * the adviser cancels a booked appointment at any time (with a message to the agent).
   */
  'appointment.cancel': (user, a) => a.status === 'booked' && (
    (a.adviserId === user.id && hasRole(user, 'adviser'))
    || (a.agentId === user.id && a.startsAt.getTime() - a.now.getTime() >= a.agentCancelHours * 3_600_000)),
  /** Moving follows cancelling: the agent within the académie's delay, the adviser at any time before it begins. */
  'appointment.move': (user, a) => a.status === 'booked' && a.startsAt.getTime() > a.now.getTime() && (
    (a.adviserId === user.id && hasRole(user, 'adviser'))
    || (a.agentId === user.id && a.startsAt.getTime() - a.now.getTime() >= a.agentCancelHours * 3_600_000)),
  /** Held, no-show or excused: said by its adviser, once it has begun, of an appointment not cancelled. */
  'appointment.setStatus': (user, a) => a.adviserId === user.id && hasRole(user, 'adviser') && a.status !== 'cancelled'
    && a.startsAt.getTime() <= a.now.getTime(),
} satisfies RecordRules<AppointmentFacts>;

/** Whose office hours a person manages: their own (adviser), those of a territory (coordinator). */
export interface OfficeHourScope { adviserId: string | null; departementsIn: Scope }
export function officeHourScope(user: CurrentUser): OfficeHourScope {
  return { adviserId: hasRole(user, 'adviser') ? user.id : null, departementsIn: scopeAs(user, 'coordinator') };
}

/** May a coordinator (or the adviser themself) give office hours to this adviser, of this département? */
export function mayHoldOfficeHoursIn(user: CurrentUser, adviserId: string, departementCode: string): boolean {
  return officeHourRules['officeHour.manage'](user, { adviserId, departementCode });
}

/** Is an office hour reserved to a territory open to this person (their département, or staff of it)? */
export function reachesReservedOfficeHour(user: CurrentUser, reservedTo: { level: string; code: string }): boolean {
  const target = reservedTo.level === 'academie' ? { level: 'academie' as const, code: reservedTo.code } : { level: 'departement' as const, code: reservedTo.code };
  if (user.departementCode && covers(target, { level: 'departement', code: user.departementCode })) return true;
  return grantsOf(user, 'adviser', 'coordinator').some((t) => covers(t, target) || covers(target, t));
}
