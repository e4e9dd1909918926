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
