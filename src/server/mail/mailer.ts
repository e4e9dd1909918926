import nodemailer from 'nodemailer';
import { Type } from 'typebox';
import { Value } from 'typebox/value';
import type { Kysely } from 'kysely';
import type { Logger } from 'pino';
import type { Config } from '../config.ts';
import type { DB } from '../db/schema.ts';
import { MailPayloadError, assertMailRequest, renderMail, type MailRequest } from './templates.ts';
import { monthlyReportAttachment } from '../modules/reports/monthly.ts';

export type MailTransport = 'smtp' | 'outbox';

/** Logs get the template, the mail id and the transport: never an address or a subject. */
export type MailLogger = Pick<Logger, 'info' | 'warn'>;

/** A mail ready to deliver: its id (chosen when it was queued), one recipient, a template and its payload. */
export type OutgoingMail = MailRequest & { id: string; to: string; academieCode?: string | null };

export interface MailAttachment { filename: string; content: Buffer; contentType: string }
interface RelayMessage { id: string; to: string; subject: string; text: string; html: string; attachments?: MailAttachment[] }

export interface Mailer {
  /** 'smtp' when SMTP_URL is set; 'outbox' (demo): the mail stays in the outbox table. */
  readonly transport: MailTransport;
  readonly publicUrl: string;
  readonly logger: MailLogger | undefined;
  /** Hands a rendered mail to the SMTP server; resolves to its Message-ID. SMTP only. */
  readonly relay: ((message: RelayMessage) => Promise<string>) | undefined;
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

export function createMailer(config: Pick<Config, 'smtpUrl' | 'mailFrom' | 'publicUrl'>, options: { logger?: MailLogger } = {}): Mailer {
  const base = { publicUrl: config.publicUrl, logger: options.logger };
  if (!config.smtpUrl) {
    return { ...base, transport: 'outbox', relay: undefined, close: () => {} };
  }
  const transporter = nodemailer.createTransport({
    url: config.smtpUrl,
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
        // The same Message-ID on every try: a mail retried after a lost answer is one mail.
        messageId: `<${message.id}@${domain}>`,
        headers: { 'Auto-Submitted': 'auto-generated', 'X-Auto-Response-Suppress': 'All' },
      });
      return info.messageId;
    },
    close: () => transporter.close(),
  };
}

export interface DeliveryResult { id: string; transport: MailTransport; status: 'sent' | 'already-sent' }

/**
 * Delivers one mail. The outbox row is written first, whatever the transport: it is the
 * record of what was sent, and in demo the mail itself. With SMTP the row's content is then
 * relayed and the row marked sent; on failure the row stays unsent and this throws, so the
 * queue tries again (the retry sends the row as first rendered). Delivery is at least once:
 * a crash between the relay and the mark would send twice, with the same Message-ID.
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

  let messageId: string;
  try {
    // The monthly report carries its tables, read from the stored report (never from the payload).
    const attachment = mail.template === 'report.monthly' ? await monthlyReportAttachment(db, mail.data.reportId) : undefined;
    messageId = await mailer.relay({
      id: row.id, to: row.recipient, subject: row.subject, text: row.text_body, html: row.html_body,
      attachments: attachment ? [attachment] : undefined,
    });
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
