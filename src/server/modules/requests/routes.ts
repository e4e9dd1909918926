import type { FastifyInstance } from 'fastify';
import { Type } from 'typebox';
import type { AppDependencies } from '../../dependencies.ts';
import { typed } from '../../http/typed.ts';
import { actionContext } from '../../http/context.ts';
import {
  AssignBody, BodyText, BreakGlassBody, CloseBody, Created, IdParams, ListRequestsQuery, Readers, RequestCounts, RequestDetail,
  RequestPage, StatusBody, SubmitRequestBody, SubmittedRequest,
} from './schemas.ts';
import { countRequests, getRequest, listRequests } from './service.ts';
import { presentSubmitted, submitRequest } from './submit.ts';
import { addNote, postMessage } from './conversation.ts';
import { assignRequest, changeStatus, closeRequest, reopenRequest } from './lifecycle.ts';
import { breakGlass } from './break-glass.ts';
import { listReaders } from './readers.ts';
import { requestNotifier } from './notifications.ts';

const tags = ['demandes'];
const onRequests = { access: { ability: 'requests.list' as const } };

export async function requestRoutes(instance: FastifyInstance, deps: AppDependencies) {
  const app = typed(instance);
  const { db } = deps.database;
  const notifier = requestNotifier(deps);

  app.get('/api/requests', {
    config: onRequests,
    schema: { tags, summary: 'Les demandes que vous pouvez voir (les plus récentes d’abord, ou par échéance)', querystring: ListRequestsQuery, response: { 200: RequestPage } },
  }, async (request) => listRequests(db, actionContext(request), request.query));

  app.get('/api/requests/counts', {
    config: onRequests,
    schema: { tags, summary: 'Le nombre de demandes par filtre de la file, et les non lues', response: { 200: RequestCounts } },
  }, async (request) => countRequests(db, actionContext(request)));

  app.post('/api/requests', {
    config: { access: { ability: 'requests.create' } },
    schema: {
      tags, summary: 'Déposer une demande (agent), ou l’enregistrer pour un agent (conseiller : agentId et channel)',
      body: SubmitRequestBody, response: { 201: SubmittedRequest },
    },
  }, async (request, reply) => {
    const ctx = actionContext(request);
    const created = await submitRequest(db, ctx, request.body, notifier);
    // Staff who logged a call read the request as staff (audited); an agent is shown what was stored.
    const detail = created.loggedByStaff ? await getRequest(db, ctx, created.id) : presentSubmitted(ctx, created);
    return reply.code(201).send({
      ...detail,
      acknowledgement: {
        reference: detail.reference,
        handledBy: detail.assignee?.displayName ?? 'le service RH de proximité de votre académie',
        firstResponseDueAt: detail.firstResponseDueAt,
      },
    });
  });

  app.get('/api/requests/:id', {
    config: onRequests,
    schema: { tags, summary: 'Une demande et son historique', params: IdParams, response: { 200: RequestDetail } },
  }, async (request) => getRequest(db, actionContext(request), request.params.id));

  app.get('/api/requests/:id/readers', {
    config: onRequests,
    schema: { tags, summary: 'Qui a consulté ma demande (pour l’agent de la demande)', params: IdParams, response: { 200: Readers } },
  }, async (request) => listReaders(db, actionContext(request), request.params.id));

  app.post('/api/requests/:id/messages', {
    config: onRequests,
    schema: { tags, summary: 'Un message entre l’agent et le service', params: IdParams, body: BodyText, response: { 201: Created } },
  }, async (request, reply) => {
    const ctx = actionContext(request);
    const created = await db.transaction().execute((trx) => postMessage(trx, ctx, request.params.id, request.body.body, notifier));
    return reply.code(201).send(created);
  });

  app.post('/api/requests/:id/notes', {
    config: onRequests,
    schema: { tags, summary: 'Une note interne, jamais montrée à l’agent', params: IdParams, body: BodyText, response: { 201: Created } },
  }, async (request, reply) => {
    const ctx = actionContext(request);
    return reply.code(201).send(await db.transaction().execute((trx) => addNote(trx, ctx, request.params.id, request.body.body)));
  });

  app.post('/api/requests/:id/assign', {
    config: onRequests,
    schema: { tags, summary: 'Attribuer, réattribuer, passer la main à un collègue ou prendre une demande', params: IdParams, body: AssignBody, response: { 204: Type.Null() } },
  }, async (request, reply) => {
    const ctx = actionContext(request);
    await db.transaction().execute((trx) => assignRequest(trx, ctx, request.params.id, request.body.adviserId));
    return reply.code(204).send(null);
  });

  app.post('/api/requests/:id/status', {
    config: onRequests,
    schema: { tags, summary: 'Passer « en cours » ou « en attente de l’agent »', params: IdParams, body: StatusBody, response: { 204: Type.Null() } },
  }, async (request, reply) => {
    const ctx = actionContext(request);
    await db.transaction().execute((trx) => changeStatus(trx, ctx, request.params.id, request.body.status));
    return reply.code(204).send(null);
  });

  app.post('/api/requests/:id/close', {
    config: onRequests,
    schema: { tags, summary: 'Clôturer avec le type de réponse', params: IdParams, body: CloseBody, response: { 204: Type.Null() } },
  }, async (request, reply) => {
    const ctx = actionContext(request);
    await db.transaction().execute((trx) => closeRequest(trx, ctx, request.params.id, request.body));
    return reply.code(204).send(null);
  });

  app.post('/api/requests/:id/reopen', {
    config: onRequests,
    schema: { tags, summary: 'Rouvrir une demande clôturée', params: IdParams, response: { 204: Type.Null() } },
  }, async (request, reply) => {
    const ctx = actionContext(request);
    await db.transaction().execute((trx) => reopenRequest(trx, ctx, request.params.id));
    return reply.code(204).send(null);
  });

  app.post('/api/requests/:id/break-glass', {
    config: onRequests,
    schema: { tags, summary: 'Ouverture exceptionnelle d’une demande sensible par le coordonnateur, avec justification', params: IdParams, body: BreakGlassBody, response: { 204: Type.Null() } },
  }, async (request, reply) => {
    const ctx = actionContext(request);
    await db.transaction().execute((trx) => breakGlass(trx, ctx, request.params.id, request.body.justification, notifier));
    return reply.code(204).send(null);
  });
}
