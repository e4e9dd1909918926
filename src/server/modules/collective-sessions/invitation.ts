import { createEvent, type EventAttributes } from 'ics';
import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';
import { registrationsWithSession, type RegistrationRow } from './repository.ts';

/** An iCalendar invitation, as nodemailer attaches it (`icalEvent`) and as a file. */
export interface SessionInvitation { method: 'REQUEST' | 'CANCEL'; filename: string; content: string }

/** One UID per registration: the agent's calendar updates or removes the event it already holds. */
export const sessionInvitationUid = (registrationId: string) => `atelier-${registrationId}@proxirh`;

/**
 * The .ics of a registration: METHOD:REQUEST for a seat (SEQUENCE: the session's, raised by each
 * change), METHOD:CANCEL when the agent leaves or the session is cancelled (one above it). It says
 * what, when and where (the place, or the visio link); never anything of the agent's requests.
 */
export function buildSessionInvitation(r: RegistrationRow, method: SessionInvitation['method']): SessionInvitation {
  const where = r.visio_url ?? [r.place_label, r.place_address].filter(Boolean).join(', ');
  const attributes: EventAttributes = {
    uid: sessionInvitationUid(r.id),
    productId: 'proxirh/ateliers',
    method,
    sequence: method === 'CANCEL' ? r.sequence + 1 : r.sequence,
    status: method === 'CANCEL' ? 'CANCELLED' : 'CONFIRMED',
    start: r.starts_at.getTime(), startInputType: 'utc', startOutputType: 'utc',
    end: r.ends_at.getTime(), endInputType: 'utc', endOutputType: 'utc',
    title: r.title,
    description: `${r.title}, organisé par le service RH de proximité (${r.organiser_name}).${r.visio_url ? ` Lien : ${r.visio_url}` : ''}`,
    location: where,
    ...(r.visio_url ? { url: r.visio_url } : {}),
    organizer: { name: r.organiser_name, email: r.organiser_email },
    attendees: [{ name: r.agent_name, email: r.agent_email, rsvp: false, partstat: 'ACCEPTED', role: 'REQ-PARTICIPANT' }],
  };
  const { error, value } = createEvent(attributes);
  if (error || !value) throw error ?? new Error('Invitation iCalendar impossible à écrire.');
  return { method, filename: method === 'CANCEL' ? 'annulation.ics' : 'invitation.ics', content: value };
}

const REQUESTS = new Set(['session.registered', 'session.promoted', 'session.updated']);
const CANCELS = new Set(['session.unregistered', 'session.cancelled']);

/** The invitation a mail of the sessions carries, read from the registration at delivery; none for the waiting list nor a reminder. */
export async function sessionInvitation(db: Kysely<DB>, template: string, registrationId: string): Promise<SessionInvitation | undefined> {
  if (!REQUESTS.has(template) && !CANCELS.has(template)) return undefined;
  const row = await registrationsWithSession(db).where('r.id', '=', registrationId).executeTakeFirst();
  if (!row) return undefined;
  return buildSessionInvitation(row, CANCELS.has(template) ? 'CANCEL' : 'REQUEST');
}
