import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';
import { recordAudit, type ActionContext } from '../../audit/audit-log.ts';
import { can } from '../../policies/index.ts';
import { forbidden, impossible, notFound } from '../../errors/app-error.ts';
import { loadRequestFor } from '../requests/index.ts';
import { appendReferralEvent } from './repository.ts';
import { requestFactsOf } from './request-facts.ts';

/**
 * Staff of the request withdraw a referral: its target loses access at once (every read goes
 * through a scope that leaves revoked referrals out). Audited.
 */
export async function revokeReferral(db: Kysely<DB>, ctx: ActionContext, referralId: string): Promise<void> {
  await db.transaction().execute(async (trx) => {
    const ref = await trx.selectFrom('referrals').select(['id', 'request_id']).where('id', '=', referralId).executeTakeFirst();
    if (!ref) throw notFound('Cette orientation est introuvable.');
    // Seen through the request: whoever does not see the request does not learn that the referral exists.
    const request = await loadRequestFor(trx, ctx.user, ref.request_id, 'request.read')
      .catch((error: unknown) => { throw (error as { code?: string }).code === 'not_found' ? notFound('Cette orientation est introuvable.') : error; });
    if (!can(ctx.user, 'referral.revoke', requestFactsOf(request))) throw forbidden('Seules les personnes qui traitent la demande peuvent retirer cette orientation.');
    const locked = await trx.selectFrom('referrals').select('status').where('id', '=', referralId).forUpdate().executeTakeFirstOrThrow();
    if (locked.status === 'revoked') throw impossible('Cette orientation est déjà retirée.');
    if (locked.status === 'declined') throw impossible('Cette orientation a été déclinée : il n’y a plus d’accès à retirer.');
    await trx.updateTable('referrals').set({ status: 'revoked', revoked_at: new Date(), revoked_by: ctx.user.id }).where('id', '=', referralId).execute();
    await appendReferralEvent(trx, { referralId, requestId: ref.request_id, kind: 'referral_revoked', actorId: ctx.user.id });
    await recordAudit(trx, ctx, { action: 'referral.revoke', targetType: 'request', targetId: ref.request_id, academieCode: request.academie_code,
      details: { referralId } });
  });
}
