import type { FastifyInstance } from 'fastify';
import type { AppDependencies } from '../../dependencies.ts';
import { typed } from '../../http/typed.ts';
import { actionContext } from '../../http/context.ts';
import {
  Appointment, Appointments, AppointmentsQuery, BookAppointmentBody, BookedAppointment, CancelAppointmentBody, CreateOfficeHourBody, IdParams,
  OfficeHour, OfficeHours, OfficeHoursQuery, Slots, SlotsQuery, UpdateOfficeHourBody,
} from '../../../shared/contracts/appointments.ts';
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
}
