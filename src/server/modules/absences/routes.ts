import type { FastifyInstance } from 'fastify';
import type { AppDependencies } from '../../dependencies.ts';
import { typed } from '../../http/typed.ts';
import { actionContext } from '../../http/context.ts';
import { NoContent } from '../../../shared/contracts/common.ts';
import { Absence, Absences, DeclareAbsenceBody, IdParams } from '../../../shared/contracts/absences.ts';
import { listAbsences } from './list-absences.ts';
import { declareAbsence } from './declare-absence.ts';
import { withdrawAbsence } from './withdraw-absence.ts';

/** An adviser's absence periods: new requests skip them, the coordinator sees their open ones. */
export async function absenceRoutes(instance: FastifyInstance, { database }: AppDependencies) {
  const app = typed(instance);
  const { db } = database;
  const access = { access: { ability: 'absences.manage' as const } };

  app.get('/api/me/absences', {
    config: access,
    schema: { tags: ['absences'], summary: 'Mes absences à venir et en cours', response: { 200: Absences } },
  }, async (request) => listAbsences(db, actionContext(request).user));

  app.post('/api/me/absences', {
    config: access,
    schema: { tags: ['absences'], summary: 'Déclarer une absence', body: DeclareAbsenceBody, response: { 201: Absence } },
  }, async (request, reply) => reply.code(201).send(await declareAbsence(db, actionContext(request), request.body)));

  app.delete('/api/me/absences/:id', {
    config: access,
    schema: { tags: ['absences'], summary: 'Retirer une absence', params: IdParams, response: { 204: NoContent } },
  }, async (request, reply) => {
    await withdrawAbsence(db, actionContext(request).user, request.params.id);
    return reply.code(204).send(null);
  });
}
