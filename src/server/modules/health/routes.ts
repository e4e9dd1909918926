import type { FastifyInstance } from 'fastify';
import { typed } from '../../http/typed.ts';
import type { AppDependencies } from '../../dependencies.ts';
import { sendProblem } from '../../errors/error-handler.ts';
import { Health, Readiness } from '../../../shared/contracts/health.ts';
import { databaseAnswers } from './repository.ts';

export async function healthRoutes(instance: FastifyInstance, deps: AppDependencies) {
  const app = typed(instance);
  app.get('/api/health', {
    config: { access: 'public' },
    schema: { tags: ['santé'], summary: 'Le processus répond', response: { 200: Health } },
  }, async () => ({ status: 'ok' as const }));

  app.get('/api/ready', {
    config: { access: 'public' },
    schema: { tags: ['santé'], summary: 'La base de données répond', response: { 200: Readiness } },
  }, async (_request, reply) => {
    if (await databaseAnswers(deps.database.db)) return { status: 'ready' as const };
    return sendProblem(reply, 'unavailable', 'La base de données ne répond pas.');
  });
}
