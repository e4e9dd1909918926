import type { ServiceModule } from '../module.ts';
import { territoryRoutes } from './routes.ts';

export const territoriesModule: ServiceModule = { name: 'territories', routes: territoryRoutes };
