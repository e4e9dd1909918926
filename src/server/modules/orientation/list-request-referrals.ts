import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';
import type { ActionContext } from '../../audit/audit-log.ts';
import { can } from '../../policies/index.ts';
import { parisDate } from '../../clock.ts';
import type { RequestReferrals } from '../../../shared/contracts/orientation.ts';
import { loadRequestFor } from '../requests/index.ts';
import { findReferralMessages, findReferralsOfRequest } from './repository.ts';
import { presentRequestReferral } from './presenter.ts';
import { requestFactsOf } from './request-facts.ts';

/**
 * The referrals of a request, for its page: the agent sees to whom they were oriented, why and
 * how to reach them; staff who read the request's content also see the target's answers.
 */
export async function listRequestReferrals(db: Kysely<DB>, ctx: ActionContext, requestId: string, now = new Date()): Promise<RequestReferrals> {
  return db.transaction().execute(async (trx) => {
    const request = await loadRequestFor(trx, ctx.user, requestId, 'request.read');
    const facts = requestFactsOf(request);
    const isAgent = request.agent_id === ctx.user.id;
    const staff = !isAgent && can(ctx.user, 'request.readContent', facts);
    const mayRevoke = !isAgent && can(ctx.user, 'referral.revoke', facts);
    const mayWrite = !isAgent && can(ctx.user, 'referral.writeToTarget', facts);
    const today = parisDate(now);
    const rows = await findReferralsOfRequest(trx, requestId);
    const messages = staff ? await findReferralMessages(trx, rows.map((r) => r.id)) : [];
    return {
      items: rows.map((r) => {
        const item = presentRequestReferral(r, { staff, mayRevoke, mayWrite, isAgent }, today, messages);
        // Staff who may not read the request's content do not read what was written of it either.
        return isAgent || staff ? item : { ...item, note: null };
      }),
    };
  });
}
