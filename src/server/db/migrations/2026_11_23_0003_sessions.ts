import { sql, type Kysely } from 'kysely';

export async function up(db: Kysely<any>): Promise<void> {
  // Sessions live in the database so that any instance can serve any request. The cookie
  // holds a random token; only its SHA-256 is stored, so a leaked table opens no session.
  await db.schema.createTable('sessions')
    .addColumn('token_hash', 'text', (c) => c.primaryKey())
    .addColumn('person_id', 'uuid', (c) => c.notNull().references('persons.id').onDelete('cascade'))
    .addColumn('csrf_token', 'text', (c) => c.notNull())
    .addColumn('auth_method', 'text', (c) => c.notNull().check(sql`auth_method in ('oidc','demo')`))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('last_seen_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('expires_at', 'timestamptz', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('sessions_person_idx').on('sessions').column('person_id').execute();
  await db.schema.createIndex('sessions_expires_idx').on('sessions').column('expires_at').execute();

  // An OpenID Connect sign-in in flight: the PKCE verifier and nonce, keyed by `state`.
  await db.schema.createTable('oidc_flows')
    .addColumn('state', 'text', (c) => c.primaryKey())
    .addColumn('code_verifier', 'text', (c) => c.notNull())
    .addColumn('nonce', 'text', (c) => c.notNull())
    .addColumn('return_to', 'text', (c) => c.notNull().defaultTo('/'))
    .addColumn('expires_at', 'timestamptz', (c) => c.notNull())
    .execute();

  // The accounts offered on the sign-in page in demo mode (never used when demo mode is off).
  await db.schema.createTable('demo_accounts')
    .addColumn('person_id', 'uuid', (c) => c.primaryKey().references('persons.id').onDelete('cascade'))
    .addColumn('description', 'text', (c) => c.notNull())
    .addColumn('position', 'integer', (c) => c.notNull())
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('demo_accounts').execute();
  await db.schema.dropTable('oidc_flows').execute();
  await db.schema.dropTable('sessions').execute();
}
