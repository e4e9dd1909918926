import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';
import { recordAudit, type ActionContext } from '../../audit/audit-log.ts';
import { impossible } from '../../errors/app-error.ts';
import type { RequestStatus } from '../../../shared/glossary.ts';
import type { StatusBody } from '../../../shared/contracts/requests.ts';
import { recordEvent } from './events.ts';
import { loadRequestFor } from './load-request.ts';
import { touchRequest } from './repository.ts';
import { resumeFromWaiting } from './resume-from-waiting.ts';

/** The moves staff may make by hand; closing has its own form, reopening its own action. */
const ALLOWED_MOVES: Record<RequestStatus, RequestStatus[]> = {
  open: ['in_progress', 'waiting_agent'],
  in_progress: ['waiting_agent'],
  waiting_agent: ['in_progress'],
  closed: [],
};

/** « En cours » or « en attente de l'agent »: waiting pauses the commitment clock, leaving it resumes it. */
export async function changeStatus(db: Kysely<DB>, ctx: ActionContext, requestId: string, to: StatusBody['status'], now = new Date()) {
  await db.transaction().execute(async (trx) => {
    const request = await loadRequestFor(trx, ctx.user, requestId, 'request.changeStatus');
    if (!ALLOWED_MOVES[request.status].includes(to)) {
      throw impossible(`Une demande « ${request.status} » ne peut pas passer à « ${to} ».`);
    }
    if (request.status === 'waiting_agent') {
      await resumeFromWaiting(trx, request, ctx.user.id, now);
    } else {
      if (to === 'waiting_agent') {
        await trx.insertInto('request_pauses').values({ request_id: request.id, started_at: now }).execute();
      }
      await trx.updateTable('requests').set({ status: to, ...(to === 'waiting_agent' ? { paused_at: now } : {}) })
        .where('id', '=', request.id).execute();
      await recordEvent(trx, request.id, 'status_changed', ctx.user.id, { data: { from: request.status, to }, at: now });
    }
    await recordAudit(trx, ctx, { action: 'request.status', targetType: 'request', targetId: request.id, academieCode: request.academie_code, details: { to } });
    await touchRequest(trx, request.id, now);
  });
}
