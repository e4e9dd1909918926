import type { Transaction } from 'kysely';
import type { DB } from '../db/schema.ts';
import type { SecretLinkRef } from './template-kit.ts';

/**
 * How a module hands a mail over, inside the transaction of the change it reports (no commit,
 * no mail). Implemented by the mail queue (`queuedMailSender`); the template checks its payload.
 * A one-time link is passed as the record it opens (`SecretLinkRef`), never as the link.
 */
export interface MailSender {
  send(trx: Transaction<DB>, mail: { template: string; to: string; data: Record<string, string | null | SecretLinkRef>; academieCode: string | null }): Promise<void>;
}
