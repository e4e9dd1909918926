import type { Transaction } from 'kysely';
import type { DB } from '../../db/schema.ts';
import type { MailSender } from '../../mail/sender.ts';
import type { AppointmentMode } from '../../../shared/contracts/appointments.ts';

/** What the mails of an appointment say: when, how, where, with whom. Never the reason nor a request's content. */
export interface AppointmentNotice {
  appointmentId: string; to: string; academieCode: string; startsAt: Date; mode: AppointmentMode; placeLabel: string; adviserName: string;
}

/** The mails of the appointments, queued inside the transaction of the change they report. */
export interface AppointmentMails {
  confirmed(trx: Transaction<DB>, notice: AppointmentNotice): Promise<void>;
  cancelled(trx: Transaction<DB>, notice: AppointmentNotice & { cancelledBy: 'agent' | 'adviser' }): Promise<void>;
  reminder(trx: Transaction<DB>, notice: AppointmentNotice): Promise<void>;
  /** Moved (by the agent or the adviser): the new time, and the same invitation with a raised SEQUENCE. */
  moved(trx: Transaction<DB>, notice: AppointmentNotice & { previousStartsAt: Date; movedBy: 'agent' | 'adviser' }): Promise<void>;
  /** A freed slot offered to an agent waiting for an earlier one: when, how, where, with whom; nothing of a request. */
  slotOffered(trx: Transaction<DB>, offer: Omit<AppointmentNotice, 'appointmentId'>): Promise<void>;
}

export function appointmentMails(deps: { config: { publicUrl: string }; mail: MailSender }): AppointmentMails {
  const link = `${deps.config.publicUrl.replace(/\/$/, '')}/mes-rendez-vous`;
  const data = (n: AppointmentNotice) => ({
    appointmentId: n.appointmentId, startsAt: n.startsAt.toISOString(), mode: n.mode, placeLabel: n.placeLabel, adviserName: n.adviserName, link,
  });
  return {
    confirmed: (trx, n) => deps.mail.send(trx, { template: 'appointment.confirmed', to: n.to, academieCode: n.academieCode, data: data(n) }),
    cancelled: (trx, n) => deps.mail.send(trx, { template: 'appointment.cancelled', to: n.to, academieCode: n.academieCode,
      data: { ...data(n), cancelledBy: n.cancelledBy } }),
    reminder: (trx, n) => deps.mail.send(trx, { template: 'appointment.reminder', to: n.to, academieCode: n.academieCode, data: data(n) }),
    moved: (trx, n) => deps.mail.send(trx, { template: 'appointment.moved', to: n.to, academieCode: n.academieCode,
      data: { ...data(n), previousStartsAt: n.previousStartsAt.toISOString(), movedBy: n.movedBy } }),
    slotOffered: (trx, n) => deps.mail.send(trx, { template: 'earlier_slot.offered', to: n.to, academieCode: n.academieCode,
      data: { startsAt: n.startsAt.toISOString(), mode: n.mode, placeLabel: n.placeLabel, adviserName: n.adviserName, link: `${link}/calendrier` } }),
  };
}
