import { sql, type Kysely } from 'kysely';

export async function up(db: Kysely<any>): Promise<void> {
  // The requester's profile as it was when they asked: reports group on it without joining
  // the persons table, and it stays right when the person's record changes or is removed.
  await db.schema.alterTable('requests')
    .addColumn('requester_category', 'text')
    .addColumn('requester_gender', 'text')
    .addColumn('requester_birth_year', 'integer')
    .execute();
  await sql`
    create function requests_copy_requester_profile() returns trigger language plpgsql as $$
    begin
      if new.requester_category is null and new.requester_gender is null and new.requester_birth_year is null then
        select p.category, p.gender, p.birth_year into new.requester_category, new.requester_gender, new.requester_birth_year
        from persons p where p.id = new.agent_id;
      end if;
      return new;
    end $$`.execute(db);
  await sql`create trigger requests_requester_profile before insert on requests for each row execute function requests_copy_requester_profile()`.execute(db);
  await sql`update requests r set requester_category = p.category, requester_gender = p.gender, requester_birth_year = p.birth_year from persons p where p.id = r.agent_id`.execute(db);

  // Reports read requests by period within a scope.
  await sql`create index requests_departement_created_idx on requests (departement_code, created_at)`.execute(db);
  // The national report reads a year of the country: covering indexes let it read the index
  // alone (index-only scan), not 200,000 rows of the table with their free text.
  await sql`create index requests_created_idx on requests (created_at) include (academie_code, departement_code, topic, channel,
    status, reopened_count, requester_category, requester_gender, requester_birth_year, first_responded_at, first_response_due_at,
    first_response_working_days)`.execute(db);
  await sql`create index requests_closed_idx on requests (closed_at) include (status, response_type, closure_working_days)
    where closed_at is not null`.execute(db);

  await db.schema.alterTable('academie_settings')
    .addColumn('survey_delay_days', 'integer', (c) => c.notNull().defaultTo(2).check(sql`survey_delay_days between 0 and 30`))
    .execute();

  // The satisfaction survey after closure: one per request, reached by a one-time link whose
  // token is stored hashed. Answers keep no link to a person beyond the request.
  await db.schema.createTable('satisfaction_surveys')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('request_id', 'uuid', (c) => c.notNull().unique().references('requests.id'))
    .addColumn('academie_code', 'text', (c) => c.notNull().references('academies.code'))
    .addColumn('departement_code', 'text', (c) => c.notNull().references('departements.code'))
    .addColumn('token_hash', 'text', (c) => c.notNull().unique())
    .addColumn('sent_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('expires_at', 'timestamptz', (c) => c.notNull())
    .addColumn('answered_at', 'timestamptz')
    .addColumn('ease', 'smallint', (c) => c.check(sql`ease between 1 and 5`))
    .addColumn('delay', 'smallint', (c) => c.check(sql`delay between 1 and 5`))
    .addColumn('listening', 'smallint', (c) => c.check(sql`listening between 1 and 5`))
    .addColumn('clarity', 'smallint', (c) => c.check(sql`clarity between 1 and 5`))
    .addColumn('usefulness', 'smallint', (c) => c.check(sql`usefulness between 1 and 5`))
    .addColumn('overall', 'smallint', (c) => c.check(sql`overall between 0 and 10`))
    .addColumn('improvement', 'text')
    .execute();
  await sql`create index satisfaction_surveys_academie_sent_idx on satisfaction_surveys (academie_code, sent_at)`.execute(db);
  await sql`create index satisfaction_surveys_sent_idx on satisfaction_surveys (sent_at)`.execute(db);

  // The national survey panel: a reproducible stratified draw of past requesters.
  await db.schema.createTable('survey_panels')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('seed', 'text', (c) => c.notNull())
    .addColumn('period_from', 'date', (c) => c.notNull())
    .addColumn('period_to', 'date', (c) => c.notNull())
    .addColumn('per_departement', 'integer', (c) => c.notNull().check(sql`per_departement between 4 and 200`))
    .addColumn('created_by', 'uuid', (c) => c.notNull().references('persons.id'))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('sent_at', 'timestamptz')
    .execute();
  await db.schema.createTable('survey_panel_members')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('panel_id', 'uuid', (c) => c.notNull().references('survey_panels.id'))
    .addColumn('person_id', 'uuid', (c) => c.notNull().references('persons.id'))
    .addColumn('departement_code', 'text', (c) => c.notNull().references('departements.code'))
    .addColumn('category', 'text', (c) => c.notNull())
    .addColumn('token_hash', 'text', (c) => c.unique())
    .addColumn('sent_at', 'timestamptz')
    .addColumn('expires_at', 'timestamptz')
    .addColumn('answered_at', 'timestamptz')
    .addUniqueConstraint('survey_panel_members_once', ['panel_id', 'person_id'])
    .execute();
  // The answers of the panel, apart from who was drawn: no person, no time, only the stratum.
  await db.schema.createTable('survey_panel_answers')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('panel_id', 'uuid', (c) => c.notNull().references('survey_panels.id'))
    .addColumn('departement_code', 'text', (c) => c.notNull().references('departements.code'))
    .addColumn('category', 'text', (c) => c.notNull())
    .addColumn('answers', 'jsonb', (c) => c.notNull())
    .execute();

  // The monthly report of a scope: its tables (XLSX) as mailed, and the proof it was sent once.
  await db.schema.createTable('monthly_reports')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('scope_level', 'text', (c) => c.notNull().check(sql`scope_level in ('national', 'academie', 'departement')`))
    .addColumn('scope_code', 'text', (c) => c.notNull())
    .addColumn('month', 'text', (c) => c.notNull().check(sql`month ~ '^\\d{4}-\\d{2}$'`))
    .addColumn('xlsx', 'bytea')
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addUniqueConstraint('monthly_reports_once', ['scope_level', 'scope_code', 'month'])
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const table of ['monthly_reports', 'survey_panel_answers', 'survey_panel_members', 'survey_panels', 'satisfaction_surveys']) await db.schema.dropTable(table).execute();
  await sql`drop trigger requests_requester_profile on requests`.execute(db);
  await sql`drop function requests_copy_requester_profile()`.execute(db);
}
