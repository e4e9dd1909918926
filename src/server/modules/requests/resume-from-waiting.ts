import type { Transaction } from 'kysely';
import type { DB } from '../../db/schema.ts';
import { dueAfterPause } from './commitments.ts';
import { recordEvent } from './events.ts';
import type { LoadedRequest } from './load-request.ts';

/**
 * Ends the pause of a request waiting for its agent (staff moved it, or the agent answered):
 * the commitment clock starts again, its due date pushed by the working days of the pause.
 */
export async function resumeFromWaiting(trx: Transaction<DB>, request: LoadedRequest, actorId: string, now: Date) {
  const pausedAt = request.paused_at ?? now;
  const due = request.first_response_due_at;
  await trx.updateTable('request_pauses').set({ ended_at: now }).where('request_id', '=', request.id).where('ended_at', 'is', null).execute();
  await trx.updateTable('requests').set({
    status: 'in_progress',
    paused_at: null,
    ...(due && !request.first_responded_at ? { first_response_due_at: dueAfterPause(due, pausedAt, now, request.departement_code) } : {}),
  }).where('id', '=', request.id).execute();
  await recordEvent(trx, request.id, 'status_changed', actorId, { data: { from: 'waiting_agent', to: 'in_progress' }, at: now });
}
