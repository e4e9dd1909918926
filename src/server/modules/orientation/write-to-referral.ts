import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';
import { recordAudit, type ActionContext } from '../../audit/audit-log.ts';
import { can } from '../../policies/index.ts';
import { forbidden, impossible, notFound } from '../../errors/app-error.ts';
import { loadRequestFor } from '../requests/index.ts';
import { insertReferralMessage, lockReferralVisibleTo, memberEmails } from './repository.ts';
import { requestFactsOf } from './request-facts.ts';
import { tellOrientingStaff } from './answer.ts';
import type { ReferralMails } from './notifications.ts';

/** A member of the target writes to the staff of the request; the orienting adviser is told (no content in the mail). */
export async function writeAsTarget(db: Kysely<DB>, ctx: ActionContext, mails: ReferralMails, referralId: string, body: string) {
  return db.transaction().execute(async (trx) => {
    const ref = await lockReferralVisibleTo(trx, ctx.user, referralId);
    if (!ref) throw notFound('Cette orientation est introuvable.');
    if (!can(ctx.user, 'referral.write', { targetMember: true, status: ref.status })) throw impossible('Cette orientation a été déclinée.');
    const message = await insertReferralMessage(trx, { referralId, authorId: ctx.user.id, fromTarget: true, body });
    await recordAudit(trx, ctx, { action: 'referral.message', targetType: 'request', targetId: ref.request_id, academieCode: ref.academie_code,
      actorRole: 'contact_point', details: { referralId } });
    await tellOrientingStaff(trx, mails, referralId);
    return { id: message.id, createdAt: message.created_at.toISOString() };
  });
}

/** Staff of the request write to the target of one of its referrals; its members are told (no content in the mail). */
export async function writeToTarget(db: Kysely<DB>, ctx: ActionContext, mails: ReferralMails, requestId: string, referralId: string, body: string) {
  return db.transaction().execute(async (trx) => {
    const request = await loadRequestFor(trx, ctx.user, requestId, 'request.read');
    const ref = await trx.selectFrom('referrals as ref').innerJoin('contact_points as cp', 'cp.id', 'ref.contact_point_id')
      .select(['ref.id', 'ref.status', 'ref.kind', 'ref.contact_point_id', 'cp.name'])
      .where('ref.id', '=', referralId).where('ref.request_id', '=', requestId).forUpdate('ref').executeTakeFirst();
    if (!ref) throw notFound('Cette orientation est introuvable.');
    if (!can(ctx.user, 'referral.writeToTarget', requestFactsOf(request))) throw forbidden('Seules les personnes qui traitent la demande peuvent écrire à l’interlocuteur.');
    if (ref.kind === 'external_referral') throw impossible('Un partenaire extérieur ne reçoit rien par ProxiRH : contactez-le directement.');
    if (ref.status === 'revoked' || ref.status === 'declined') throw impossible('Cette orientation n’est plus en cours.');
    const message = await insertReferralMessage(trx, { referralId, authorId: ctx.user.id, fromTarget: false, body });
    await recordAudit(trx, ctx, { action: 'referral.message', targetType: 'request', targetId: requestId, academieCode: request.academie_code,
      details: { referralId } });
    await mails.messageToTarget(trx, { referralId, reference: request.reference, contactPointName: ref.name, academieCode: request.academie_code,
      to: await memberEmails(trx, ref.contact_point_id) });
    return { id: message.id, createdAt: message.created_at.toISOString() };
  });
}
