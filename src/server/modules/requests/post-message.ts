import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';
import { recordAudit, type ActionContext } from '../../audit/audit-log.ts';
import type { Created } from '../../../shared/contracts/requests.ts';
import { elapsedWorkingDays } from './commitments.ts';
import { recordEvent } from './events.ts';
import { loadRequestFor } from './load-request.ts';
import type { RequestNotifier } from './notifications.ts';
import { touchRequest } from './repository.ts';
import { resumeFromWaiting } from './resume-from-waiting.ts';

/**
 * A message between the agent and staff. The first staff message is the first answer: its
 * delay is stored for the reports. An agent's answer takes a request out of « waiting ».
 */
export async function postMessage(db: Kysely<DB>, ctx: ActionContext, requestId: string, body: string,
  notifier: RequestNotifier, now = new Date()): Promise<Created> {
  return db.transaction().execute(async (trx) => {
    const request = await loadRequestFor(trx, ctx.user, requestId, 'request.reply');
    const fromStaff = request.agent_id !== ctx.user.id;
    const message = await trx.insertInto('request_messages')
      .values({ request_id: request.id, author_id: ctx.user.id, from_staff: fromStaff, body: body.trim(), created_at: now })
      .returning(['id', 'created_at']).executeTakeFirstOrThrow();

    if (fromStaff) {
      await recordAudit(trx, ctx, { action: 'request.reply', targetType: 'request', targetId: request.id, academieCode: request.academie_code });
      if (!request.first_responded_at) {
        await trx.updateTable('requests').set({
          first_responded_at: now,
          first_response_working_days: elapsedWorkingDays(request.created_at, now, request.departement_code),
        }).where('id', '=', request.id).execute();
        await recordEvent(trx, request.id, 'first_response', ctx.user.id, { at: now });
      }
      if (request.status === 'open') {
        await trx.updateTable('requests').set({ status: 'in_progress' }).where('id', '=', request.id).execute();
        await recordEvent(trx, request.id, 'status_changed', ctx.user.id, { data: { from: 'open', to: 'in_progress' }, at: now });
      }
      await notifier.answered(trx, { requestId: request.id });
    } else if (request.status === 'waiting_agent') {
      await resumeFromWaiting(trx, request, ctx.user.id, now);
    }
    await touchRequest(trx, request.id, now);
    return { id: message.id, createdAt: message.created_at.toISOString() };
  });
}
