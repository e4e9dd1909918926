import type { ServiceModule } from '../module.ts';
import { requestRoutes } from './routes.ts';
import { attachmentRoutes } from './attachment-routes.ts';
import { requestJobDefinitions } from './jobs.ts';
import { requestNotifier } from './notifications.ts';

export const requestsModule: ServiceModule = {
  name: 'requests',
  async routes(app, deps) {
    await requestRoutes(app, deps);
    await attachmentRoutes(app, deps);
  },
  jobs: ({ database, config, mail }) => requestJobDefinitions(database.db, requestNotifier({ config, mail })),
};
export { MAX_ATTACHMENT_BYTES } from './attachments.ts';
