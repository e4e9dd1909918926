import type { FastifyInstance } from 'fastify';
import type { AppDependencies } from '../../dependencies.ts';
import { typed } from '../../http/typed.ts';
import { actionContext } from '../../http/context.ts';
import { AdviserOptions, AdvisersQuery, AgentSearchQuery, AgentSearchResults } from '../../../shared/contracts/people.ts';
import { searchAgents } from './search-agents.ts';
import { listAdvisers } from './list-advisers.ts';

export async function peopleRoutes(instance: FastifyInstance, { database }: AppDependencies) {
  const app = typed(instance);
  const { db } = database;

  app.get('/api/agents', {
    config: { access: { ability: 'requests.handle' } },
    schema: {
      tags: ['personnes'], summary: 'Rechercher un agent de votre territoire (enregistrer un appel)',
      querystring: AgentSearchQuery, response: { 200: AgentSearchResults },
    },
  }, async (request) => searchAgents(db, actionContext(request).user, request.query.q));

  app.get('/api/advisers', {
    config: { access: { ability: 'requests.handle' } },
    schema: {
      tags: ['personnes'], summary: 'Les conseillers d’un département de votre territoire',
      querystring: AdvisersQuery, response: { 200: AdviserOptions },
    },
  }, async (request) => listAdvisers(db, actionContext(request).user, request.query.departement));
}
