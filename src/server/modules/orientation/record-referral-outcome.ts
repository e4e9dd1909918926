import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';
import { recordAudit, type ActionContext } from '../../audit/audit-log.ts';
import type { OutcomeBody } from '../../../shared/contracts/orientation.ts';
import { appendReferralEvent } from './repository.ts';
import { loadReferralFor } from './load-referral.ts';
import { tellOrientingStaff } from './answer.ts';
import type { ReferralMails } from './notifications.ts';

/** The target records what came of the referral (its summary is for the request's staff); the adviser is told. */
export async function recordReferralOutcome(db: Kysely<DB>, ctx: ActionContext, mails: ReferralMails, id: string, body: OutcomeBody): Promise<void> {
  await db.transaction().execute(async (trx) => {
    const ref = await loadReferralFor(trx, ctx.user, id, 'referral.recordOutcome');
    const now = new Date();
    await trx.updateTable('referrals').set({
      status: 'answered', answered_at: now, outcome: body.outcome, outcome_summary: body.summary, responded_by: ctx.user.id,
      ...(ref.status === 'sent' ? { accepted_at: now } : {}),
    }).where('id', '=', id).execute();
    await appendReferralEvent(trx, { referralId: id, requestId: ref.request_id, kind: 'referral_answered', actorId: ctx.user.id, data: { outcome: body.outcome } });
    await recordAudit(trx, ctx, { action: 'referral.outcome', targetType: 'request', targetId: ref.request_id, academieCode: ref.academie_code,
      actorRole: 'contact_point', details: { referralId: id, outcome: body.outcome } });
    await tellOrientingStaff(trx, mails, id);
  });
}
