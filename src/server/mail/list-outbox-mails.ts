import type { Kysely } from 'kysely';
import type { DB } from '../db/schema.ts';
import type { ActionContext } from '../audit/audit-log.ts';
import { recordAudit } from '../audit/audit-log.ts';
import { decodeCursor, paginate } from '../http/pagination.ts';
import type { PageQuery } from '../../shared/contracts/common.ts';
import type { OutboxPage } from '../../shared/contracts/outbox.ts';
import { findOutboxMails } from './outbox-repository.ts';
import { presentOutboxMail } from './outbox-presenter.ts';

/** One page of the mails the caller administers, newest first; the read is audited (mails name their recipient). */
export async function listOutboxMails(db: Kysely<DB>, ctx: ActionContext, query: PageQuery): Promise<OutboxPage> {
  const limit = query.limit ?? 50;
  const after = decodeCursor(query.cursor, ['timestamp', 'uuid'] as const);
  const before = after && { createdAt: new Date(after[0]), id: after[1] };
  return db.transaction().execute(async (trx) => {
    const rows = await findOutboxMails(trx, ctx.user, before, limit);
    const page = paginate(rows, limit, presentOutboxMail, (r) => [r.created_at.toISOString(), r.id]);
    await recordAudit(trx, ctx, { action: 'outbox.list', targetType: 'mail', actorRole: 'admin', details: { count: page.items.length } });
    return page;
  });
}
