import type { Config } from '../config.ts';
import type { Database } from '../db/database.ts';
import type { JobDefinition } from './queue.ts';
import { purgeExpiredSessions } from '../auth/session-store.ts';

/** Every job of ProxiRH. Modules add theirs here. */
export function jobDefinitions({ database }: { config: Config; database: Database }): JobDefinition<any>[] {
  return [
    {
      name: 'sessions.purge-expired',
      schedule: '17 * * * *',
      retryLimit: 2,
      handler: async () => purgeExpiredSessions(database.db),
    },
  ];
}
