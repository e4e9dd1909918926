import type { FastifyInstance } from 'fastify';
import type { AppDependencies } from '../../dependencies.ts';
import { typed } from '../../http/typed.ts';
import { actionContext } from '../../http/context.ts';
import { fileDownload } from '../../../shared/contracts/common.ts';
import { IdParams, KeyDate, KeyDateBody, KeyDates, KeyDatesQuery, ManagedKeyDatesQuery, MyKeyDates, UpdateKeyDateBody } from '../../../shared/contracts/key-dates.ts';
import { listKeyDates } from './list-key-dates.ts';
import { buildKeyDatesFeed } from './build-key-dates-feed.ts';
import { listManagedKeyDates } from './list-managed-key-dates.ts';
import { createKeyDate } from './create-key-date.ts';
import { listMyKeyDates } from './list-my-key-dates.ts';
import { updateKeyDate } from './update-key-date.ts';

const tags = ['key-dates'];

/** Key dates: public as JSON and as an iCalendar feed; written by the editors. */
export async function keyDateRoutes(instance: FastifyInstance, { database, config }: AppDependencies) {
  const app = typed(instance);
  const { db } = database;
  const manage = { access: { ability: 'keyDates.manage' as const } };

  app.get('/api/key-dates', {
    config: { access: 'public' },
    schema: { tags, summary: 'Les dates-clés d’une académie (et les nationales), pour une catégorie de personnels', querystring: KeyDatesQuery,
      response: { 200: KeyDates } },
  }, async (request) => listKeyDates(db, request.query));

  app.get('/api/key-dates.ics', {
    config: { access: 'public' },
    schema: { tags, summary: 'Les mêmes dates-clés, en flux iCalendar (abonnement depuis un agenda)', querystring: KeyDatesQuery,
      response: { 200: fileDownload('text/calendar', 'Le calendrier des dates-clés (RFC 5545)') } },
  }, async (request, reply) => {
    const feed = await buildKeyDatesFeed(db, request.query, config.publicUrl);
    return reply.type('text/calendar; charset=utf-8').header('content-disposition', 'inline; filename="dates-cles.ics"')
      .header('cache-control', 'public, max-age=300').send(feed);
  });

  app.get('/api/key-dates/mine', {
    config: { access: { ability: 'keyDates.mine' as const } },
    schema: { tags, summary: 'Les dates-clés qui me concernent (mon académie, ma catégorie)', response: { 200: MyKeyDates } },
  }, async (request) => listMyKeyDates(db, actionContext(request).user));

  app.get('/api/key-dates/managed', {
    config: manage,
    schema: { tags, summary: 'Les dates-clés que j’édite (annulées comprises)', querystring: ManagedKeyDatesQuery, response: { 200: KeyDates } },
  }, async (request) => listManagedKeyDates(db, actionContext(request).user, request.query));

  app.post('/api/key-dates', {
    config: manage,
    schema: { tags, summary: 'Ajouter une date-clé', body: KeyDateBody, response: { 201: KeyDate } },
  }, async (request, reply) => reply.code(201).send(await createKeyDate(db, actionContext(request), request.body)));

  app.patch('/api/key-dates/:id', {
    config: manage,
    schema: { tags, summary: 'Modifier une date-clé (les agendas abonnés sont mis à jour)', params: IdParams, body: UpdateKeyDateBody, response: { 200: KeyDate } },
  }, async (request) => updateKeyDate(db, actionContext(request), request.params.id, request.body));

  app.post('/api/key-dates/:id/cancel', {
    config: manage,
    schema: { tags, summary: 'Annuler une date-clé (elle reste, marquée annulée)', params: IdParams, response: { 200: KeyDate } },
  }, async (request) => updateKeyDate(db, actionContext(request), request.params.id, 'cancel'));
}
