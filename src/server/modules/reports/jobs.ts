import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';
import type { JobDefinition } from '../../jobs/queue.ts';
import type { MailSender } from '../../mail/sender.ts';
import { sendMonthlyReports } from './send-monthly-reports.ts';

export function reportJobDefinitions(db: Kysely<DB>, mail: MailSender, threshold: number): JobDefinition<object>[] {
  return [{
    name: 'reports.monthly',
    // Every morning: the job itself knows whether today is the first working day of the month.
    schedule: '30 6 * * *',
    retryLimit: 3,
    handler: async () => { await sendMonthlyReports(db, mail, { threshold }); },
  }];
}
