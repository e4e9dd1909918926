import { sql, type Kysely } from 'kysely';

/*
 * Key dates (issue 16): the campaigns and deadlines of the school year (mobility, promotions,
 * career appointments, training plan, telework, « compte épargne-temps », retirement files…),
 * national (academie_code null) or of one académie. A key date is never deleted: a cancelled one
 * stays, so that the calendar feed can tell the calendars that copied it (STATUS:CANCELLED).
 * `sequence` is the iCalendar SEQUENCE: raised by every change, so a calendar replaces its copy.
 */

const KINDS = ['mobility_inter', 'mobility_intra', 'promotions', 'career_appointments', 'training_plan', 'telework', 'time_savings_account', 'retirement', 'other'];
const inList = (values: string[]) => sql.raw(values.map((v) => `'${v}'`).join(','));

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.createTable('key_dates')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    // Null: a national key date, shown in every académie.
    .addColumn('academie_code', 'text', (c) => c.references('academies.code'))
    .addColumn('kind', 'text', (c) => c.notNull().check(sql`kind in (${inList(KINDS)})`))
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('description', 'text', (c) => c.notNull().defaultTo(''))
    // Whole days (Europe/Paris calendar); ends_on inclusive, equal to starts_on for a one-day deadline.
    .addColumn('starts_on', 'date', (c) => c.notNull())
    .addColumn('ends_on', 'date', (c) => c.notNull())
    // Categories of staff concerned (AGENT_CATEGORIES), a JSON array; empty: every agent.
    .addColumn('audience', 'jsonb', (c) => c.notNull().defaultTo(sql`'[]'::jsonb`))
    // The knowledge-base article that explains it (no foreign key: the article may be unpublished later).
    .addColumn('article_id', 'uuid')
    // Reminders, in days before the start (the calendar feed carries them as alarms), a JSON array.
    .addColumn('reminder_days', 'jsonb', (c) => c.notNull().defaultTo(sql`'[]'::jsonb`))
    .addColumn('status', 'text', (c) => c.notNull().defaultTo('scheduled').check(sql`status in ('scheduled', 'cancelled')`))
    .addColumn('sequence', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('created_by', 'uuid', (c) => c.references('persons.id'))
    .addColumn('updated_by', 'uuid', (c) => c.references('persons.id'))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addCheckConstraint('key_dates_period_check', sql`ends_on >= starts_on`)
    .execute();
  await db.schema.createIndex('key_dates_academie_starts_idx').on('key_dates').columns(['academie_code', 'starts_on']).execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('key_dates').execute();
}
