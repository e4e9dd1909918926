import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';
import { recordAudit, type ActionContext } from '../../audit/audit-log.ts';
import { recordEvent } from './events.ts';
import { loadRequestFor } from './load-request.ts';
import type { RequestNotifier } from './notifications.ts';

/**
 * « Bris de glace » : a coordinator opens a sensitive request not shared with them (the
 * adviser is absent, an emergency). Only with a written justification; audited, shown to the
 * agent on their request's page, and reported to the académie's administrators.
 */
export async function breakGlass(db: Kysely<DB>, ctx: ActionContext, requestId: string, justification: string,
  notifier: RequestNotifier, now = new Date()) {
  await db.transaction().execute(async (trx) => {
    const request = await loadRequestFor(trx, ctx.user, requestId, 'request.breakGlass');
    await trx.insertInto('request_shares')
      .values({ request_id: request.id, person_id: ctx.user.id, shared_by: ctx.user.id, reason: justification.trim(), created_at: now })
      .execute();
    await recordEvent(trx, request.id, 'break_glass', ctx.user.id, { data: { byName: ctx.user.displayName }, at: now });
    await recordAudit(trx, ctx, {
      action: 'request.break_glass', targetType: 'request', targetId: request.id, academieCode: request.academie_code, actorRole: 'coordinator',
    });
    await notifier.brokenGlass(trx, { requestId: request.id, academieCode: request.academie_code });
  });
}
