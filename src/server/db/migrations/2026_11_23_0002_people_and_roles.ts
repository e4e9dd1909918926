import { sql, type Kysely } from 'kysely';

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.createTable('persons')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('email', 'text', (c) => c.notNull())
    .addColumn('display_name', 'text', (c) => c.notNull())
    .addColumn('given_name', 'text')
    .addColumn('family_name', 'text')
    .addColumn('phone', 'text')
    // Set when the person signs in through OpenID Connect: issuer + subject identify them.
    .addColumn('oidc_issuer', 'text')
    .addColumn('oidc_subject', 'text')
    // Agent profile (every member of staff is an agent; null where unknown).
    .addColumn('category', 'text', (c) => c.check(sql`category in ('first_degree','second_degree','biatss','leadership')`))
    .addColumn('employment_status', 'text', (c) => c.check(sql`employment_status in ('tenured','trainee','contract')`))
    .addColumn('gender', 'text', (c) => c.check(sql`gender in ('female','male','unspecified')`))
    .addColumn('birth_year', 'integer', (c) => c.check(sql`birth_year between 1930 and 2015`))
    .addColumn('establishment_uai', 'text', (c) => c.references('establishments.uai'))
    .addColumn('departement_code', 'text', (c) => c.references('departements.code'))
    .addColumn('academie_code', 'text', (c) => c.references('academies.code'))
    // Adviser profile: share of a full-time post spent on proximity HR (0.56 on average).
    .addColumn('working_share', sql`numeric(3,2)`, (c) => c.check(sql`working_share > 0 and working_share <= 1`))
    .addColumn('active', 'boolean', (c) => c.notNull().defaultTo(true))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute();
  await sql`create unique index persons_email_idx on persons (lower(email))`.execute(db);
  await sql`create unique index persons_oidc_idx on persons (oidc_issuer, oidc_subject) where oidc_subject is not null`.execute(db);
  await db.schema.createIndex('persons_departement_idx').on('persons').column('departement_code').execute();
  await sql`create index persons_name_idx on persons (lower(display_name) text_pattern_ops)`.execute(db);

  await db.schema.createTable('role_assignments')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('person_id', 'uuid', (c) => c.notNull().references('persons.id').onDelete('cascade'))
    .addColumn('role', 'text', (c) => c.notNull().check(sql`role in ('agent','adviser','coordinator','contact_point','editor','steering','admin')`))
    .addColumn('territory_level', 'text', (c) => c.notNull().check(sql`territory_level in ('national','academie','departement')`))
    .addColumn('territory_code', 'text', (c) => c.notNull())
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addUniqueConstraint('role_assignments_unique', ['person_id', 'role', 'territory_level', 'territory_code'])
    .execute();
  await db.schema.createIndex('role_assignments_person_idx').on('role_assignments').column('person_id').execute();
  await db.schema.createIndex('role_assignments_territory_idx').on('role_assignments')
    .columns(['role', 'territory_level', 'territory_code']).execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('role_assignments').execute();
  await db.schema.dropTable('persons').execute();
}
