import type { FastifyInstance } from 'fastify';
import type { AppDependencies } from '../../dependencies.ts';
import { typed } from '../../http/typed.ts';
import { actionContext } from '../../http/context.ts';
import { invalid } from '../../errors/app-error.ts';
import { fileDownload, NoContent } from '../../../shared/contracts/common.ts';
import {
  AssignBody, AttachmentRef, BodyText, BreakGlassBody, CloseBody, Created, IdParams, ListRequestsQuery, Readers, RequestCounts,
  ReopenBody, RequestDetail, RequestPage, StatusBody, SubmitRequestBody, SubmittedRequest,
} from '../../../shared/contracts/requests.ts';
import { listRequests } from './list-requests.ts';
import { countRequests } from './count-requests.ts';
import { submitRequest } from './submit-request.ts';
import { getRequest } from './get-request.ts';
import { listReaders } from './list-readers.ts';
import { postMessage } from './post-message.ts';
import { addNote } from './add-note.ts';
import { assignRequest } from './assign-request.ts';
import { changeStatus } from './change-status.ts';
import { closeRequest } from './close-request.ts';
import { reopenRequest } from './reopen-request.ts';
import { breakGlass } from './break-glass.ts';
import { addAttachment } from './add-attachment.ts';
import { readAttachment } from './read-attachment.ts';
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
  }, async (request, reply) => reply.code(201).send(await submitRequest(db, actionContext(request), request.body, { notifier, log: request.log })));

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
  }, async (request, reply) => reply.code(201).send(await postMessage(db, actionContext(request), request.params.id, request.body.body, notifier)));

  app.post('/api/requests/:id/notes', {
    config: onRequests,
    schema: { tags, summary: 'Une note interne, jamais montrée à l’agent', params: IdParams, body: BodyText, response: { 201: Created } },
  }, async (request, reply) => reply.code(201).send(await addNote(db, actionContext(request), request.params.id, request.body.body)));

  app.post('/api/requests/:id/assign', {
    config: onRequests,
    schema: { tags, summary: 'Attribuer, réattribuer, passer la main à un collègue ou prendre une demande', params: IdParams, body: AssignBody, response: { 204: NoContent } },
  }, async (request, reply) => {
    await assignRequest(db, actionContext(request), request.params.id, request.body.adviserId);
    return reply.code(204).send(null);
  });

  app.post('/api/requests/:id/status', {
    config: onRequests,
    schema: { tags, summary: 'Passer « en cours » ou « en attente de l’agent »', params: IdParams, body: StatusBody, response: { 204: NoContent } },
  }, async (request, reply) => {
    await changeStatus(db, actionContext(request), request.params.id, request.body.status);
    return reply.code(204).send(null);
  });

  app.post('/api/requests/:id/close', {
    config: onRequests,
    schema: { tags, summary: 'Clôturer avec le type de réponse', params: IdParams, body: CloseBody, response: { 204: NoContent } },
  }, async (request, reply) => {
    await closeRequest(db, actionContext(request), request.params.id, request.body, deps.closingRules ?? []);
    return reply.code(204).send(null);
  });

  app.post('/api/requests/:id/reopen', {
    config: onRequests,
    schema: {
      tags, summary: 'Rouvrir une demande clôturée, avec un motif facultatif (transmis au service, jamais par courriel)',
      params: IdParams, body: ReopenBody, response: { 204: NoContent },
    },
    // API.md's reopening has no body: an empty one is no reason.
    preValidation: async (request) => { request.body ??= {}; },
  }, async (request, reply) => {
    await reopenRequest(db, actionContext(request), request.params.id, { reason: request.body?.reason, notifier });
    return reply.code(204).send(null);
  });

  app.post('/api/requests/:id/break-glass', {
    config: onRequests,
    schema: { tags, summary: 'Ouverture exceptionnelle d’une demande sensible par le coordonnateur, avec justification', params: IdParams, body: BreakGlassBody, response: { 204: NoContent } },
  }, async (request, reply) => {
    await breakGlass(db, actionContext(request), request.params.id, request.body.justification, notifier);
    return reply.code(204).send(null);
  });

  app.post('/api/requests/:id/attachments', {
    config: onRequests,
    schema: {
      tags, summary: 'Joindre un fichier (PDF, JPEG, PNG, ODT, DOCX ; 10 Mo ; 5 par demande), champ « file » en multipart',
      consumes: ['multipart/form-data'], params: IdParams, response: { 201: AttachmentRef },
    },
  }, async (request, reply) => {
    const part = await request.file();
    if (!part || part.fieldname !== 'file') throw invalid([{ field: 'file', message: 'Joignez un fichier dans le champ « file ».' }]);
    const file = { filename: part.filename, content: await part.toBuffer() };
    return reply.code(201).send(await addAttachment(db, actionContext(request), request.params.id, file));
  });

  app.get('/api/attachments/:id', {
    config: onRequests,
    schema: { tags, summary: 'Télécharger une pièce jointe', params: IdParams, response: { 200: fileDownload('*/*', 'Le fichier, dans son type reconnu à son contenu') } },
  }, async (request, reply) => {
    const file = await readAttachment(db, actionContext(request), request.params.id);
    return reply
      .type(file.mediaType)
      .header('content-disposition', `attachment; filename*=UTF-8''${encodeURIComponent(file.filename)}`)
      .header('x-content-type-options', 'nosniff')
      .header('cache-control', 'private, no-store')
      .send(file.content);
  });
}
