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
/** The commitments' calendar, with which the demo académie writes its history as the request loop would have. */
export { elapsedWorkingDays, firstResponseDueAt, holdingMessageDate } from './commitments.ts';
/** A request the caller may see, locked, checked against a request ability (the orientation module orients and revokes through it). */
export { loadRequestFor, type LoadedRequest } from './load-request.ts';
/** Appends a step to a request's timeline (the orientation module records its referrals' steps there). */
export { recordEvent, type RequestEventKind } from './events.ts';
/** Records a request (the phone-line module logs a call for an agent through it, channel `phone`). */
export { submitRequest } from './submit-request.ts';
