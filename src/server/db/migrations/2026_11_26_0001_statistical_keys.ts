import { sql, type Kysely } from 'kysely';

export async function up(db: Kysely<any>): Promise<void> {
  // The random key of each record the reports count (docs/decisions/0008): drawn once, when the
  // record is created, never shown. A volatile default is evaluated row by row, so existing
  // requests and surveys each get their own key here.
  for (const table of ['requests', 'satisfaction_surveys']) {
    await db.schema.alterTable(table)
      .addColumn('stat_key', 'integer', (c) => c.notNull().defaultTo(sql`floor(random() * 10000)::int`))
      .execute();
  }
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const table of ['requests', 'satisfaction_surveys']) await db.schema.alterTable(table).dropColumn('stat_key').execute();
}
