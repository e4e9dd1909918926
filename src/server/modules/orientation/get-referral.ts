import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';
import { recordAudit, type ActionContext } from '../../audit/audit-log.ts';
import { notFound } from '../../errors/app-error.ts';
import type { ReferralDetail } from '../../../shared/contracts/orientation.ts';
import { findReferralMessages, findReferralVisibleTo } from './repository.ts';
import { presentReferralDetail } from './presenter.ts';

/**
 * One referral as its target reads it. Each read is audited as a read of the request (the same
 * action as a staff read), so that the agent finds it in « Qui a consulté ma demande ».
 */
export async function getReferral(db: Kysely<DB>, ctx: ActionContext, id: string): Promise<ReferralDetail> {
  const row = await findReferralVisibleTo(db, ctx.user, id);
  if (!row) throw notFound('Cette orientation est introuvable.');
  await recordAudit(db, ctx, { action: 'request.read', targetType: 'request', targetId: row.request_id, academieCode: row.academie_code,
    actorRole: 'contact_point', details: { referralId: row.id } });
  return presentReferralDetail(ctx.user, row, await findReferralMessages(db, [row.id]));
}
