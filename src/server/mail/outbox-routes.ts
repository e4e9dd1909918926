import type { FastifyInstance } from 'fastify';
import { typed } from '../http/typed.ts';
import type { AppDependencies } from '../dependencies.ts';
import { actionContext } from '../http/context.ts';
import { IdParams, OutboxMailDetail, OutboxPage, PageQuery } from '../../shared/contracts/outbox.ts';
import { listOutboxMails } from './list-outbox-mails.ts';
import { readOutboxMail } from './read-outbox-mail.ts';

/**
 * The outbox: every mail sent, for the administrators of the académie. In demo (no SMTP
 * server) it is where the mails go. Mails hold no request content, but they name their
 * recipient: each read is written to the audit log.
 */
export async function outboxRoutes(instance: FastifyInstance, { database }: AppDependencies) {
  const app = typed(instance);
  const { db } = database;

  app.get('/api/admin/outbox', {
    config: { access: { ability: 'outbox.read' } },
    schema: { tags: ['administration'], summary: 'Les courriels envoyés (ou déposés dans la boîte d’envoi), le plus récent d’abord', querystring: PageQuery, response: { 200: OutboxPage } },
  }, async (request) => listOutboxMails(db, actionContext(request), request.query));

  app.get('/api/admin/outbox/:id', {
    config: { access: { ability: 'outbox.read' } },
    schema: { tags: ['administration'], summary: 'Un courriel de la boîte d’envoi, avec son texte', params: IdParams, response: { 200: OutboxMailDetail } },
  }, async (request) => readOutboxMail(db, actionContext(request), request.params.id));
}
