import type { FastifyInstance } from 'fastify';
import type { AppDependencies } from '../../dependencies.ts';
import { typed } from '../../http/typed.ts';
import { actionContext } from '../../http/context.ts';
import { NoContent } from '../../../shared/contracts/common.ts';
import {
  ContactPoint, ContactPointPage, CreateContactPointBody, CreatedMessage, CreatedReferral, CreateReferralBody, DeclineBody, DirectoryQuery, IdParams, MemberBody,
  MemberParams, OutcomeBody, PublicContactPoints, PublicContactPointsQuery, ReceivedReferralPage, ReceivedReferralsQuery, ReferralDetail,
  ReferralMessageBody, ReferralOfRequestParams, RequestIdParams, RequestReferrals, UpdateContactPointBody,
} from '../../../shared/contracts/orientation.ts';
import { referralMails } from './notifications.ts';
import { listPublicContactPoints } from './list-public-contact-points.ts';
import { listContactAcademies } from './list-contact-academies.ts';
import { buildSynopticPdf } from './build-synoptic-pdf.ts';
import { ContactAcademies, SynopticQuery } from '../../../shared/contracts/orientation.ts';
import { fileDownload } from '../../../shared/contracts/common.ts';
import { listDirectory } from './list-directory.ts';
import { getContactPoint } from './get-contact-point.ts';
import { createContactPoint } from './create-contact-point.ts';
import { updateContactPoint } from './update-contact-point.ts';
import { archiveContactPoint } from './archive-contact-point.ts';
import { addMember } from './add-member.ts';
import { removeMember } from './remove-member.ts';
import { listMemberCandidates } from './list-member-candidates.ts';
import { MemberCandidates, MemberCandidatesQuery } from '../../../shared/contracts/orientation.ts';
import { createReferral } from './create-referral.ts';
import { listRequestReferrals } from './list-request-referrals.ts';
import { consentToShare } from './consent-to-share.ts';
import { revokeReferral } from './revoke-referral.ts';
import { listReceivedReferrals } from './list-received-referrals.ts';
import { getReferral } from './get-referral.ts';
import { acceptReferral } from './accept-referral.ts';
import { declineReferral } from './decline-referral.ts';
import { recordReferralOutcome } from './record-referral-outcome.ts';
import { writeAsTarget, writeToTarget } from './write-to-referral.ts';

const tags = ['orientation'];

/**
 * The orientation network: the public « Qui contacter ? » directory, its management by the
 * coordinators and administrators, and the referrals of requests to contact points.
 */
export async function orientationRoutes(instance: FastifyInstance, deps: AppDependencies) {
  const app = typed(instance);
  const { db } = deps.database;
  const mails = referralMails(deps);
  const directory = { access: { ability: 'directory.read' as const } };
  const manage = { access: { ability: 'contactPoints.manage' as const } };
  const handle = { access: { ability: 'requests.handle' as const } };
  const receive = { access: { ability: 'referrals.receive' as const } };

  // ─── Directory ──────────────────────────────────────────────────────────────────────────────
  app.get('/api/contact-points', {
    config: { access: 'public' },
    schema: { tags, summary: 'Qui contacter ? Les interlocuteurs RH d’un département ou d’une académie (conseillers d’abord)',
      querystring: PublicContactPointsQuery, response: { 200: PublicContactPoints } },
  }, async (request) => listPublicContactPoints(db, request.query));

  app.get('/api/contact-points/academies', {
    config: { access: 'public' },
    schema: { tags, summary: 'Qui contacter ? Les académies, leurs départements et le nombre d’interlocuteurs publiés', response: { 200: ContactAcademies } },
  }, async () => listContactAcademies(db));

  app.get('/api/contact-points/synoptic.pdf', {
    // Building a PDF costs more than a read: a visitor gets a few a minute.
    config: { access: 'public', rateLimit: { max: 30, timeWindow: '1 minute' } },
    schema: { tags, summary: 'Le document synoptique des acteurs de l’accompagnement d’une académie, en PDF', querystring: SynopticQuery,
      response: { 200: fileDownload('application/pdf', 'Le document synoptique') } },
  }, async (request, reply) => {
    const pageUrl = `${deps.config.publicUrl}/qui-contacter/${request.query.academie.toLowerCase()}/synoptique`;
    const file = await buildSynopticPdf(db, request.query.academie, { pageUrl });
    return reply.type('application/pdf').header('content-disposition', `attachment; filename="${file.filename}"`)
      .header('cache-control', 'public, max-age=300').send(file.content);
  });

  app.get('/api/directory', {
    config: directory,
    schema: { tags, summary: 'L’annuaire des interlocuteurs, avec leurs membres (personnel)', querystring: DirectoryQuery, response: { 200: ContactPointPage } },
  }, async (request) => listDirectory(db, actionContext(request).user, request.query));

  app.get('/api/contact-points/:id', {
    config: directory,
    schema: { tags, summary: 'Un interlocuteur de l’annuaire', params: IdParams, response: { 200: ContactPoint } },
  }, async (request) => getContactPoint(db, actionContext(request).user, request.params.id));

  app.post('/api/contact-points', {
    config: manage,
    schema: { tags, summary: 'Ajouter un interlocuteur à l’annuaire de son territoire', body: CreateContactPointBody, response: { 201: ContactPoint } },
  }, async (request, reply) => reply.code(201).send(await createContactPoint(db, actionContext(request), request.body)));

  app.patch('/api/contact-points/:id', {
    config: manage,
    schema: { tags, summary: 'Modifier un interlocuteur', params: IdParams, body: UpdateContactPointBody, response: { 200: ContactPoint } },
  }, async (request) => updateContactPoint(db, actionContext(request), request.params.id, request.body));

  app.post('/api/contact-points/:id/archive', {
    config: manage,
    schema: { tags, summary: 'Archiver un interlocuteur (il ne reçoit plus d’orientation)', params: IdParams, response: { 204: NoContent } },
  }, async (request, reply) => {
    await archiveContactPoint(db, actionContext(request), request.params.id);
    return reply.code(204).send(null);
  });

  app.post('/api/contact-points/:id/members', {
    config: manage,
    schema: { tags, summary: 'Ajouter un membre à un interlocuteur', params: IdParams, body: MemberBody, response: { 204: NoContent } },
  }, async (request, reply) => {
    await addMember(db, actionContext(request), request.params.id, request.body.personId);
    return reply.code(204).send(null);
  });

  app.get('/api/contact-points/:id/candidates', {
    config: manage,
    schema: { tags, summary: 'Les personnes qui peuvent devenir membres d’un interlocuteur (recherche par nom ou courriel)', params: IdParams,
      querystring: MemberCandidatesQuery, response: { 200: MemberCandidates } },
  }, async (request) => listMemberCandidates(db, actionContext(request).user, request.params.id, request.query.q));

  app.delete('/api/contact-points/:id/members/:personId', {
    config: manage,
    schema: { tags, summary: 'Retirer un membre d’un interlocuteur', params: MemberParams, response: { 204: NoContent } },
  }, async (request, reply) => {
    await removeMember(db, actionContext(request), request.params.id, request.params.personId);
    return reply.code(204).send(null);
  });

  // ─── Referrals, on the request's side ───────────────────────────────────────────────────────
  app.post('/api/requests/:id/referrals', {
    config: handle,
    schema: { tags, summary: 'Orienter une demande vers un interlocuteur', params: RequestIdParams, body: CreateReferralBody, response: { 201: CreatedReferral } },
  }, async (request, reply) => reply.code(201).send(await createReferral(db, actionContext(request), mails, request.params.id, request.body)));

  app.get('/api/requests/:id/referrals', {
    config: { access: { ability: 'requests.list' as const } },
    schema: { tags, summary: 'Les orientations d’une demande (l’agent : vers qui, pourquoi, comment le joindre)', params: RequestIdParams,
      response: { 200: RequestReferrals } },
  }, async (request) => listRequestReferrals(db, actionContext(request), request.params.id));

  app.post('/api/requests/:id/referrals/:referralId/consent', {
    config: { access: { ability: 'requests.submit' as const } },
    schema: { tags, summary: 'L’agent accepte que la description de sa demande soit transmise à l’interlocuteur', params: ReferralOfRequestParams,
      response: { 204: NoContent } },
  }, async (request, reply) => {
    await consentToShare(db, actionContext(request), request.params.id, request.params.referralId);
    return reply.code(204).send(null);
  });

  app.post('/api/requests/:id/referrals/:referralId/messages', {
    config: handle,
    schema: { tags, summary: 'Écrire à l’interlocuteur d’une orientation', params: ReferralOfRequestParams, body: ReferralMessageBody,
      response: { 201: CreatedMessage } },
  }, async (request, reply) => reply.code(201).send(
    await writeToTarget(db, actionContext(request), mails, request.params.id, request.params.referralId, request.body.body)));

  app.post('/api/referrals/:id/revoke', {
    config: handle,
    schema: { tags, summary: 'Retirer une orientation : son destinataire n’y a plus accès', params: IdParams, response: { 204: NoContent } },
  }, async (request, reply) => {
    await revokeReferral(db, actionContext(request), request.params.id);
    return reply.code(204).send(null);
  });

  // ─── Referrals, on the target's side (« Orientations reçues ») ──────────────────────────────
  app.get('/api/referrals', {
    config: receive,
    schema: { tags, summary: 'Orientations reçues', querystring: ReceivedReferralsQuery, response: { 200: ReceivedReferralPage } },
  }, async (request) => listReceivedReferrals(db, actionContext(request).user, request.query));

  app.get('/api/referrals/:id', {
    config: receive,
    schema: { tags, summary: 'Une orientation reçue (la description seulement si elle est transmise)', params: IdParams, response: { 200: ReferralDetail } },
  }, async (request) => getReferral(db, actionContext(request), request.params.id));

  app.post('/api/referrals/:id/accept', {
    config: receive,
    schema: { tags, summary: 'Accepter une orientation', params: IdParams, response: { 204: NoContent } },
  }, async (request, reply) => {
    await acceptReferral(db, actionContext(request), mails, request.params.id);
    return reply.code(204).send(null);
  });

  app.post('/api/referrals/:id/decline', {
    config: receive,
    schema: { tags, summary: 'Décliner une orientation (avec le motif)', params: IdParams, body: DeclineBody, response: { 204: NoContent } },
  }, async (request, reply) => {
    await declineReferral(db, actionContext(request), mails, request.params.id, request.body.reason);
    return reply.code(204).send(null);
  });

  app.post('/api/referrals/:id/messages', {
    config: receive,
    schema: { tags, summary: 'Écrire au conseiller qui a orienté la demande', params: IdParams, body: ReferralMessageBody, response: { 201: CreatedMessage } },
  }, async (request, reply) => reply.code(201).send(await writeAsTarget(db, actionContext(request), mails, request.params.id, request.body.body)));

  app.post('/api/referrals/:id/outcome', {
    config: receive,
    schema: { tags, summary: 'Enregistrer la suite donnée à une orientation', params: IdParams, body: OutcomeBody, response: { 204: NoContent } },
  }, async (request, reply) => {
    await recordReferralOutcome(db, actionContext(request), mails, request.params.id, request.body);
    return reply.code(204).send(null);
  });
}
