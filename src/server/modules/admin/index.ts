import type { ServiceModule } from '../module.ts';
import { adminRoutes } from './routes.ts';

export const adminModule: ServiceModule = { name: 'admin', routes: adminRoutes };
