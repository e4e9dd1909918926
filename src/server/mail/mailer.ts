import nodemailer from 'nodemailer';
import { Type } from 'typebox';
import { Value } from 'typebox/value';
import type { Kysely } from 'kysely';
import type { Logger } from 'pino';
import type { Config } from '../config.ts';
import type { DB } from '../db/schema.ts';
import { MailPayloadError, assertMailRequest, renderMail, secretLinkOf, type MailRequest } from './templates.ts';
import type { SecretLinkRef } from './template-kit.ts';
import type { SecretLinkMinters } from './secret-links.ts';
import { monthlyReportAttachment } from '../modules/reports/monthly-report-attachment.ts';
import { appointmentInvitation } from '../modules/appointments/invitation.ts';
import { sessionInvitation } from '../modules/collective-sessions/invitation.ts';

export type MailTransport = 'smtp' | 'outbox';

/** Logs get the template, the mail id and the transport: never an address or a subject. */
export type MailLogger = Pick<Logger, 'info' | 'warn'>;

/** A mail ready to deliver: its id (chosen when it was queued), one recipient, a template and its payload. */
export type OutgoingMail = MailRequest & { id: string; to: string; academieCode?: string | null };

export interface MailAttachment { filename: string; content: Buffer; contentType: string }
/** An iCalendar invitation: sent as the text/calendar alternative of the mail (nodemailer's `icalEvent`). */
export interface MailCalendarEvent { method: 'REQUEST' | 'CANCEL'; filename: string; content: string }
interface RelayMessage {
  id: string; to: string; subject: string; text: string; html: string; attachments?: MailAttachment[]; icalEvent?: MailCalendarEvent;
  /** Headers of this mail's own (the newsletter's List-Unsubscribe, RFC 8058); never an address nor content. */
  headers?: Record<string, string>;
}

export interface Mailer {
  /** 'smtp' when SMTP_URL is set; 'outbox' (demo): the mail stays in the outbox table. */
  readonly transport: MailTransport;
  readonly publicUrl: string;
  readonly logger: MailLogger | undefined;
  /** Hands a rendered mail to the SMTP server; resolves to its Message-ID. SMTP only. */
  readonly relay: ((message: RelayMessage) => Promise<string>) | undefined;
  /** Who mints the one-time links of the mails that carry one (SMTP only: the outbox never shows them). */
  readonly secretLinks: SecretLinkMinters;
  close(): void;
}

/** The SMTP server refused or could not be reached. Says which mail and the SMTP code, no address. */
export class MailDeliveryError extends Error {
  constructor(readonly mailId: string, readonly code: string | undefined, readonly responseCode: number | undefined) {
    super(`Le courriel ${mailId} n'a pas pu être remis au serveur SMTP (${code ?? 'erreur'}${responseCode ? ` ${responseCode}` : ''}).`);
    this.name = 'MailDeliveryError';
  }
}

const Recipient = Type.String({ format: 'email', maxLength: 254 });
const MailId = Type.String({ format: 'uuid' });

/** Checks what no template can: the mail id and the recipient's address. */
export function assertEnvelope(template: string, envelope: { id: string; to: string }) {
  const fields = [
    ...(Value.Check(MailId, envelope.id) ? [] : ['id']),
    ...(Value.Check(Recipient, envelope.to) ? [] : ['to']),
  ];
  if (fields.length) throw new MailPayloadError(template, fields);
}

export function createMailer(
  config: Pick<Config, 'smtpUrl' | 'mailFrom' | 'publicUrl'>,
  options: { logger?: MailLogger; secretLinks?: SecretLinkMinters } = {},
): Mailer {
  const base = { publicUrl: config.publicUrl, logger: options.logger, secretLinks: options.secretLinks ?? {} };
  if (!config.smtpUrl) {
    return { ...base, transport: 'outbox', relay: undefined, close: () => {} };
  }
  // A pool: one SMTP connection carries up to 100 mails in turn (a newsletter's batch of 250 needs
  // three greetings, not 250), at most two at once per process; an idle one closes after 30 s.
  const transporter = nodemailer.createTransport({
    url: config.smtpUrl,
    pool: true,
    maxConnections: 2,
    maxMessages: 100,
    idleTimeout: 30_000,
    connectionTimeout: 15_000,
    greetingTimeout: 15_000,
    socketTimeout: 60_000,
  });
  const domain = new URL(config.publicUrl).hostname || 'proxirh.localhost';
  return {
    ...base,
    transport: 'smtp',
    async relay(message) {
      const info = await transporter.sendMail({
        from: config.mailFrom,
        to: message.to,
        subject: message.subject,
        text: message.text,
        html: message.html,
        attachments: message.attachments,
        ...(message.icalEvent ? { icalEvent: { method: message.icalEvent.method, filename: message.icalEvent.filename, content: message.icalEvent.content } } : {}),
        // The same Message-ID on every try: a mail retried after a lost answer is one mail.
        messageId: `<${message.id}@${domain}>`,
        headers: { 'Auto-Submitted': 'auto-generated', 'X-Auto-Response-Suppress': 'All', ...message.headers },
      });
      return info.messageId;
    },
    close: () => transporter.close(),
  };
}

export interface DeliveryResult { id: string; transport: MailTransport; status: 'sent' | 'already-sent' | 'dropped' }

/**
 * Delivers one mail. The outbox row is written first, whatever the transport: it is the
 * record of what was sent, and in demo the mail itself. With SMTP the row's content is then
 * relayed and the row marked sent; on failure the row stays unsent and this throws, so the
 * queue tries again (the retry sends the row as first rendered). Delivery is at least once:
 * a crash between the relay and the mark would send twice, with the same Message-ID.
 *
 * A mail with a secret link (`secretLinkOf`) is stored with REDACTED_LINK, so neither the
 * outbox nor a copy of the database holds a link that works. Its link is minted just before
 * each relay and sent in a fresh rendering: a retry mints a new one (the undelivered link
 * stops working), and the outbox transport, whose row is the only copy, mints none.
 */
export async function deliverMail(db: Kysely<DB>, mailer: Mailer, mail: OutgoingMail): Promise<DeliveryResult> {
  assertMailRequest(mail);
  assertEnvelope(mail.template, mail);
  const rendered = renderMail(mail, { publicUrl: mailer.publicUrl });
  // Without a relay, the row written is the delivery: it is written sent, in one statement.
  const fresh = await db.insertInto('mail_outbox').values({
    id: mail.id,
    template: mail.template,
    recipient: mail.to,
    subject: rendered.subject,
    text_body: rendered.text,
    html_body: rendered.html,
    transport: mailer.transport,
    academie_code: mail.academieCode ?? null,
    ...(mailer.relay ? {} : { sent_at: new Date() }),
  }).onConflict((oc) => oc.column('id').doNothing()).returningAll().executeTakeFirst();
  const row = fresh ?? await db.selectFrom('mail_outbox').selectAll().where('id', '=', mail.id).executeTakeFirstOrThrow();
  const log = { mailId: row.id, template: row.template, transport: mailer.transport };
  if (!fresh && row.sent_at) {
    mailer.logger?.info(log, 'mail already delivered');
    return { id: row.id, transport: row.transport, status: 'already-sent' };
  }

  if (!mailer.relay) {
    // A row left unsent by an earlier try through a relay is marked sent here.
    if (!fresh) await db.updateTable('mail_outbox').set({ sent_at: new Date(), transport: 'outbox' }).where('id', '=', row.id).execute();
    mailer.logger?.info(log, 'mail written to the outbox');
    return { id: row.id, transport: 'outbox', status: 'sent' };
  }

  let content = { subject: row.subject, text: row.text_body, html: row.html_body };
  const secret = secretLinkOf(mail);
  if (secret) {
    const link = await mintSecretLink(db, mailer, mail.template, secret);
    if (link === undefined) {
      // Nothing to invite to any more: the unsent row would only say « waiting » forever.
      await db.deleteFrom('mail_outbox').where('id', '=', row.id).where('sent_at', 'is', null).execute();
      mailer.logger?.info(log, 'mail dropped: its one-time link has no record any more');
      return { id: row.id, transport: 'smtp', status: 'dropped' };
    }
    content = renderMail(mail, { publicUrl: mailer.publicUrl, secretLink: link });
  }

  let messageId: string;
  try {
    // The monthly report carries its tables, read from the stored report (never from the payload).
    const attachment = mail.template === 'report.monthly' ? await monthlyReportAttachment(db, mail.data.reportId) : undefined;
    // An appointment's invitation, read from the appointment (its place, its SEQUENCE): the calendar
    // alternative that Outlook and others show as an event, and the same .ics as a file for the rest.
    const invitation = 'appointmentId' in mail.data ? await appointmentInvitation(db, mail.template, mail.data.appointmentId)
      // A collective session's, read from the registration the same way.
      : 'registrationId' in mail.data ? await sessionInvitation(db, mail.template, mail.data.registrationId) : undefined;
    const attachments = [
      ...(attachment ? [attachment] : []),
      ...(invitation ? [{ filename: invitation.filename, content: Buffer.from(invitation.content), contentType: `application/ics; method=${invitation.method}` }] : []),
    ];
    messageId = await mailer.relay({ id: row.id, to: row.recipient, ...content, attachments: attachments.length ? attachments : undefined,
      ...(invitation ? { icalEvent: invitation } : {}) });
  } catch (error) {
    // SMTP answers often quote the address: keep only the codes.
    const { code, responseCode } = (error ?? {}) as { code?: unknown; responseCode?: unknown };
    const failure = new MailDeliveryError(row.id, typeof code === 'string' ? code : undefined, typeof responseCode === 'number' ? responseCode : undefined);
    mailer.logger?.warn({ ...log, code: failure.code, responseCode: failure.responseCode }, 'mail delivery failed');
    throw failure;
  }
  await db.updateTable('mail_outbox').set({ sent_at: new Date(), transport: 'smtp', message_id: messageId }).where('id', '=', row.id).execute();
  mailer.logger?.info(log, 'mail sent');
  return { id: row.id, transport: 'smtp', status: 'sent' };
}

async function mintSecretLink(db: Kysely<DB>, mailer: Mailer, template: string, secret: SecretLinkRef): Promise<string | undefined> {
  const mint = mailer.secretLinks[secret.kind];
  // A service composed without the owner of this kind cannot deliver the mail: the queue retries.
  if (!mint) throw new MailPayloadError(template, ['secretLink.kind']);
  return mint(db, secret.id);
}
