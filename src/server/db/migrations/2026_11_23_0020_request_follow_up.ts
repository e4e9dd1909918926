import { sql, type Kysely } from 'kysely';

export async function up(db: Kysely<any>): Promise<void> {
  // Service commitments per académie (engagements de service), with the national defaults.
  await db.schema.createTable('academie_settings')
    .addColumn('academie_code', 'text', (c) => c.primaryKey().references('academies.code'))
    .addColumn('commitment_days', 'integer', (c) => c.notNull().defaultTo(5).check(sql`commitment_days between 1 and 60`))
    .addColumn('holding_days_before', 'integer', (c) => c.notNull().defaultTo(1).check(sql`holding_days_before between 0 and 10`))
    .addColumn('retention_years', 'integer', (c) => c.notNull().defaultTo(5).check(sql`retention_years between 1 and 30`))
    .addColumn('reopen_days', 'integer', (c) => c.notNull().defaultTo(30))
    .execute();

  await db.schema.alterTable('requests')
    .addColumn('paused_at', 'timestamptz')
    .addColumn('first_response_working_days', 'integer')
    .addColumn('closure_working_days', 'integer')
    .addColumn('holding_sent_at', 'timestamptz')
    .addColumn('overdue_alerted_at', 'timestamptz')
    .addColumn('reopened_count', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('last_activity_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('anonymised_at', 'timestamptz')
    .execute();
  // Jobs look for requests whose first answer is due and not given.
  await sql`create index requests_due_open_idx on requests (first_response_due_at) where first_responded_at is null and status <> 'closed'`.execute(db);

  // Messages between the agent and staff: the agent sees them all.
  await db.schema.createTable('request_messages')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('request_id', 'uuid', (c) => c.notNull().references('requests.id'))
    .addColumn('author_id', 'uuid', (c) => c.references('persons.id'))
    .addColumn('from_staff', 'boolean', (c) => c.notNull())
    .addColumn('body', 'text')
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute();
  await db.schema.createIndex('request_messages_request_idx').on('request_messages').columns(['request_id', 'created_at']).execute();

  // Internal notes live in their own table: no query of the agent's side ever reads it.
  await db.schema.createTable('request_notes')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('request_id', 'uuid', (c) => c.notNull().references('requests.id'))
    .addColumn('author_id', 'uuid', (c) => c.notNull().references('persons.id'))
    .addColumn('body', 'text')
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute();
  await db.schema.createIndex('request_notes_request_idx').on('request_notes').columns(['request_id', 'created_at']).execute();

  // What happened to a request, in order (status changes, assignment, closure…).
  await db.schema.createTable('request_events')
    .addColumn('id', 'bigserial', (c) => c.primaryKey())
    .addColumn('request_id', 'uuid', (c) => c.notNull().references('requests.id'))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('actor_id', 'uuid', (c) => c.references('persons.id'))
    .addColumn('visible_to_agent', 'boolean', (c) => c.notNull().defaultTo(true))
    .addColumn('data', 'jsonb', (c) => c.notNull().defaultTo(sql`'{}'::jsonb`))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute();
  await db.schema.createIndex('request_events_request_idx').on('request_events').columns(['request_id', 'id']).execute();

  // Periods spent waiting for the agent: the commitment clock stops during them.
  await db.schema.createTable('request_pauses')
    .addColumn('id', 'bigserial', (c) => c.primaryKey())
    .addColumn('request_id', 'uuid', (c) => c.notNull().references('requests.id'))
    .addColumn('started_at', 'timestamptz', (c) => c.notNull())
    .addColumn('ended_at', 'timestamptz')
    .execute();
  await db.schema.createIndex('request_pauses_request_idx').on('request_pauses').column('request_id').execute();

  // Attachments: metadata here, bytes in a table of their own that lists never read.
  await db.schema.createTable('request_attachments')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('request_id', 'uuid', (c) => c.notNull().references('requests.id'))
    .addColumn('message_id', 'uuid', (c) => c.references('request_messages.id'))
    .addColumn('uploaded_by', 'uuid', (c) => c.notNull().references('persons.id'))
    .addColumn('filename', 'text', (c) => c.notNull())
    .addColumn('media_type', 'text', (c) => c.notNull())
    .addColumn('size_bytes', 'integer', (c) => c.notNull())
    .addColumn('sha256', 'text', (c) => c.notNull())
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('removed_at', 'timestamptz')
    .execute();
  await db.schema.createIndex('request_attachments_request_idx').on('request_attachments').column('request_id').execute();
  await db.schema.createTable('attachment_contents')
    .addColumn('attachment_id', 'uuid', (c) => c.primaryKey().references('request_attachments.id').onDelete('cascade'))
    .addColumn('content', 'bytea', (c) => c.notNull())
    .execute();

  // A sensitive request shared with a named staff member (beyond its assignee).
  await db.schema.createTable('request_shares')
    .addColumn('request_id', 'uuid', (c) => c.notNull().references('requests.id'))
    .addColumn('person_id', 'uuid', (c) => c.notNull().references('persons.id'))
    .addColumn('shared_by', 'uuid', (c) => c.references('persons.id'))
    .addColumn('reason', 'text', (c) => c.notNull())
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addPrimaryKeyConstraint('request_shares_pk', ['request_id', 'person_id'])
    .execute();

  // Where each reader stopped reading a request: unread counters.
  await db.schema.createTable('request_reads')
    .addColumn('request_id', 'uuid', (c) => c.notNull().references('requests.id'))
    .addColumn('person_id', 'uuid', (c) => c.notNull().references('persons.id'))
    .addColumn('read_at', 'timestamptz', (c) => c.notNull())
    .addPrimaryKeyConstraint('request_reads_pk', ['request_id', 'person_id'])
    .execute();

  // An adviser's absence: new requests skip them, the coordinator sees their open ones.
  await db.schema.createTable('adviser_absences')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('adviser_id', 'uuid', (c) => c.notNull().references('persons.id'))
    .addColumn('starts_on', 'date', (c) => c.notNull())
    .addColumn('ends_on', 'date', (c) => c.notNull())
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addCheckConstraint('adviser_absences_order', sql`ends_on >= starts_on`)
    .execute();
  await db.schema.createIndex('adviser_absences_adviser_idx').on('adviser_absences').columns(['adviser_id', 'ends_on']).execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const table of ['adviser_absences', 'request_reads', 'request_shares', 'attachment_contents', 'request_attachments',
    'request_pauses', 'request_events', 'request_notes', 'request_messages', 'academie_settings']) {
    await db.schema.dropTable(table).execute();
  }
  await db.schema.alterTable('requests')
    .dropColumn('paused_at').dropColumn('first_response_working_days').dropColumn('closure_working_days')
    .dropColumn('holding_sent_at').dropColumn('overdue_alerted_at').dropColumn('reopened_count')
    .dropColumn('last_activity_at').dropColumn('anonymised_at')
    .execute();
}
