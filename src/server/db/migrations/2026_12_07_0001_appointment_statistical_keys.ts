import { sql, type Kysely } from 'kysely';

/*
 * What the activity reports need of appointments (issue 14, « Pilotage »): each appointment's
 * random key for the cell-key rounding (docs/decisions/0008), drawn once when it is booked and
 * never shown — as requests, surveys and referrals have theirs — and the index on which the
 * reports find the appointments of a period (by their start).
 */
export async function up(db: Kysely<any>): Promise<void> {
  // A volatile default is evaluated row by row: existing appointments each get their own key.
  await db.schema.alterTable('appointments')
    .addColumn('stat_key', 'integer', (c) => c.notNull().defaultTo(sql`floor(random() * 10000)::int`))
    .execute();
  await db.schema.createIndex('appointments_starts_idx').on('appointments').column('starts_at').execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropIndex('appointments_starts_idx').execute();
  await db.schema.alterTable('appointments').dropColumn('stat_key').execute();
}
