import type { ServiceModule } from '../module.ts';
import { personalDataRoutes } from './routes.ts';

export const personalDataModule: ServiceModule = { name: 'personal-data', routes: personalDataRoutes };
