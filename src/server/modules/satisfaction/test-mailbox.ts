import { sql, type Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';
import { mailJobDefinition } from '../../mail/jobs.ts';
import type { Mailer } from '../../mail/mailer.ts';
import { satisfactionSecretLinks } from './secret-links.ts';

type Relayed = Parameters<NonNullable<Mailer['relay']>>[0];

/**
 * For tests only: a one-time link exists only in the mail sent, so a test that needs one
 * delivers the queued mails through the real `mail.send` job, to a relay that keeps what it is
 * handed (a stand-in for the SMTP server; tests/support/smtp-server.ts is the real one).
 */
export function testMailbox(db: Kysely<DB>, publicUrl: string) {
  const relayed: Relayed[] = [];
  const mailer: Mailer = {
    transport: 'smtp', publicUrl, logger: undefined, secretLinks: satisfactionSecretLinks, close: () => {},
    relay: async (message) => {
      relayed.push(message);
      return `<${message.id}@proxirh.test>`;
    },
  };
  const job = mailJobDefinition({ db, mailer });
  const delivered = new Set<string>();
  return {
    relayed,
    /** Delivers every queued mail not delivered yet, oldest first. */
    async deliver() {
      const { rows } = await sql<{ id: string; data: object }>`select id, data from pgboss.job where name = 'mail.send' order by created_on, id`.execute(db);
      for (const row of rows.filter((r) => !delivered.has(r.id))) {
        delivered.add(row.id);
        await job.handler(row.data as never, { id: row.id, retryCount: 0 });
      }
    },
    /** The tokens of the survey (`enquete`) or panel (`enquete-nationale`) links relayed so far, in order, with their mail. */
    tokens(page: 'enquete' | 'enquete-nationale') {
      const pattern = new RegExp(`${publicUrl}/${page}/([A-Za-z0-9_-]{43})`);
      return relayed.flatMap((mail) => {
        const token = pattern.exec(mail.text)?.[1];
        return token ? [{ token, mail }] : [];
      });
    },
  };
}
