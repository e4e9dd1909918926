import type { Transaction } from 'kysely';
import type { DB } from '../db/schema.ts';

/**
 * How a module hands a mail over, inside the transaction of the change it reports (no commit,
 * no mail). Implemented by the mail queue (`queuedMailSender`); the template checks its payload.
 */
export interface MailSender {
  send(trx: Transaction<DB>, mail: { template: string; to: string; data: Record<string, string | null>; academieCode: string | null }): Promise<void>;
}
