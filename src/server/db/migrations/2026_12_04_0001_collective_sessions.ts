import { sql, type Kysely } from 'kysely';

/*
 * Collective sessions (issue 14): information meetings, workshops and webinars, with a capacity,
 * an audience, registrations and a waiting list. The capacity is the database's rule: the
 * session row counts its registered people (`registered_count`) under a check constraint
 * (never above `capacity`), and a registration takes a seat by a conditional update of that
 * row — two agents clicking at once queue on the row, the second finds it full and waits.
 */

const KINDS = ['information_meeting', 'workshop', 'webinar'];
const PLACE_KINDS = ['establishment', 'dsden', 'rectorat', 'visio'];
const inList = (values: string[]) => sql.raw(values.map((v) => `'${v}'`).join(','));

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.createTable('collective_sessions')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('academie_code', 'text', (c) => c.notNull().references('academies.code'))
    // Where it is held (for a visio, the organiser's département): the reports count it there.
    .addColumn('departement_code', 'text', (c) => c.notNull().references('departements.code'))
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull().check(sql`kind in (${inList(KINDS)})`))
    .addColumn('description', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('starts_at', 'timestamptz', (c) => c.notNull())
    .addColumn('ends_at', 'timestamptz', (c) => c.notNull())
    .addColumn('place_kind', 'text', (c) => c.notNull().check(sql`place_kind in (${inList(PLACE_KINDS)})`))
    .addColumn('place_label', 'text', (c) => c.notNull())
    .addColumn('place_address', 'text')
    .addColumn('establishment_uai', 'text', (c) => c.references('establishments.uai'))
    .addColumn('visio_url', 'text')
    .addColumn('capacity', 'integer', (c) => c.notNull().check(sql`capacity between 1 and 2000`))
    // Seats taken: the capacity's guard (see above).
    .addColumn('registered_count', 'integer', (c) => c.notNull().defaultTo(0))
    // The audience: départements (JSON array of codes; empty: the whole académie) and staff categories (empty: all).
    .addColumn('audience_departements', 'jsonb', (c) => c.notNull().defaultTo(sql`'[]'::jsonb`))
    .addColumn('audience_categories', 'jsonb', (c) => c.notNull().defaultTo(sql`'[]'::jsonb`))
    .addColumn('organiser_id', 'uuid', (c) => c.notNull().references('persons.id'))
    .addColumn('status', 'text', (c) => c.notNull().defaultTo('scheduled').check(sql`status in ('scheduled','cancelled')`))
    // The iCalendar SEQUENCE of the session's invitations: raised by each change calendars must follow.
    .addColumn('sequence', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('cancelled_at', 'timestamptz')
    .addColumn('created_by', 'uuid', (c) => c.references('persons.id'))
    // The random key of the reports' rounding (docs/decisions/0008): drawn once, never shown.
    .addColumn('stat_key', 'integer', (c) => c.notNull().defaultTo(sql`floor(random() * 10000)::int`))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addCheckConstraint('collective_sessions_range_check', sql`ends_at > starts_at`)
    .addCheckConstraint('collective_sessions_seats_check', sql`registered_count between 0 and capacity`)
    .execute();
  await db.schema.createIndex('collective_sessions_upcoming_idx').on('collective_sessions').columns(['academie_code', 'starts_at']).execute();

  await db.schema.createTable('collective_session_registrations')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('session_id', 'uuid', (c) => c.notNull().references('collective_sessions.id').onDelete('cascade'))
    .addColumn('agent_id', 'uuid', (c) => c.notNull().references('persons.id'))
    // registered: holds a seat; waiting: on the waiting list (first come, first served, by `queued_at`); cancelled: left.
    .addColumn('status', 'text', (c) => c.notNull().check(sql`status in ('registered','waiting','cancelled')`))
    .addColumn('queued_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`clock_timestamp()`))
    .addColumn('promoted_at', 'timestamptz')
    .addColumn('cancelled_at', 'timestamptz')
    .addColumn('attendance', 'text', (c) => c.check(sql`attendance in ('present','absent')`))
    .addColumn('reminder_sent_at', 'timestamptz')
    .addColumn('stat_key', 'integer', (c) => c.notNull().defaultTo(sql`floor(random() * 10000)::int`))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute();
  // One live registration per agent and session.
  await sql`create unique index collective_session_registrations_live_idx on collective_session_registrations (session_id, agent_id)
    where status <> 'cancelled'`.execute(db);
  await db.schema.createIndex('collective_session_registrations_agent_idx').on('collective_session_registrations').column('agent_id').execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const table of ['collective_session_registrations', 'collective_sessions']) await db.schema.dropTable(table).execute();
}
