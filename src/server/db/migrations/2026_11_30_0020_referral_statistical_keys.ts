import { sql, type Kysely } from 'kysely';

/*
 * What the activity reports need of referrals (issue 13, « Pilotage »): each referral's random
 * key for the cell-key rounding (docs/decisions/0008), drawn once when it is created, never
 * shown — as requests and surveys have theirs — and the index on which the reports find the
 * referrals sent in a period.
 */
export async function up(db: Kysely<any>): Promise<void> {
  // A volatile default is evaluated row by row: existing referrals each get their own key.
  await db.schema.alterTable('referrals')
    .addColumn('stat_key', 'integer', (c) => c.notNull().defaultTo(sql`floor(random() * 10000)::int`))
    .execute();
  await db.schema.createIndex('referrals_created_idx').on('referrals').column('created_at').execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropIndex('referrals_created_idx').execute();
  await db.schema.alterTable('referrals').dropColumn('stat_key').execute();
}
