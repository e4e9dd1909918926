import type { ServiceModule } from '../module.ts';
import { appointmentRoutes } from './routes.ts';
import { appointmentJobDefinitions } from './jobs.ts';
import { appointmentMails } from './notifications.ts';

export const appointmentsModule: ServiceModule = {
  name: 'appointments',
  routes: appointmentRoutes,
  jobs: ({ database, config, mail }) => appointmentJobDefinitions(database.db, appointmentMails({ config, mail })),
};

/** The 48-hour reminder, for tests and the job runner. */
export { sendAppointmentReminders, REMINDER_HOURS } from './jobs.ts';
export { appointmentMails, type AppointmentMails } from './notifications.ts';
/** Slot generation and the recurrence rules (the demo académie writes its office hours with them). */
export { officeHourSlots, parisInstant, encodeSlotId, decodeSlotId } from './slots.ts';
export { recurrenceRule, recurrenceDays } from './recurrence.ts';
/** The invitation (.ics) a mail carries, built at delivery (the mail module attaches it). */
export { appointmentInvitation, buildInvitation, invitationUid } from './invitation.ts';
/** What the steering reports need to compute the delay to the first free slot (reports/appointment-figures.ts). */
export { withoutBooked } from './slots.ts';
export { findAbsences, findBookedTimes } from './repository.ts';
/** The agenda's jobs (earlier-slot offers, anonymisation), for tests and the job runner. */
export { offerFreedSlots, OFFERS_PER_SLOT } from './offer-freed-slots.ts';
export { anonymiseExpiredAppointments } from './anonymise-appointments.ts';
