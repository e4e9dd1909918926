import { sql, type Kysely } from 'kysely';

/*
 * The phone line (issue 14): each académie or département may publish a number and its hours
 * (a setting of the territory, beside its other service settings), and its coordinator
 * assigns advisers to the line by half-day (« planning de permanence »).
 */

const TIME = `'^([01][0-9]|2[0-3]):[0-5][0-9]$'`;

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.createTable('phone_line_settings')
    .addColumn('territory_level', 'text', (c) => c.notNull().check(sql`territory_level in ('academie','departement')`))
    .addColumn('territory_code', 'text', (c) => c.notNull())
    .addColumn('phone_number', 'text', (c) => c.notNull())
    // The hours of each half-day, « HH:MM », Paris time; a half-day without hours is closed.
    .addColumn('morning_opens', 'text', (c) => c.check(sql.raw(`morning_opens ~ ${TIME}`)))
    .addColumn('morning_closes', 'text', (c) => c.check(sql.raw(`morning_closes ~ ${TIME}`)))
    .addColumn('afternoon_opens', 'text', (c) => c.check(sql.raw(`afternoon_opens ~ ${TIME}`)))
    .addColumn('afternoon_closes', 'text', (c) => c.check(sql.raw(`afternoon_closes ~ ${TIME}`)))
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addPrimaryKeyConstraint('phone_line_settings_pk', ['territory_level', 'territory_code'])
    .execute();

  await db.schema.createTable('phone_line_shifts')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('territory_level', 'text', (c) => c.notNull().check(sql`territory_level in ('academie','departement')`))
    .addColumn('territory_code', 'text', (c) => c.notNull())
    .addColumn('day', 'date', (c) => c.notNull())
    .addColumn('half_day', 'text', (c) => c.notNull().check(sql`half_day in ('morning','afternoon')`))
    .addColumn('adviser_id', 'uuid', (c) => c.notNull().references('persons.id'))
    .addColumn('created_by', 'uuid', (c) => c.references('persons.id'))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addUniqueConstraint('phone_line_shifts_unique', ['territory_level', 'territory_code', 'day', 'half_day', 'adviser_id'])
    .execute();
  await db.schema.createIndex('phone_line_shifts_adviser_idx').on('phone_line_shifts').columns(['adviser_id', 'day']).execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const table of ['phone_line_shifts', 'phone_line_settings']) await db.schema.dropTable(table).execute();
}
