import type { ServiceModule } from '../module.ts';
import { reportRoutes } from './routes.ts';
import { reportJobDefinitions } from './jobs.ts';

export const reportsModule: ServiceModule = {
  name: 'reports',
  routes: reportRoutes,
  jobs: ({ database, config, mail }) => reportJobDefinitions(database.db, mail, config.reportMaskThreshold),
};
