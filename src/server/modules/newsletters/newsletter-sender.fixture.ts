// The newsletter's sender as the service runs it (the durable queue and the three steps of
// jobs.ts, relaying to a real SMTP server), in a process of its own: newsletters.test.ts starts
// it, kills it with SIGKILL in the middle of an issue, and starts it again. Arguments: a
// PostgreSQL URL or a PGlite data directory, the SMTP server's URL, the public address, and the
// issue; it writes « sent » and stops once that issue is sent.
import { loadConfig } from '../../config.ts';
import { openDatabase } from '../../db/database.ts';
import { JobQueue } from '../../jobs/queue.ts';
import { queuedMailSender } from '../../mail/jobs.ts';
import { createMailer } from '../../mail/mailer.ts';
import { newsletterJobDefinitions } from './jobs.ts';

const [target, smtpUrl, publicUrl, issueId] = process.argv.slice(2);
if (!target || !smtpUrl || !publicUrl || !issueId) {
  throw new Error('usage: newsletter-sender.fixture.ts <postgres url | pglite dir> <smtp url> <public url> <issue id>');
}
const url = target.startsWith('postgres') ? target : undefined;
const config = loadConfig({ NODE_ENV: 'test', SMTP_URL: smtpUrl, PUBLIC_URL: publicUrl });
const database = await openDatabase(url ? { databaseUrl: url } : { dataDir: target });
const jobs = await JobQueue.start({ database, databaseUrl: url, pollingIntervalSeconds: 0.5 });
const mailer = createMailer(config);
// Small batches without a pause: 5,000 mails in seconds instead of minutes. Retries after a second
// rather than a minute: the test waits for the jobs the killed process held, not for the backoff.
const rate = { batchSize: 100, intervalSeconds: 0 };
// Defined last step first: a step's worker starts with its definition, and what it queues (the
// next step) must be known by then.
const definitions = newsletterJobDefinitions({ config, database, mailer, mail: queuedMailSender(jobs), jobs }, rate);
for (const definition of definitions.reverse()) await jobs.define({ ...definition, retryDelaySeconds: 1 });

for (;;) {
  const issue = await database.db.selectFrom('newsletter_issues').select('status').where('id', '=', issueId).executeTakeFirstOrThrow();
  if (issue.status === 'sent') break;
  await new Promise((resolve) => setTimeout(resolve, 250));
}
await jobs.stop();
mailer.close();
await database.close();
process.stdout.write('sent\n');
