import { sql, type Kysely } from 'kysely';

export async function up(db: Kysely<any>): Promise<void> {
  // Per-académie numbering of request references (AMI-2026-000042), one row per year.
  await db.schema.createTable('request_counters')
    .addColumn('academie_code', 'text', (c) => c.notNull().references('academies.code'))
    .addColumn('year', 'integer', (c) => c.notNull())
    .addColumn('last_number', 'integer', (c) => c.notNull().defaultTo(0))
    .addPrimaryKeyConstraint('request_counters_pk', ['academie_code', 'year'])
    .execute();

  await db.schema.createTable('requests')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('reference', 'text', (c) => c.notNull().unique())
    .addColumn('agent_id', 'uuid', (c) => c.notNull().references('persons.id'))
    .addColumn('academie_code', 'text', (c) => c.notNull().references('academies.code'))
    .addColumn('departement_code', 'text', (c) => c.notNull().references('departements.code'))
    .addColumn('topic', 'text', (c) => c.notNull().check(sql`topic in ('career_project','work_difficulties','health_wellbeing','application_support','training_project','managerial_support','protection')`))
    .addColumn('subject', 'text', (c) => c.notNull())
    .addColumn('description', 'text')
    .addColumn('status', 'text', (c) => c.notNull().defaultTo('open').check(sql`status in ('open','in_progress','waiting_agent','closed')`))
    .addColumn('sensitive', 'boolean', (c) => c.notNull().defaultTo(false))
    .addColumn('channel', 'text', (c) => c.notNull().defaultTo('web').check(sql`channel in ('web','phone','email','in_person')`))
    .addColumn('contact_preference', 'text', (c) => c.notNull().check(sql`contact_preference in ('email','phone','visio','in_person')`))
    .addColumn('consent_to_share', 'boolean', (c) => c.notNull().defaultTo(false))
    .addColumn('assignee_id', 'uuid', (c) => c.references('persons.id'))
    .addColumn('created_by_id', 'uuid', (c) => c.references('persons.id'))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('acknowledged_at', 'timestamptz')
    .addColumn('first_response_due_at', 'timestamptz')
    .addColumn('first_responded_at', 'timestamptz')
    .addColumn('closed_at', 'timestamptz')
    .addColumn('response_type', 'text', (c) => c.check(sql`response_type in ('information_individual','information_collective','internal_referral','external_referral')`))
    .addColumn('closing_summary', 'text')
    .execute();
  await db.schema.createIndex('requests_agent_idx').on('requests').columns(['agent_id', 'created_at']).execute();
  await db.schema.createIndex('requests_assignee_idx').on('requests').columns(['assignee_id', 'status', 'first_response_due_at']).execute();
  await db.schema.createIndex('requests_departement_idx').on('requests').columns(['departement_code', 'status', 'first_response_due_at']).execute();
  await db.schema.createIndex('requests_academie_created_idx').on('requests').columns(['academie_code', 'created_at']).execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('requests').execute();
  await db.schema.dropTable('request_counters').execute();
}
