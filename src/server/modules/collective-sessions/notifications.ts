import type { Transaction } from 'kysely';
import type { DB } from '../../db/schema.ts';
import type { MailSender } from '../../mail/sender.ts';
import type { RegistrationRow } from './repository.ts';

export type SessionMailTemplate = 'session.registered' | 'session.waiting' | 'session.promoted' | 'session.unregistered'
  | 'session.updated' | 'session.cancelled' | 'session.reminder';

/** The mails of the collective sessions, queued inside the transaction of the change they report. */
export interface SessionMails {
  send(trx: Transaction<DB>, template: SessionMailTemplate, registration: RegistrationRow, extra?: { position: number }): Promise<void>;
}

export const SESSIONS_PAGE = '/ateliers-et-reunions';

export function sessionMails(deps: { config: { publicUrl: string }; mail: MailSender }): SessionMails {
  const link = `${deps.config.publicUrl.replace(/\/$/, '')}${SESSIONS_PAGE}`;
  return {
    send: (trx, template, r, extra) => deps.mail.send(trx, {
      template, to: r.agent_email, academieCode: r.academie_code,
      data: {
        registrationId: r.id, title: r.title, startsAt: r.starts_at.toISOString(), mode: r.place_kind === 'visio' ? 'visio' : 'in_person',
        placeLabel: r.place_label, link, ...(extra ? { position: String(extra.position) } : {}),
      },
    }),
  };
}
