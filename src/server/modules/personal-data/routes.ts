import type { FastifyInstance } from 'fastify';
import type { AppDependencies } from '../../dependencies.ts';
import { typed } from '../../http/typed.ts';
import { actionContext } from '../../http/context.ts';
import { PersonalDataExport } from '../../../shared/contracts/personal-data.ts';
import { exportPersonalData } from './export-personal-data.ts';

export async function personalDataRoutes(instance: FastifyInstance, { database }: AppDependencies) {
  const app = typed(instance);
  app.get('/api/me/data', {
    config: { access: { ability: 'session.use' } },
    schema: {
      tags: ['mes données'], summary: 'Télécharger toutes les données me concernant (RGPD, droit d’accès), en JSON',
      response: { 200: PersonalDataExport },
    },
  }, async (request, reply) => {
    const data = await exportPersonalData(database.db, actionContext(request));
    return reply.header('content-disposition', 'attachment; filename="mes-donnees-proxirh.json"').header('cache-control', 'no-store').send(data);
  });
}
