import type { ServiceModule } from '../module.ts';
import { absenceRoutes } from './routes.ts';

export const absencesModule: ServiceModule = { name: 'absences', routes: absenceRoutes };
