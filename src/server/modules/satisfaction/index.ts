import type { ServiceModule } from '../module.ts';
import { satisfactionRoutes } from './routes.ts';
import { satisfactionJobDefinitions } from './invitations.ts';

export const satisfactionModule: ServiceModule = {
  name: 'satisfaction',
  routes: satisfactionRoutes,
  jobs: ({ database, config, mail }) => satisfactionJobDefinitions(database.db, mail, config.publicUrl),
};
