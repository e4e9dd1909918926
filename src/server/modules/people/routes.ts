import type { FastifyInstance } from 'fastify';
import { Type } from 'typebox';
import type { AppDependencies } from '../../dependencies.ts';
import { typed } from '../../http/typed.ts';
import { actionContext } from '../../http/context.ts';
import { forbidden } from '../../errors/app-error.ts';
import { academieOf } from '../../../shared/territories.ts';
import { can } from '../../policies/index.ts';
import { parisDate } from '../../clock.ts';
import { listAdvisers, searchAgents } from './repository.ts';

export async function peopleRoutes(instance: FastifyInstance, { database }: AppDependencies) {
  const app = typed(instance);
  const { db } = database;

  app.get('/api/agents', {
    config: { access: { ability: 'requests.handle' } },
    schema: {
      tags: ['personnes'], summary: 'Rechercher un agent de votre territoire (enregistrer un appel)',
      querystring: Type.Object({ q: Type.String({ minLength: 2, maxLength: 100 }) }),
      response: { 200: Type.Array(Type.Object({ id: Type.String(), displayName: Type.String(), email: Type.String(),
        departementCode: Type.Union([Type.String(), Type.Null()]), establishmentName: Type.Union([Type.String(), Type.Null()]) })) },
    },
  }, async (request) => {
    const rows = await searchAgents(db, actionContext(request).user, request.query.q);
    return rows.map((r) => ({ id: r.id, displayName: r.display_name, email: r.email, departementCode: r.departement_code, establishmentName: r.establishment_name }));
  });

  app.get('/api/advisers', {
    config: { access: { ability: 'requests.handle' } },
    schema: {
      tags: ['personnes'], summary: 'Les conseillers d’un département de votre territoire',
      querystring: Type.Object({ departement: Type.String({ pattern: '^(\\d{2,3}|2A|2B)$' }) }),
      response: { 200: Type.Array(Type.Object({ id: Type.String(), displayName: Type.String(), absent: Type.Boolean() })) },
    },
  }, async (request) => {
    const { user } = actionContext(request);
    const territory = { level: 'departement' as const, code: request.query.departement };
    const academie = academieOf(territory.code);
    if (!academie || !can(user, 'advisers.list', territory)) {
      throw forbidden('Ce département n’est pas dans votre territoire.');
    }
    const rows = await listAdvisers(db, territory.code, academie, parisDate(new Date()));
    return rows.map((r) => ({ id: r.id, displayName: r.display_name, absent: Boolean(r.absent) }));
  });
}
