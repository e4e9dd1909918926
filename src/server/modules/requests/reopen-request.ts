import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';
import { recordAudit, type ActionContext } from '../../audit/audit-log.ts';
import { impossible } from '../../errors/app-error.ts';
import { getAcademieSettings } from '../territories/index.ts';
import { recordEvent } from './events.ts';
import { loadRequestFor } from './load-request.ts';
import type { RequestNotifier } from './notifications.ts';
import { touchRequest } from './repository.ts';

const DAY = 86_400_000;

/**
 * The agent reopens within the académie's delay after closure (30 days by default); staff at any
 * time. The optional reason is content: the agent's is a message of the request, a staff member's
 * an internal note, both marked in the timeline as the reason (the event holds only their id).
 * Whoever handles the request is told by mail, without the reason.
 */
export async function reopenRequest(db: Kysely<DB>, ctx: ActionContext, requestId: string,
  options: { reason?: string | undefined; notifier: RequestNotifier }, now = new Date()) {
  await db.transaction().execute(async (trx) => {
    const request = await loadRequestFor(trx, ctx.user, requestId, 'request.reopen');
    const byAgent = request.agent_id === ctx.user.id;
    if (byAgent && request.closed_at) {
      const { reopenDays } = await getAcademieSettings(trx, request.academie_code);
      if (now.getTime() - request.closed_at.getTime() > reopenDays * DAY) {
        throw impossible(`Cette demande a été clôturée il y a plus de ${reopenDays} jours : déposez une nouvelle demande.`);
      }
    }
    await trx.updateTable('requests').set((eb) => ({
      status: 'in_progress', closed_at: null, response_type: null, closure_working_days: null,
      reopened_count: eb('reopened_count', '+', 1),
    })).where('id', '=', request.id).execute();
    const reason = options.reason?.trim();
    let data: Record<string, string> = {};
    if (reason && byAgent) {
      const message = await trx.insertInto('request_messages')
        .values({ request_id: request.id, author_id: ctx.user.id, from_staff: false, body: reason, created_at: now })
        .returning('id').executeTakeFirstOrThrow();
      data = { reasonMessageId: message.id };
    } else if (reason) {
      const note = await trx.insertInto('request_notes')
        .values({ request_id: request.id, author_id: ctx.user.id, body: reason, created_at: now })
        .returning('id').executeTakeFirstOrThrow();
      data = { reasonNoteId: note.id };
    }
    await recordEvent(trx, request.id, 'reopened', ctx.user.id, { at: now, data });
    if (!byAgent) await recordAudit(trx, ctx, { action: 'request.reopen', targetType: 'request', targetId: request.id, academieCode: request.academie_code });
    await touchRequest(trx, request.id, now);
    await options.notifier.reopened(trx, { requestId: request.id, byId: ctx.user.id, byAgent });
  });
}
