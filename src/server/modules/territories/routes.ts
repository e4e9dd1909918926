import type { FastifyInstance } from 'fastify';
import { Type } from 'typebox';
import { typed } from '../../http/typed.ts';
import type { AppDependencies } from '../../dependencies.ts';
import { notFound } from '../../errors/app-error.ts';
import { listAcademies } from './repository.ts';

const Departement = Type.Object({ code: Type.String(), name: Type.String() });
const Academie = Type.Object({ code: Type.String(), name: Type.String(), departements: Type.Array(Departement) });

export async function territoryRoutes(instance: FastifyInstance, { database }: AppDependencies) {
  const app = typed(instance);
  app.get('/api/territories/academies', {
    config: { access: 'public' },
    schema: { tags: ['territoires'], summary: 'Les 30 académies et leurs départements', response: { 200: Type.Array(Academie) } },
  }, async () => listAcademies(database.db));

  app.get('/api/territories/academies/:code', {
    config: { access: 'public' },
    schema: {
      tags: ['territoires'], summary: 'Une académie, ses départements, bassins et établissements connus',
      params: Type.Object({ code: Type.String({ maxLength: 40 }) }),
      response: {
        200: Type.Object({
          code: Type.String(), name: Type.String(), departements: Type.Array(Departement),
          bassins: Type.Array(Type.Object({ code: Type.String(), name: Type.String(), departementCode: Type.String() })),
        }),
      },
    },
  }, async (request) => {
    const academie = (await listAcademies(database.db, request.params.code.toUpperCase()))[0];
    if (!academie) throw notFound('Cette académie est inconnue.');
    const bassins = await database.db.selectFrom('bassins')
      .select(['code', 'name', 'departement_code as departementCode'])
      .where('departement_code', 'in', academie.departements.map((d) => d.code))
      .orderBy('code').execute();
    return { ...academie, bassins };
  });
}
