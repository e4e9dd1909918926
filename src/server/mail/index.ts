import type { ServiceModule } from '../modules/module.ts';
import { outboxRoutes } from './outbox-routes.ts';
import { mailJobDefinition } from './jobs.ts';

/** Delivery of queued mails (`mail.send`), and the outbox administrators read. */
export const mailModule: ServiceModule = {
  name: 'mail',
  routes: outboxRoutes,
  jobs: ({ database, mailer }) => [mailJobDefinition({ db: database.db, mailer })],
};
