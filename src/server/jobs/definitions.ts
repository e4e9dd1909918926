import type { Config } from '../config.ts';
import type { Database } from '../db/database.ts';
import type { JobDefinition } from './queue.ts';
import type { Mailer } from '../mail/mailer.ts';
import { purgeExpiredSessions } from '../auth/session-store.ts';
import { mailJobDefinition } from '../mail/jobs.ts';
import { requestJobDefinitions } from '../modules/requests/jobs.ts';
import { monthlyReportJobDefinition } from '../modules/reports/monthly.ts';
import type { MailSender, RequestNotifier } from '../modules/requests/notifications.ts';
import { satisfactionJobDefinitions } from '../modules/satisfaction/invitations.ts';

/** Every job of ProxiRH. Modules add theirs here. */
export function jobDefinitions({ config, database, mailer, notifier, mail }: {
  config: Config; database: Database; mailer: Mailer; notifier: RequestNotifier;
  /** How jobs queue their mails (the app’s queued sender): survey invitations, monthly reports. */
  mail: MailSender;
}): JobDefinition<any>[] {
  return [
    {
      name: 'sessions.purge-expired',
      schedule: '17 * * * *',
      retryLimit: 2,
      handler: async () => purgeExpiredSessions(database.db),
    },
    mailJobDefinition({ db: database.db, mailer }),
    ...requestJobDefinitions(database.db, notifier),
    monthlyReportJobDefinition(database.db, mail, config.reportMaskThreshold),
    ...satisfactionJobDefinitions(database.db, mail, config.publicUrl),
  ];
}
