import type { ServiceModule } from '../module.ts';
import { requestRoutes } from './routes.ts';
import { requestJobDefinitions } from './jobs.ts';
import { requestNotifier } from './notifications.ts';

export const requestsModule: ServiceModule = {
  name: 'requests',
  routes: requestRoutes,
  jobs: ({ database, config, mail }) => requestJobDefinitions(database.db, requestNotifier({ config, mail })),
};

/** The upload limit, which the multipart parser is configured with. */
export { ATTACHMENT_MAX_BYTES as MAX_ATTACHMENT_BYTES } from '../../../shared/contracts/limits.ts';
/** The notices of the requests module, as the running app sends them (tests build one too). */
export { requestNotifier, type RequestNotifier } from './notifications.ts';
/** Human references (AMI-2026-000042), taken from the académie's counter (the demo data takes a batch). */
export { nextReferences } from './reference.ts';
/** The working-day calendar of the commitments (reports count working days with it). */
export { isWorkingDay } from './working-days.ts';
