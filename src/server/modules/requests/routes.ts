import type { FastifyInstance } from 'fastify';
import { Type } from 'typebox';
import { typed } from '../../http/typed.ts';
import type { AppDependencies } from '../../app.ts';
import { actionContext } from '../../http/context.ts';
import { ListRequestsQuery, RequestDetail, RequestPage } from './schemas.ts';
import { getRequest, listRequests } from './service.ts';

export async function requestRoutes(instance: FastifyInstance, { database }: AppDependencies) {
  const app = typed(instance);
  app.get('/api/requests', {
    config: { access: { ability: 'requests.list' } },
    schema: { tags: ['demandes'], summary: 'Les demandes que vous pouvez voir, les plus récentes d’abord', querystring: ListRequestsQuery, response: { 200: RequestPage } },
  }, async (request) => listRequests(database.db, actionContext(request), request.query));

  app.get('/api/requests/:id', {
    config: { access: { ability: 'requests.list' } },
    schema: { tags: ['demandes'], summary: 'Une demande et son historique', params: Type.Object({ id: Type.String({ maxLength: 64 }) }), response: { 200: RequestDetail } },
  }, async (request) => getRequest(database.db, actionContext(request), request.params.id));
}
