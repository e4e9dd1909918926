import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';
import { recordAudit, type ActionContext } from '../../audit/audit-log.ts';
import { can } from '../../policies/index.ts';
import { forbidden, impossible, invalid } from '../../errors/app-error.ts';
import { parisDate } from '../../clock.ts';
import type { CreateReferralBody, CreatedReferral } from '../../../shared/contracts/orientation.ts';
import { loadRequestFor } from '../requests/index.ts';
import { appendReferralEvent, findReferral, lockContactPoint, memberEmails } from './repository.ts';
import { acceptsReferrals, presentCreatedReferral } from './presenter.ts';
import { requestFactsOf } from './request-facts.ts';
import { conflictError } from './errors.ts';
import type { ReferralMails } from './notifications.ts';

/**
 * Staff who act on a request orient it to a contact point of its académie (or a national
 * partner). The target's members get a notice without content; an external partner's referral
 * is recorded only, nothing leaves. The description is shared only if asked and consented.
 */
export async function createReferral(db: Kysely<DB>, ctx: ActionContext, mails: ReferralMails, requestId: string,
  body: CreateReferralBody, now = new Date()): Promise<CreatedReferral> {
  if (body.expectedBy !== undefined && body.expectedBy < parisDate(now)) {
    throw invalid([{ field: 'expectedBy', message: 'La date de réponse attendue est déjà passée.' }]);
  }
  const id = await db.transaction().execute(async (trx) => {
    const request = await loadRequestFor(trx, ctx.user, requestId, 'request.read');
    if (!can(ctx.user, 'request.orient', requestFactsOf(request))) {
      if (request.status === 'closed') throw impossible('Cette demande est clôturée : rouvrez-la d’abord pour l’orienter.');
      throw forbidden('Seules les personnes qui traitent cette demande peuvent l’orienter.');
    }
    const target = await lockContactPoint(trx, body.contactPointId);
    if (!target || target.archived_at || (target.academie_code !== null && target.academie_code !== request.academie_code)) {
      throw invalid([{ field: 'contactPointId', message: 'Cet interlocuteur est introuvable, archivé ou hors de l’académie de la demande.' }]);
    }
    const emails = await memberEmails(trx, target.id);
    if (!acceptsReferrals(target, emails.length)) {
      throw impossible(target.kind === 'adviser'
        ? 'Cette fiche présente les conseillers RH de proximité : pour confier la demande à un collègue, attribuez-la.'
        : `${target.name} n’a encore aucun membre dans ProxiRH : personne ne recevrait cette orientation. Demandez au coordonnateur d’y ajouter un membre.`);
    }
    const external = target.kind === 'external_partner';
    const pending = await trx.selectFrom('referrals').select('id').where('request_id', '=', requestId)
      .where('contact_point_id', '=', target.id).where('status', 'in', ['sent', 'accepted']).executeTakeFirst();
    if (pending) throw conflictError('Cette demande est déjà orientée vers cet interlocuteur, sans réponse pour l’instant.');
    const { id } = await trx.insertInto('referrals').values({
      request_id: requestId, contact_point_id: target.id, kind: external ? 'external_referral' : 'internal_referral',
      created_by: ctx.user.id, note: body.note, share_description: !external && body.shareDescription,
      expected_by: body.expectedBy ?? null, created_at: now,
    }).returning('id').executeTakeFirstOrThrow();
    await appendReferralEvent(trx, { referralId: id, requestId, kind: 'referral_sent', actorId: ctx.user.id, at: now,
      data: { contactPointId: target.id, external } });
    await recordAudit(trx, ctx, { action: 'referral.create', targetType: 'request', targetId: requestId, academieCode: request.academie_code,
      details: { referralId: id, contactPointId: target.id } });
    if (!external) {
      await mails.received(trx, { referralId: id, reference: request.reference, contactPointName: target.name, academieCode: request.academie_code, to: emails });
    }
    return id;
  });
  return presentCreatedReferral((await findReferral(db, id))!);
}
