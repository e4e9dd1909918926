import type { ServiceModule } from '../module.ts';
import { reportRoutes } from './routes.ts';
import { monthlyReportJobDefinition } from './monthly.ts';

export const reportsModule: ServiceModule = {
  name: 'reports',
  routes: reportRoutes,
  jobs: ({ database, config, mail }) => [monthlyReportJobDefinition(database.db, mail, config.reportMaskThreshold)],
};
