import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';
import { recordAudit, type ActionContext } from '../../audit/audit-log.ts';
import { can } from '../../policies/index.ts';
import { impossible, notFound } from '../../errors/app-error.ts';
import { loadRequestFor } from '../requests/index.ts';
import { appendReferralEvent } from './repository.ts';
import { requestFactsOf } from './request-facts.ts';

/**
 * The agent agrees that the description of their request be shared with the target of one
 * referral (staff asked for it): from now on the target reads it. Only the agent may.
 */
export async function consentToShare(db: Kysely<DB>, ctx: ActionContext, requestId: string, referralId: string): Promise<void> {
  await db.transaction().execute(async (trx) => {
    const request = await loadRequestFor(trx, ctx.user, requestId, 'request.read');
    const referral = await trx.selectFrom('referrals').select(['id', 'status', 'share_description', 'agent_consented_at'])
      .where('id', '=', referralId).where('request_id', '=', requestId).forUpdate().executeTakeFirst();
    if (!referral || !can(ctx.user, 'referral.consent', requestFactsOf(request))) throw notFound('Cette orientation est introuvable.');
    if (!referral.share_description) throw impossible('Cette orientation ne prévoit pas de transmettre la description de votre demande.');
    if (referral.status === 'revoked' || referral.status === 'declined') throw impossible('Cette orientation n’est plus en cours.');
    if (referral.agent_consented_at) throw impossible('Vous avez déjà donné votre accord.');
    await trx.updateTable('referrals').set({ agent_consented_at: new Date() }).where('id', '=', referralId).execute();
    await appendReferralEvent(trx, { referralId, requestId, kind: 'referral_consented', actorId: ctx.user.id });
    await recordAudit(trx, ctx, { action: 'referral.consent', targetType: 'request', targetId: requestId, academieCode: request.academie_code,
      details: { referralId } });
  });
}
