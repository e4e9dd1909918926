import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';
import { recordAudit, type ActionContext } from '../../audit/audit-log.ts';
import type { ClosingRule } from '../../dependencies.ts';
import { invalid } from '../../errors/app-error.ts';
import type { CloseBody } from '../../../shared/contracts/requests.ts';
import { elapsedWorkingDays } from './commitments.ts';
import { recordEvent } from './events.ts';
import { loadRequestFor } from './load-request.ts';
import { touchRequest } from './repository.ts';

/**
 * Closes with the response type; closing answers the request if nobody had yet. The other
 * modules' rules may refuse the response type (a referral closing needs its referral): the
 * refusal names the field, nothing is changed.
 */
export async function closeRequest(db: Kysely<DB>, ctx: ActionContext, requestId: string, input: CloseBody,
  rules: readonly ClosingRule[] = [], now = new Date()) {
  await db.transaction().execute(async (trx) => {
    const request = await loadRequestFor(trx, ctx.user, requestId, 'request.close');
    for (const rule of rules) {
      const refusal = await rule(trx, request.id, input.responseType);
      if (refusal !== null) throw invalid([{ field: 'responseType', message: refusal }], refusal);
    }
    await trx.updateTable('request_pauses').set({ ended_at: now }).where('request_id', '=', request.id).where('ended_at', 'is', null).execute();
    await trx.updateTable('requests').set({
      status: 'closed',
      paused_at: null,
      closed_at: now,
      response_type: input.responseType,
      closing_summary: input.summary.trim(),
      closure_working_days: elapsedWorkingDays(request.created_at, now, request.departement_code),
      ...(request.first_responded_at ? {} : {
        first_responded_at: now,
        first_response_working_days: elapsedWorkingDays(request.created_at, now, request.departement_code),
      }),
    }).where('id', '=', request.id).execute();
    await recordEvent(trx, request.id, 'closed', ctx.user.id, { data: { responseType: input.responseType }, at: now });
    await recordAudit(trx, ctx, {
      action: 'request.close', targetType: 'request', targetId: request.id, academieCode: request.academie_code, details: { responseType: input.responseType },
    });
    await touchRequest(trx, request.id, now);
  });
}
