import type { ServiceModule } from '../module.ts';
import { collectiveSessionRoutes } from './routes.ts';
import { sessionJobDefinitions } from './jobs.ts';
import { sessionMails } from './notifications.ts';

export const collectiveSessionsModule: ServiceModule = {
  name: 'collective-sessions',
  routes: collectiveSessionRoutes,
  jobs: ({ database, config, mail }) => sessionJobDefinitions(database.db, sessionMails({ config, mail })),
};

/** The « information collective » of a scope and period, for the reports (raw counts with their cell keys: the caller masks them). */
export { collectiveSessionFigures, type CollectiveSessionFigures, type SessionFiguresScope, type SessionTally } from './figures.ts';
/** The 48-hour reminder, for tests and the job runner. */
export { sendSessionReminders, SESSION_REMINDER_HOURS } from './jobs.ts';
export { sessionMails, type SessionMails } from './notifications.ts';
/** The invitation (.ics) a mail carries, built at delivery (the mail module attaches it). */
export { sessionInvitation, buildSessionInvitation, sessionInvitationUid } from './invitation.ts';
