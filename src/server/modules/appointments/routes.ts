import type { FastifyInstance } from 'fastify';
import type { AppDependencies } from '../../dependencies.ts';
import { typed } from '../../http/typed.ts';
import { actionContext } from '../../http/context.ts';
import {
  Appointment, Appointments, AppointmentsQuery, BookAppointmentBody, BookedAppointment, CancelAppointmentBody, CreateOfficeHourBody, IdParams,
  OfficeHour, OfficeHours, OfficeHoursQuery, Slots, SlotsQuery, UpdateOfficeHourBody,
  Agenda, AgendaQuery, CalendarFeed, CalendarFeedParams, CreateEarlierSlotWishBody, EarlierSlotWish, EarlierSlotWishes, MoveAppointmentBody,
  SetAppointmentStatusBody,
} from '../../../shared/contracts/appointments.ts';
import { NoContent, fileDownload } from '../../../shared/contracts/common.ts';
import { setAppointmentStatus } from './set-appointment-status.ts';
import { moveAppointment } from './move-appointment.ts';
import { listAgenda } from './list-agenda.ts';
import { listEarlierSlotWishes } from './earlier-slot-wishes.ts';
import { createEarlierSlotWish } from './create-earlier-slot-wish.ts';
import { withdrawEarlierSlotWish } from './withdraw-earlier-slot-wish.ts';
import { buildCalendarFeed, createCalendarFeed, readCalendarFeed, revokeCalendarFeed } from './calendar-feeds.ts';
import { appointmentMails } from './notifications.ts';
import { listOfficeHours } from './list-office-hours.ts';
import { createOfficeHour } from './create-office-hour.ts';
import { updateOfficeHour } from './update-office-hour.ts';
import { closeOfficeHour } from './close-office-hour.ts';
import { listSlots } from './list-slots.ts';
import { bookAppointment } from './book-appointment.ts';
import { listAppointments } from './list-appointments.ts';
import { cancelAppointment } from './cancel-appointment.ts';

const tags = ['appointments'];

/** Office hours (the adviser's own, the coordinator's territory), free slots, bookings and cancellations. */
export async function appointmentRoutes(instance: FastifyInstance, { database, config, mail }: AppDependencies) {
  const app = typed(instance);
  const { db } = database;
  const mails = appointmentMails({ config, mail });
  const manage = { access: { ability: 'officeHours.manage' as const } };

  app.get('/api/office-hours', {
    config: manage,
    schema: { tags, summary: 'Les permanences que je gère', querystring: OfficeHoursQuery, response: { 200: OfficeHours } },
  }, async (request) => listOfficeHours(db, actionContext(request).user, request.query));

  app.post('/api/office-hours', {
    config: manage,
    schema: { tags, summary: 'Ouvrir une permanence', body: CreateOfficeHourBody, response: { 201: OfficeHour } },
  }, async (request, reply) => reply.code(201).send(await createOfficeHour(db, actionContext(request), request.body)));

  app.patch('/api/office-hours/:id', {
    config: manage,
    schema: { tags, summary: 'Modifier une permanence', params: IdParams, body: UpdateOfficeHourBody, response: { 200: OfficeHour } },
  }, async (request) => updateOfficeHour(db, actionContext(request), request.params.id, request.body));

  app.post('/api/office-hours/:id/close', {
    config: manage,
    schema: { tags, summary: 'Fermer une permanence', params: IdParams, response: { 200: OfficeHour } },
  }, async (request) => closeOfficeHour(db, actionContext(request), request.params.id));

  app.get('/api/slots', {
    config: { access: { ability: 'slots.read' as const } },
    schema: { tags, summary: 'Créneaux libres, les plus proches d’abord', querystring: SlotsQuery, response: { 200: Slots } },
  }, async (request) => listSlots(db, actionContext(request).user, request.query));

  app.post('/api/appointments', {
    config: { access: { ability: 'appointments.book' as const } },
    schema: { tags, summary: 'Réserver un créneau', body: BookAppointmentBody, response: { 201: BookedAppointment } },
  }, async (request, reply) => reply.code(201).send(await bookAppointment(db, actionContext(request), mails, request.body)));

  app.get('/api/appointments', {
    config: { access: { ability: 'appointments.list' as const } },
    schema: { tags, summary: 'Mes rendez-vous', querystring: AppointmentsQuery, response: { 200: Appointments } },
  }, async (request) => listAppointments(db, actionContext(request).user, request.query));

  app.post('/api/appointments/:id/cancel', {
    config: { access: { ability: 'appointments.list' as const } },
    schema: { tags, summary: 'Annuler un rendez-vous', params: IdParams, body: CancelAppointmentBody, response: { 200: Appointment } },
  }, async (request) => cancelAppointment(db, actionContext(request), mails, request.params.id, request.body ?? {}));

  // ─── The agenda (issue 14, second part): statuses, moves, earlier-slot wishes, calendar feeds ───

  app.post('/api/appointments/:id/status', {
    config: { access: { ability: 'agenda.read' as const } },
    schema: { tags, summary: 'Noter la suite d’un rendez-vous : honoré, absence non excusée, absence excusée', params: IdParams,
      body: SetAppointmentStatusBody, response: { 200: Appointment } },
  }, async (request) => setAppointmentStatus(db, actionContext(request), request.params.id, request.body));

  app.post('/api/appointments/:id/move', {
    config: { access: { ability: 'appointments.list' as const } },
    schema: { tags, summary: 'Déplacer un rendez-vous vers un autre créneau libre', params: IdParams, body: MoveAppointmentBody, response: { 200: Appointment } },
  }, async (request) => moveAppointment(db, actionContext(request), mails, request.params.id, request.body));

  app.get('/api/agenda', {
    config: { access: { ability: 'agenda.read' as const } },
    schema: { tags, summary: 'Mon agenda de conseiller : les rendez-vous des jours demandés', querystring: AgendaQuery, response: { 200: Agenda } },
  }, async (request) => listAgenda(db, actionContext(request).user, request.query));

  const wishes = { access: { ability: 'earlierSlots.wish' as const } };
  app.get('/api/earlier-slot-wishes', {
    config: wishes,
    schema: { tags, summary: 'Mes demandes d’être prévenu d’un créneau plus tôt, et les créneaux proposés', response: { 200: EarlierSlotWishes } },
  }, async (request) => listEarlierSlotWishes(db, actionContext(request).user));

  app.post('/api/earlier-slot-wishes', {
    config: wishes,
    schema: { tags, summary: 'Être prévenu d’un créneau plus tôt', body: CreateEarlierSlotWishBody, response: { 201: EarlierSlotWish } },
  }, async (request, reply) => reply.code(201).send(await createEarlierSlotWish(db, actionContext(request).user, request.body)));

  app.delete('/api/earlier-slot-wishes/:id', {
    config: wishes,
    schema: { tags, summary: 'Ne plus être prévenu', params: IdParams, response: { 204: NoContent } },
  }, async (request, reply) => {
    await withdrawEarlierSlotWish(db, actionContext(request).user, request.params.id);
    return reply.code(204).send(null);
  });

  const feeds = { access: { ability: 'calendarFeeds.manage' as const } };
  app.get('/api/calendar-feed', {
    config: feeds,
    schema: { tags, summary: 'Mon agenda dans mon calendrier : état du lien personnel', response: { 200: CalendarFeed } },
  }, async (request) => readCalendarFeed(db, actionContext(request).user.id));

  app.post('/api/calendar-feed', {
    config: feeds,
    schema: { tags, summary: 'Créer ou régénérer le lien personnel (l’ancien cesse aussitôt de fonctionner)', response: { 201: CalendarFeed } },
  }, async (request, reply) => reply.code(201).send(await createCalendarFeed(db, actionContext(request), config.publicUrl)));

  app.delete('/api/calendar-feed', {
    config: feeds,
    schema: { tags, summary: 'Révoquer le lien personnel', response: { 200: CalendarFeed } },
  }, async (request) => revokeCalendarFeed(db, actionContext(request)));

  app.get('/api/calendar/:token.ics', {
    // Calendars poll a feed every few minutes; a guessed address is only ever a 404.
    config: { access: 'public', rateLimit: { max: 60, timeWindow: '1 minute' } },
    schema: { tags, summary: 'Flux iCalendar privé des rendez-vous d’une personne (adresse secrète)', params: CalendarFeedParams,
      response: { 200: fileDownload('text/calendar', 'Le calendrier des rendez-vous') } },
  }, async (request, reply) => {
    const body = await buildCalendarFeed(db, request.params.token, config.publicUrl);
    return reply.type('text/calendar; charset=utf-8').header('cache-control', 'private, no-store').header('x-robots-tag', 'noindex')
      .header('referrer-policy', 'no-referrer').send(body);
  });
}
