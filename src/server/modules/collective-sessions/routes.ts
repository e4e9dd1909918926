import type { FastifyInstance } from 'fastify';
import type { AppDependencies } from '../../dependencies.ts';
import { typed } from '../../http/typed.ts';
import { actionContext } from '../../http/context.ts';
import {
  AttendanceBody, CancelSessionBody, CollectiveSession, CollectiveSessions, CreateSessionBody, IdParams, OrganisedSessionsQuery, Participants,
  RegistrationResult, UpdateSessionBody,
} from '../../../shared/contracts/collective-sessions.ts';
import { NoContent } from '../../../shared/contracts/common.ts';
import { sessionMails } from './notifications.ts';
import { listSessions } from './list-sessions.ts';
import { listOrganisedSessions } from './list-organised-sessions.ts';
import { getSession } from './get-session.ts';
import { createSession } from './create-session.ts';
import { updateSession } from './update-session.ts';
import { cancelSession } from './cancel-session.ts';
import { registerForSession } from './register-for-session.ts';
import { unregisterFromSession } from './unregister-from-session.ts';
import { listParticipants } from './list-participants.ts';
import { recordAttendance } from './record-attendance.ts';

const tags = ['collective-sessions'];

/** Collective sessions: offered to agents, registration and waiting list; organised, cancelled and attended by staff. */
export async function collectiveSessionRoutes(instance: FastifyInstance, { database, config, mail }: AppDependencies) {
  const app = typed(instance);
  const { db } = database;
  const mails = sessionMails({ config, mail });
  const attend = { access: { ability: 'collectiveSessions.attend' as const } };
  const organise = { access: { ability: 'collectiveSessions.organise' as const } };

  app.get('/api/collective-sessions', {
    config: attend,
    schema: { tags, summary: 'Les ateliers et réunions à venir qui me sont proposés', response: { 200: CollectiveSessions } },
  }, async (request) => listSessions(db, actionContext(request).user));

  app.get('/api/collective-sessions/organised', {
    config: organise,
    schema: { tags, summary: 'Les ateliers et réunions que j’organise', querystring: OrganisedSessionsQuery, response: { 200: CollectiveSessions } },
  }, async (request) => listOrganisedSessions(db, actionContext(request).user, request.query));

  app.post('/api/collective-sessions', {
    config: organise,
    schema: { tags, summary: 'Programmer un atelier ou une réunion', body: CreateSessionBody, response: { 201: CollectiveSession } },
  }, async (request, reply) => reply.code(201).send(await createSession(db, actionContext(request), request.body)));

  app.get('/api/collective-sessions/:id', {
    config: { access: { ability: 'collectiveSessions.read' as const } },
    schema: { tags, summary: 'Un atelier ou une réunion', params: IdParams, response: { 200: CollectiveSession } },
  }, async (request) => getSession(db, actionContext(request).user, request.params.id));

  app.patch('/api/collective-sessions/:id', {
    config: organise,
    schema: { tags, summary: 'Modifier un atelier ou une réunion', params: IdParams, body: UpdateSessionBody, response: { 200: CollectiveSession } },
  }, async (request) => updateSession(db, actionContext(request), mails, request.params.id, request.body));

  app.post('/api/collective-sessions/:id/cancel', {
    config: organise,
    schema: { tags, summary: 'Annuler un atelier ou une réunion', params: IdParams, body: CancelSessionBody, response: { 200: CollectiveSession } },
  }, async (request) => cancelSession(db, actionContext(request), mails, request.params.id, request.body ?? {}));

  app.get('/api/collective-sessions/:id/participants', {
    config: organise,
    schema: { tags, summary: 'Inscrits et liste d’attente', params: IdParams, response: { 200: Participants } },
  }, async (request) => listParticipants(db, actionContext(request), request.params.id));

  app.post('/api/collective-sessions/:id/attendance', {
    config: organise,
    schema: { tags, summary: 'Noter les présences', params: IdParams, body: AttendanceBody, response: { 200: Participants } },
  }, async (request) => recordAttendance(db, actionContext(request), request.params.id, request.body));

  app.post('/api/collective-sessions/:id/registration', {
    config: attend,
    schema: { tags, summary: 'M’inscrire (ou rejoindre la liste d’attente)', params: IdParams, response: { 201: RegistrationResult } },
  }, async (request, reply) => reply.code(201).send(await registerForSession(db, actionContext(request), mails, request.params.id)));

  app.delete('/api/collective-sessions/:id/registration', {
    config: attend,
    schema: { tags, summary: 'Me désinscrire', params: IdParams, response: { 204: NoContent } },
  }, async (request, reply) => {
    await unregisterFromSession(db, actionContext(request), mails, request.params.id);
    return reply.code(204).send(null);
  });
}
