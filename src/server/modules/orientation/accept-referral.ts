import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';
import { recordAudit, type ActionContext } from '../../audit/audit-log.ts';
import { appendReferralEvent } from './repository.ts';
import { loadReferralFor } from './load-referral.ts';
import { tellOrientingStaff } from './answer.ts';
import type { ReferralMails } from './notifications.ts';

/** A member of the target accepts the referral (for the whole cell); the adviser is told. */
export async function acceptReferral(db: Kysely<DB>, ctx: ActionContext, mails: ReferralMails, id: string): Promise<void> {
  await db.transaction().execute(async (trx) => {
    const ref = await loadReferralFor(trx, ctx.user, id, 'referral.accept');
    await trx.updateTable('referrals').set({ status: 'accepted', accepted_at: new Date(), responded_by: ctx.user.id }).where('id', '=', id).execute();
    await appendReferralEvent(trx, { referralId: id, requestId: ref.request_id, kind: 'referral_accepted', actorId: ctx.user.id });
    await recordAudit(trx, ctx, { action: 'referral.accept', targetType: 'request', targetId: ref.request_id, academieCode: ref.academie_code,
      actorRole: 'contact_point', details: { referralId: id } });
    await tellOrientingStaff(trx, mails, id);
  });
}
