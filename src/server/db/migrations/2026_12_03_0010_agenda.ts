import { sql, type Kysely } from 'kysely';

/*
 * The adviser's agenda (issue 14, second part): an appointment's outcome (held, no-show,
 * excused) and its moves; the agents' wishes to be told of an earlier slot, the slots freed by a
 * cancellation or a move and the offers made of them; each person's private calendar feed (only
 * the SHA-256 of its secret is stored); and the anonymisation of appointments with the retention
 * rule of requests (the agent link and the free text go, the counts stay: `agent_id` nullable).
 */

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('appointments')
    .addColumn('status_changed_at', 'timestamptz')
    .addColumn('status_changed_by', 'uuid', (c) => c.references('persons.id'))
    .addColumn('moved_at', 'timestamptz')
    .addColumn('moved_by', 'uuid', (c) => c.references('persons.id'))
    .addColumn('move_message', 'text')
    .addColumn('anonymised_at', 'timestamptz')
    .execute();
  await db.schema.alterTable('appointments').alterColumn('agent_id', (c) => c.dropNotNull()).execute();
  // The adviser's day and week: one index range per adviser.
  await db.schema.createIndex('appointments_adviser_time_idx').on('appointments').columns(['adviser_id', 'starts_at']).execute();

  // « Être prévenu d'un créneau plus tôt »: a reason, a département, maybe a mode; first come, first served.
  await db.schema.createTable('earlier_slot_wishes')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('agent_id', 'uuid', (c) => c.notNull().references('persons.id').onDelete('cascade'))
    .addColumn('academie_code', 'text', (c) => c.notNull().references('academies.code'))
    .addColumn('departement_code', 'text', (c) => c.notNull().references('departements.code'))
    .addColumn('reason', 'text', (c) => c.notNull())
    .addColumn('mode', 'text', (c) => c.check(sql`mode in ('in_person','visio','phone')`))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('withdrawn_at', 'timestamptz')
    .execute();
  await sql`create index earlier_slot_wishes_waiting_idx on earlier_slot_wishes (departement_code, created_at) where withdrawn_at is null`.execute(db);
  await sql`create unique index earlier_slot_wishes_one_idx on earlier_slot_wishes (agent_id, departement_code, reason, coalesce(mode, '')) where withdrawn_at is null`.execute(db);

  // A range freed by a cancellation or a move, offered once to the waiting agents.
  await db.schema.createTable('freed_slots')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('appointment_id', 'uuid', (c) => c.notNull().references('appointments.id').onDelete('cascade'))
    .addColumn('office_hour_id', 'uuid', (c) => c.notNull().references('office_hours.id'))
    .addColumn('starts_at', 'timestamptz', (c) => c.notNull())
    .addColumn('freed_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('offered_at', 'timestamptz')
    .addUniqueConstraint('freed_slots_once', ['appointment_id', 'starts_at'])
    .execute();
  await sql`create index freed_slots_pending_idx on freed_slots (freed_at) where offered_at is null`.execute(db);

  await db.schema.createTable('slot_offers')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('freed_slot_id', 'uuid', (c) => c.notNull().references('freed_slots.id').onDelete('cascade'))
    .addColumn('wish_id', 'uuid', (c) => c.notNull().references('earlier_slot_wishes.id').onDelete('cascade'))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addUniqueConstraint('slot_offers_once', ['freed_slot_id', 'wish_id'])
    .execute();
  await db.schema.createIndex('slot_offers_wish_idx').on('slot_offers').column('wish_id').execute();

  // One private feed per person; regenerating replaces the hash (the old address stops at once).
  await db.schema.createTable('calendar_feeds')
    .addColumn('person_id', 'uuid', (c) => c.primaryKey().references('persons.id').onDelete('cascade'))
    .addColumn('token_hash', 'text', (c) => c.notNull().unique())
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('last_read_at', 'timestamptz')
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const table of ['calendar_feeds', 'slot_offers', 'freed_slots', 'earlier_slot_wishes']) await db.schema.dropTable(table).execute();
  await db.schema.dropIndex('appointments_adviser_time_idx').execute();
  await db.deleteFrom('appointments').where('agent_id', 'is', null).execute();
  await db.schema.alterTable('appointments').alterColumn('agent_id', (c) => c.setNotNull()).execute();
  for (const column of ['status_changed_at', 'status_changed_by', 'moved_at', 'moved_by', 'move_message', 'anonymised_at']) {
    await db.schema.alterTable('appointments').dropColumn(column).execute();
  }
}
