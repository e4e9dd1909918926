import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';
import { recordAudit, type ActionContext } from '../../audit/audit-log.ts';
import { appendReferralEvent } from './repository.ts';
import { loadReferralFor } from './load-referral.ts';
import { tellOrientingStaff } from './answer.ts';
import type { ReferralMails } from './notifications.ts';

/** A member of the target declines the referral, with a reason for the adviser (not shown to the agent); the target's access ends. */
export async function declineReferral(db: Kysely<DB>, ctx: ActionContext, mails: ReferralMails, id: string, reason: string): Promise<void> {
  await db.transaction().execute(async (trx) => {
    const ref = await loadReferralFor(trx, ctx.user, id, 'referral.decline');
    await trx.updateTable('referrals').set({ status: 'declined', declined_at: new Date(), decline_reason: reason, responded_by: ctx.user.id })
      .where('id', '=', id).execute();
    await appendReferralEvent(trx, { referralId: id, requestId: ref.request_id, kind: 'referral_declined', actorId: ctx.user.id });
    await recordAudit(trx, ctx, { action: 'referral.decline', targetType: 'request', targetId: ref.request_id, academieCode: ref.academie_code,
      actorRole: 'contact_point', details: { referralId: id } });
    await tellOrientingStaff(trx, mails, id);
  });
}
