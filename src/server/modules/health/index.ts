import type { ServiceModule } from '../module.ts';
import { healthRoutes } from './routes.ts';

export const healthModule: ServiceModule = { name: 'health', routes: healthRoutes };
