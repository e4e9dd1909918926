import { createEvent, type EventAttributes } from 'ics';
import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';
import { appointmentsWithPeople, type AppointmentRow } from './repository.ts';

/** An iCalendar invitation, as nodemailer attaches it (`icalEvent`) and as a file. */
export interface Invitation { method: 'REQUEST' | 'CANCEL'; filename: string; content: string }

const MODE_WORDS = { in_person: 'sur place', visio: 'en visioconférence', phone: 'par téléphone' } as const;

/** The same UID for every version of one appointment: a calendar updates or removes the event it already holds. */
export const invitationUid = (appointmentId: string) => `rendez-vous-${appointmentId}@proxirh`;

/**
 * The .ics of an appointment: METHOD:REQUEST when it is confirmed (SEQUENCE 0), METHOD:CANCEL
 * with its raised SEQUENCE once cancelled. It says when, where (the place and its address, or
 * the visio link) and with whom; never the reason nor anything of a request.
 */
export function buildInvitation(a: AppointmentRow, method: Invitation['method'], version?: number): Invitation {
  const where = a.visio_url ?? [a.place_label, a.place_address].filter(Boolean).join(', ');
  const attributes: EventAttributes = {
    uid: invitationUid(a.id),
    productId: 'proxirh/rendez-vous',
    method,
    // The confirmation is version 0; a move or a cancellation carries the raised SEQUENCE: the calendar replaces the version it holds.
    sequence: method === 'CANCEL' ? Math.max(1, a.sequence) : (version ?? 0),
    status: method === 'CANCEL' ? 'CANCELLED' : 'CONFIRMED',
    start: a.starts_at.getTime(),
    startInputType: 'utc',
    startOutputType: 'utc',
    end: a.ends_at.getTime(),
    endInputType: 'utc',
    endOutputType: 'utc',
    title: `Rendez-vous RH de proximité avec ${a.adviser_name}`,
    description: `Rendez-vous ${MODE_WORDS[a.mode]} avec ${a.adviser_name}, conseiller RH de proximité.${a.visio_url ? ` Lien : ${a.visio_url}` : ''}`,
    location: where,
    ...(a.visio_url ? { url: a.visio_url } : {}),
    organizer: { name: a.adviser_name, email: a.adviser_email },
    attendees: [{ name: a.agent_name, email: a.agent_email, rsvp: false, partstat: 'ACCEPTED', role: 'REQ-PARTICIPANT' }],
  };
  const { error, value } = createEvent(attributes);
  if (error || !value) throw error ?? new Error('Invitation iCalendar impossible à écrire.');
  return { method, filename: method === 'CANCEL' ? 'annulation.ics' : 'invitation.ics', content: value };
}

/** The invitation a mail of the appointments carries, read from the appointment at delivery; none for a reminder. */
export async function appointmentInvitation(db: Kysely<DB>, template: string, appointmentId: string): Promise<Invitation | undefined> {
  if (template !== 'appointment.confirmed' && template !== 'appointment.cancelled' && template !== 'appointment.moved') return undefined;
  const row = await appointmentsWithPeople(db).where('a.id', '=', appointmentId).executeTakeFirst();
  if (!row) return undefined;
  return buildInvitation(row, template === 'appointment.cancelled' ? 'CANCEL' : 'REQUEST', template === 'appointment.moved' ? row.sequence : undefined);
}
