/** The contract of the outbox: the mails the service sent (or left in the demo outbox), for administrators. */
import { Type, type Static } from 'typebox';
import { DateTime, oneOf, pageOf } from './common.ts';

export { IdParams, PageQuery } from './common.ts';

export const MAIL_TRANSPORTS = ['smtp', 'outbox'] as const;

export const OutboxMail = Type.Object({
  id: Type.String(),
  template: Type.String(),
  recipient: Type.String(),
  subject: Type.String(),
  createdAt: DateTime,
  sentAt: Type.Union([DateTime, Type.Null()]),
  transport: oneOf(MAIL_TRANSPORTS),
});
export type OutboxMail = Static<typeof OutboxMail>;
export const OutboxPage = pageOf(OutboxMail);
export type OutboxPage = Static<typeof OutboxPage>;

export const OutboxMailDetail = Type.Intersect([OutboxMail, Type.Object({ textBody: Type.String() })]);
export type OutboxMailDetail = Static<typeof OutboxMailDetail>;
