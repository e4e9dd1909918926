/**
 * `npx tsx bench/newsletter.ts [--recipients 35000] [--database-url postgres://…]`
 *
 * The newsletter scenario of issue 16: an issue to the agents of one académie (35,000 by default,
 * Amiens' size) is queued, that is its audience written into `newsletter_sends` and every mail
 * written to the outbox and queued for delivery, batch after batch, as the workers do it (without
 * the pause between batches that rates the delivery). Prints the time of each step: the target is
 * under a minute. Delivery then goes at NEWSLETTER_BATCH_SIZE mails every
 * NEWSLETTER_BATCH_INTERVAL_SECONDS, whatever the size of the issue.
 */
import { parseArgs } from 'node:util';
import { sql } from 'kysely';
import { openDatabase } from '../src/server/db/database.ts';
import { migrateToLatest } from '../src/server/db/migrator.ts';
import { JobQueue } from '../src/server/jobs/queue.ts';
import { createMailer } from '../src/server/mail/mailer.ts';
import { newsletterJobDefinitions } from '../src/server/modules/newsletters/jobs.ts';
import {
  NEWSLETTER_BATCH_INTERVAL_SECONDS, NEWSLETTER_BATCH_SIZE, sendBatch, startSending,
} from '../src/server/modules/newsletters/index.ts';

const { values } = parseArgs({ options: { recipients: { type: 'string' }, 'database-url': { type: 'string' } } });
const count = Number(values.recipients ?? 35_000);
const databaseUrl = values['database-url'];

const database = await openDatabase(databaseUrl ? { databaseUrl } : {});
await migrateToLatest(database.db);
const jobs = await JobQueue.start({ database, databaseUrl, work: false });
const mailer = { ...createMailer({ smtpUrl: undefined, mailFrom: 'x@ac-amiens.fr', publicUrl: 'http://localhost:3000' }), transport: 'smtp' as const,
  relay: async () => 'unused' };
for (const definition of newsletterJobDefinitions({ config: {} as never, database, mailer, mail: { send: async () => {} }, jobs })) await jobs.define(definition);

const t0 = performance.now();
await sql`
  with people as (
    insert into persons (email, display_name, category, departement_code, academie_code)
    select 'agent' || n || '@ac-amiens.fr', 'Agent ' || n, (array['first_degree','second_degree','biatss','leadership'])[1 + n % 4], (array['02','60','80'])[1 + n % 3], 'AMIENS'
    from generate_series(1, ${count}) n returning id, departement_code)
  insert into role_assignments (person_id, role, territory_level, territory_code) select id, 'agent', 'departement', departement_code from people`.execute(database.db);
const editors = await database.db.insertInto('persons').values([1, 2].map((n) => ({ email: `editeur${n}@ac-amiens.fr`, display_name: `Éditeur ${n}`, academie_code: 'AMIENS' })))
  .returning('id').execute();
const issue = await database.db.insertInto('newsletter_issues').values({
  academie_code: 'AMIENS', kind: 'quarterly', title: 'Lettre RH trimestrielle', editorial: 'Les actualités RH du trimestre.',
  sections: JSON.stringify([{ category: 'second_degree', title: 'Second degré', body: 'Les rendez-vous de carrière.' }]),
  status: 'approved', send_at: new Date(), created_by: editors[0]!.id, updated_by: editors[0]!.id, approved_by: editors[1]!.id, approved_at: new Date(),
}).returning('id').executeTakeFirstOrThrow();
const t1 = performance.now();
console.log(`Jeu de données : ${count} agents en ${Math.round(t1 - t0)} ms`);

await startSending(database.db, jobs, issue.id);
const t2 = performance.now();
let batches = 0;
while ((await sendBatch(database.db, mailer, jobs, issue.id)).more) batches += 1;
const t3 = performance.now();
const { rows } = await sql<{ queued: number }>`select count(*)::int as queued from newsletter_sends where issue_id = ${issue.id} and status = 'queued'`.execute(database.db);
console.log(`Destinataires écrits (une instruction) : ${Math.round(t2 - t1)} ms`);
console.log(`Courriels écrits dans l’outbox et mis en file : ${rows[0]!.queued} en ${batches + 1} lots, ${Math.round(t3 - t2)} ms`);
console.log(`Total mis en file : ${((t3 - t1) / 1000).toFixed(1)} s (objectif : moins de 60 s)`);
console.log(`Remise ensuite au rythme de ${NEWSLETTER_BATCH_SIZE} courriels toutes les ${NEWSLETTER_BATCH_INTERVAL_SECONDS} s : ${Math.round(Math.ceil(count / NEWSLETTER_BATCH_SIZE) * NEWSLETTER_BATCH_INTERVAL_SECONDS / 60)} min environ`);
await jobs.stop();
await database.close();
