import { sql, type Kysely } from 'kysely';

/*
 * Appointments (issue 14): an adviser's office hours (« permanences ») and the appointments
 * booked in their slots. Slots are not stored: they are computed from the office hours (see
 * modules/appointments/slots.ts). One slot, one booking is the database's rule, not Node's: an
 * exclusion constraint forbids two live appointments of one adviser (or of one agent) whose
 * time ranges overlap; a cancelled appointment leaves the constraint and its slot is free again.
 */

const PLACE_KINDS = ['establishment', 'dsden', 'rectorat', 'visio', 'phone'];
const STATUSES = ['booked', 'cancelled', 'held', 'no_show', 'excused'];
const inList = (values: string[]) => sql.raw(values.map((v) => `'${v}'`).join(','));

export async function up(db: Kysely<any>): Promise<void> {
  // Equality on a uuid inside a GiST exclusion constraint (PGlite loads the extension at open).
  await sql`create extension if not exists btree_gist`.execute(db);

  await db.schema.createTable('office_hours')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('adviser_id', 'uuid', (c) => c.notNull().references('persons.id'))
    .addColumn('academie_code', 'text', (c) => c.notNull().references('academies.code'))
    // Where the slots are searched (`GET /api/slots?departement=`), and whose coordinator manages it.
    .addColumn('departement_code', 'text', (c) => c.notNull().references('departements.code'))
    .addColumn('place_kind', 'text', (c) => c.notNull().check(sql`place_kind in (${inList(PLACE_KINDS)})`))
    .addColumn('place_label', 'text', (c) => c.notNull())
    .addColumn('place_address', 'text')
    .addColumn('establishment_uai', 'text', (c) => c.references('establishments.uai'))
    .addColumn('visio_url', 'text')
    // RFC 5545 lines, days only (« RRULE:FREQ=WEEKLY;BYDAY=TU » or « RDATE;VALUE=DATE:20261208,… »): the time of day is below, in Paris time.
    .addColumn('recurrence', 'text', (c) => c.notNull())
    .addColumn('starts_on', 'date', (c) => c.notNull())
    .addColumn('ends_on', 'date')
    // « HH:MM », Europe/Paris wall-clock time, whatever the season.
    .addColumn('start_time', 'text', (c) => c.notNull())
    .addColumn('duration_minutes', 'integer', (c) => c.notNull().check(sql`duration_minutes between 10 and 720`))
    .addColumn('slot_minutes', 'integer', (c) => c.notNull().check(sql`slot_minutes between 10 and 240`))
    // Reason codes offered (request topics, end_of_career, mobility_file), a JSON array.
    .addColumn('reasons', 'jsonb', (c) => c.notNull())
    .addColumn('min_delay_hours', 'integer', (c) => c.notNull().defaultTo(24))
    .addColumn('max_delay_days', 'integer', (c) => c.notNull().defaultTo(60))
    // Null: any agent may book; else only the agents of that territory ({ level, code }).
    .addColumn('reserved_to', 'jsonb')
    // Days without slots (an exception decided for this office hour), a JSON array of YYYY-MM-DD.
    .addColumn('except_dates', 'jsonb', (c) => c.notNull().defaultTo(sql`'[]'::jsonb`))
    .addColumn('created_by', 'uuid', (c) => c.references('persons.id'))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('closed_at', 'timestamptz')
    .execute();
  await sql`create index office_hours_open_idx on office_hours (departement_code) where closed_at is null`.execute(db);
  await db.schema.createIndex('office_hours_adviser_idx').on('office_hours').column('adviser_id').execute();

  await db.schema.createTable('appointments')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('office_hour_id', 'uuid', (c) => c.notNull().references('office_hours.id'))
    .addColumn('adviser_id', 'uuid', (c) => c.notNull().references('persons.id'))
    .addColumn('agent_id', 'uuid', (c) => c.notNull().references('persons.id'))
    .addColumn('request_id', 'uuid', (c) => c.references('requests.id').onDelete('set null'))
    .addColumn('academie_code', 'text', (c) => c.notNull())
    .addColumn('departement_code', 'text', (c) => c.notNull())
    .addColumn('reason', 'text', (c) => c.notNull())
    .addColumn('starts_at', 'timestamptz', (c) => c.notNull())
    .addColumn('ends_at', 'timestamptz', (c) => c.notNull())
    .addColumn('mode', 'text', (c) => c.notNull().check(sql`mode in ('in_person','visio','phone')`))
    // The place as it was when booked (an office hour changed later does not move a booked appointment).
    .addColumn('place_kind', 'text', (c) => c.notNull())
    .addColumn('place_label', 'text', (c) => c.notNull())
    .addColumn('place_address', 'text')
    .addColumn('visio_url', 'text')
    .addColumn('status', 'text', (c) => c.notNull().defaultTo('booked').check(sql`status in (${inList(STATUSES)})`))
    // The iCalendar SEQUENCE: 0 when booked, raised by each change the agent's calendar must follow.
    .addColumn('sequence', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('cancelled_at', 'timestamptz')
    .addColumn('cancelled_by', 'uuid', (c) => c.references('persons.id'))
    .addColumn('cancel_message', 'text')
    .addColumn('reminder_sent_at', 'timestamptz')
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addCheckConstraint('appointments_range_check', sql`ends_at > starts_at`)
    .execute();
  await sql`alter table appointments add constraint appointments_adviser_no_overlap
    exclude using gist (adviser_id with =, tstzrange(starts_at, ends_at, '[)') with &&) where (status <> 'cancelled')`.execute(db);
  await sql`alter table appointments add constraint appointments_agent_no_overlap
    exclude using gist (agent_id with =, tstzrange(starts_at, ends_at, '[)') with &&) where (status <> 'cancelled')`.execute(db);
  await db.schema.createIndex('appointments_agent_idx').on('appointments').columns(['agent_id', 'starts_at']).execute();
  await db.schema.createIndex('appointments_request_idx').on('appointments').column('request_id').execute();
  await sql`create index appointments_reminder_idx on appointments (starts_at) where status = 'booked' and reminder_sent_at is null`.execute(db);

  // Each académie's delay for an agent to cancel online (hours before the appointment).
  await db.schema.createTable('appointment_settings')
    .addColumn('academie_code', 'text', (c) => c.primaryKey().references('academies.code'))
    .addColumn('agent_cancel_hours', 'integer', (c) => c.notNull().defaultTo(24).check(sql`agent_cancel_hours between 0 and 720`))
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const table of ['appointment_settings', 'appointments', 'office_hours']) await db.schema.dropTable(table).execute();
}
