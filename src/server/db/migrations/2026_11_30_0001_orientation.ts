import { sql, type Kysely } from 'kysely';

/*
 * The orientation network (issue 13): the directory of the HR actors of each territory
 * (contact points, the territories they cover, their members) and the referrals of a request
 * to one of them, with each step of a referral.
 */

const KINDS = ['adviser', 'career_adviser', 'social_worker', 'occupational_doctor', 'occupational_psychologist', 'disability_correspondent',
  'equality_officer', 'cell', 'management_office', 'leadership_mission', 'hr_correspondent', 'external_partner'];
const inList = (values: string[]) => sql.raw(values.map((v) => `'${v}'`).join(','));

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.createTable('contact_points')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('kind', 'text', (c) => c.notNull().check(sql`kind in (${inList(KINDS)})`))
    .addColumn('name', 'text', (c) => c.notNull())
    // The académie whose directory lists it; null for a national partner (managed nationally).
    .addColumn('academie_code', 'text', (c) => c.references('academies.code'))
    .addColumn('description', 'text')
    .addColumn('email', 'text')
    .addColumn('phone', 'text')
    .addColumn('hours', 'text')
    .addColumn('address', 'text')
    .addColumn('website', 'text')
    // Request topic codes and staff category codes it handles (JSON arrays of codes).
    .addColumn('topics', 'jsonb', (c) => c.notNull().defaultTo(sql`'[]'::jsonb`))
    .addColumn('categories', 'jsonb', (c) => c.notNull().defaultTo(sql`'[]'::jsonb`))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('archived_at', 'timestamptz')
    .execute();
  await db.schema.createIndex('contact_points_academie_idx').on('contact_points').column('academie_code').execute();

  await db.schema.createTable('contact_point_territories')
    .addColumn('contact_point_id', 'uuid', (c) => c.notNull().references('contact_points.id').onDelete('cascade'))
    .addColumn('level', 'text', (c) => c.notNull().check(sql`level in ('national','academie','departement','bassin')`))
    .addColumn('code', 'text', (c) => c.notNull())
    // The département a bassin lies in (the bassin's code may be a free label); null otherwise.
    .addColumn('departement_code', 'text', (c) => c.references('departements.code'))
    .addColumn('label', 'text')
    .addPrimaryKeyConstraint('contact_point_territories_pk', ['contact_point_id', 'level', 'code'])
    .execute();
  await db.schema.createIndex('contact_point_territories_code_idx').on('contact_point_territories').columns(['level', 'code']).execute();

  await db.schema.createTable('contact_point_members')
    .addColumn('contact_point_id', 'uuid', (c) => c.notNull().references('contact_points.id').onDelete('cascade'))
    .addColumn('person_id', 'uuid', (c) => c.notNull().references('persons.id').onDelete('cascade'))
    .addColumn('added_by', 'uuid', (c) => c.references('persons.id'))
    .addColumn('added_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addPrimaryKeyConstraint('contact_point_members_pk', ['contact_point_id', 'person_id'])
    .execute();
  await db.schema.createIndex('contact_point_members_person_idx').on('contact_point_members').column('person_id').execute();

  await db.schema.createTable('referrals')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('request_id', 'uuid', (c) => c.notNull().references('requests.id').onDelete('cascade'))
    .addColumn('contact_point_id', 'uuid', (c) => c.notNull().references('contact_points.id'))
    .addColumn('kind', 'text', (c) => c.notNull().check(sql`kind in ('internal_referral','external_referral')`))
    .addColumn('created_by', 'uuid', (c) => c.references('persons.id'))
    .addColumn('note', 'text')
    // What the staff member wished to share; the description is shared only with the agent's consent too.
    .addColumn('share_description', 'boolean', (c) => c.notNull().defaultTo(false))
    .addColumn('agent_consented_at', 'timestamptz')
    .addColumn('status', 'text', (c) => c.notNull().defaultTo('sent').check(sql`status in ('sent','accepted','declined','answered','revoked')`))
    .addColumn('expected_by', 'date')
    .addColumn('responded_by', 'uuid', (c) => c.references('persons.id'))
    .addColumn('accepted_at', 'timestamptz')
    .addColumn('declined_at', 'timestamptz')
    .addColumn('decline_reason', 'text')
    .addColumn('answered_at', 'timestamptz')
    .addColumn('outcome', 'text', (c) => c.check(sql`outcome in ('resolved','partly_resolved','not_resolved','redirected')`))
    .addColumn('outcome_summary', 'text')
    .addColumn('revoked_at', 'timestamptz')
    .addColumn('revoked_by', 'uuid', (c) => c.references('persons.id'))
    .addColumn('overdue_alerted_at', 'timestamptz')
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute();
  await db.schema.createIndex('referrals_request_idx').on('referrals').column('request_id').execute();
  await db.schema.createIndex('referrals_target_idx').on('referrals').columns(['contact_point_id', 'created_at']).execute();
  await sql`create index referrals_awaiting_idx on referrals (expected_by) where status in ('sent','accepted') and overdue_alerted_at is null`.execute(db);

  // The exchange between the target and the staff of the request about one referral (never shown to the agent).
  await db.schema.createTable('referral_messages')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('referral_id', 'uuid', (c) => c.notNull().references('referrals.id').onDelete('cascade'))
    .addColumn('author_id', 'uuid', (c) => c.references('persons.id'))
    .addColumn('from_target', 'boolean', (c) => c.notNull())
    .addColumn('body', 'text')
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute();
  await db.schema.createIndex('referral_messages_referral_idx').on('referral_messages').columns(['referral_id', 'created_at']).execute();

  await db.schema.createTable('referral_events')
    .addColumn('id', 'bigserial', (c) => c.primaryKey())
    .addColumn('referral_id', 'uuid', (c) => c.notNull().references('referrals.id').onDelete('cascade'))
    .addColumn('request_id', 'uuid', (c) => c.notNull().references('requests.id').onDelete('cascade'))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('actor_id', 'uuid', (c) => c.references('persons.id'))
    .addColumn('visible_to_agent', 'boolean', (c) => c.notNull().defaultTo(true))
    .addColumn('data', 'jsonb', (c) => c.notNull().defaultTo(sql`'{}'::jsonb`))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute();
  await db.schema.createIndex('referral_events_request_idx').on('referral_events').columns(['request_id', 'id']).execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const table of ['referral_events', 'referral_messages', 'referrals', 'contact_point_members', 'contact_point_territories', 'contact_points']) {
    await db.schema.dropTable(table).execute();
  }
}
