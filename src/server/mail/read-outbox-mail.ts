import type { Kysely } from 'kysely';
import type { DB } from '../db/schema.ts';
import type { ActionContext } from '../audit/audit-log.ts';
import { recordAudit } from '../audit/audit-log.ts';
import { notFound } from '../errors/app-error.ts';
import type { OutboxMailDetail } from '../../shared/contracts/outbox.ts';
import { findOutboxMail } from './outbox-repository.ts';
import { presentOutboxMail } from './outbox-presenter.ts';

/** One mail with its text, if the caller administers its académie (else 404); the read is audited. */
export async function readOutboxMail(db: Kysely<DB>, ctx: ActionContext, id: string): Promise<OutboxMailDetail> {
  return db.transaction().execute(async (trx) => {
    const row = await findOutboxMail(trx, ctx.user, id);
    if (!row) throw notFound('Ce courriel est introuvable.');
    await recordAudit(trx, ctx, { action: 'outbox.read', targetType: 'mail', targetId: row.id, academieCode: row.academie_code, actorRole: 'admin' });
    return { ...presentOutboxMail(row), textBody: row.text_body };
  });
}
