import type { ServiceModule } from '../module.ts';
import { territoryRoutes } from './routes.ts';

export const territoriesModule: ServiceModule = { name: 'territories', routes: territoryRoutes };

/** Each académie's delays and retention, for the modules that apply them. */
export { getAcademieSettings, DEFAULT_SETTINGS, type AcademieSettings } from './settings.ts';
