import type { FastifyInstance } from 'fastify';
import { sql } from 'kysely';
import { Type } from 'typebox';
import { typed } from '../../http/typed.ts';
import type { AppDependencies } from '../../dependencies.ts';
import { sendProblem } from '../../errors/error-handler.ts';

export async function healthRoutes(instance: FastifyInstance, deps: AppDependencies) {
  const app = typed(instance);
  app.get('/api/health', {
    config: { access: 'public' },
    schema: { tags: ['santé'], summary: 'Le processus répond', response: { 200: Type.Object({ status: Type.Literal('ok') }) } },
  }, async () => ({ status: 'ok' as const }));

  app.get('/api/ready', {
    config: { access: 'public' },
    schema: { tags: ['santé'], summary: 'La base de données répond', response: { 200: Type.Object({ status: Type.Literal('ready') }) } },
  }, async (_request, reply) => {
    try {
      await sql`select 1`.execute(deps.database.db);
      return { status: 'ready' as const };
    } catch {
      return sendProblem(reply, 'unavailable', 'La base de données ne répond pas.');
    }
  });
}
