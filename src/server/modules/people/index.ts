import type { ServiceModule } from '../module.ts';
import { peopleRoutes } from './routes.ts';

export const peopleModule: ServiceModule = { name: 'people', routes: peopleRoutes };
