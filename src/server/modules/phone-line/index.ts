import type { ServiceModule } from '../module.ts';
import { phoneLineRoutes } from './routes.ts';

export const phoneLineModule: ServiceModule = { name: 'phone-line', routes: phoneLineRoutes };
