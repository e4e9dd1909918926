import type { ServiceModule } from '../modules/module.ts';
import { authRoutes } from './routes.ts';
import { oidcRoutes } from './oidc-routes.ts';
import { purgeExpiredSessions } from './session-store.ts';

/** Sign-in (demo and OpenID Connect), the session, and the hourly purge of expired sessions. */
export const authModule: ServiceModule = {
  name: 'auth',
  async routes(app, deps) {
    await authRoutes(app, deps);
    await oidcRoutes(app, deps);
  },
  jobs: ({ database }) => [{
    name: 'sessions.purge-expired',
    schedule: '17 * * * *',
    retryLimit: 2,
    handler: async () => purgeExpiredSessions(database.db),
  }],
};
