import type { FastifyInstance } from 'fastify';
import { typed } from '../../http/typed.ts';
import type { AppDependencies } from '../../dependencies.ts';
import { AcademieDetail, AcademieParams, Academies } from '../../../shared/contracts/territories.ts';
import { getAcademie, listAcademies } from './academies.ts';

const tags = ['territoires'];

export async function territoryRoutes(instance: FastifyInstance, { database }: AppDependencies) {
  const app = typed(instance);
  const { db } = database;

  app.get('/api/territories/academies', {
    config: { access: 'public' },
    schema: { tags, summary: 'Les 30 académies et leurs départements', response: { 200: Academies } },
  }, async () => listAcademies(db));

  app.get('/api/territories/academies/:code', {
    config: { access: 'public' },
    schema: {
      tags, summary: 'Une académie, ses départements, bassins et établissements connus',
      params: AcademieParams, response: { 200: AcademieDetail },
    },
  }, async (request) => getAcademie(db, request.params.code));
}
