import { sql, type Kysely } from 'kysely';

/*
 * The HR newsletter (issue 16). An issue is composed by an editor, approved by another, then
 * sent at its chosen time. Sending expands the audience into `newsletter_sends`, one row per
 * (issue, person): the unique key is what makes a restarted sender unable to write anyone twice.
 * A row goes pending → queued (its mail written to the outbox, in the same transaction) → sent
 * (relayed to the SMTP server) or failed. The unsubscribe link of a mail is a token whose hash
 * only is kept, on its send row.
 */

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.createTable('newsletter_issues')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('academie_code', 'text', (c) => c.notNull().references('academies.code'))
    .addColumn('kind', 'text', (c) => c.notNull().check(sql`kind in ('quarterly', 'weekly_flash')`))
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('editorial', 'text', (c) => c.notNull().defaultTo(''))
    // [{ type: 'article', articleId } | { type: 'key_date', keyDateId }]
    .addColumn('items', 'jsonb', (c) => c.notNull().defaultTo(sql`'[]'::jsonb`))
    // « Focus par métier »: [{ category, title, body, articleIds }]
    .addColumn('sections', 'jsonb', (c) => c.notNull().defaultTo(sql`'[]'::jsonb`))
    // Départements (empty: the whole académie) and categories (empty: every category).
    .addColumn('audience_departements', 'jsonb', (c) => c.notNull().defaultTo(sql`'[]'::jsonb`))
    .addColumn('audience_categories', 'jsonb', (c) => c.notNull().defaultTo(sql`'[]'::jsonb`))
    .addColumn('status', 'text', (c) => c.notNull().defaultTo('draft')
      .check(sql`status in ('draft', 'submitted', 'approved', 'sending', 'sent', 'cancelled')`))
    .addColumn('send_at', 'timestamptz')
    .addColumn('created_by', 'uuid', (c) => c.notNull().references('persons.id'))
    .addColumn('updated_by', 'uuid', (c) => c.notNull().references('persons.id'))
    .addColumn('submitted_by', 'uuid', (c) => c.references('persons.id'))
    .addColumn('approved_by', 'uuid', (c) => c.references('persons.id'))
    .addColumn('approved_at', 'timestamptz')
    .addColumn('sending_started_at', 'timestamptz')
    .addColumn('sent_at', 'timestamptz')
    .addColumn('recipient_count', 'integer')
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute();
  await db.schema.createIndex('newsletter_issues_academie_idx').on('newsletter_issues').columns(['academie_code', 'created_at desc']).execute();

  await db.schema.createTable('newsletter_sends')
    // Also the id of the mail (the outbox row and its Message-ID): one mail per row.
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('issue_id', 'uuid', (c) => c.notNull().references('newsletter_issues.id'))
    .addColumn('person_id', 'uuid', (c) => c.notNull().references('persons.id'))
    .addColumn('category', 'text')
    .addColumn('status', 'text', (c) => c.notNull().defaultTo('pending').check(sql`status in ('pending', 'queued', 'sent', 'failed')`))
    .addColumn('token_hash', 'text', (c) => c.unique())
    .addColumn('queued_at', 'timestamptz')
    .addColumn('sent_at', 'timestamptz')
    .addColumn('unsubscribed_at', 'timestamptz')
    .addUniqueConstraint('newsletter_sends_issue_person_key', ['issue_id', 'person_id'])
    .execute();
  await db.schema.createIndex('newsletter_sends_issue_status_idx').on('newsletter_sends').columns(['issue_id', 'status']).execute();

  // A person's choice per kind; without a row, the académie's default applies.
  await db.schema.createTable('newsletter_subscriptions')
    .addColumn('person_id', 'uuid', (c) => c.notNull().references('persons.id'))
    .addColumn('kind', 'text', (c) => c.notNull().check(sql`kind in ('quarterly', 'weekly_flash')`))
    .addColumn('subscribed', 'boolean', (c) => c.notNull())
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addPrimaryKeyConstraint('newsletter_subscriptions_pkey', ['person_id', 'kind'])
    .execute();

  // The académie's default per kind (a person who never chose); without a row: subscribed to both.
  await db.schema.createTable('newsletter_defaults')
    .addColumn('academie_code', 'text', (c) => c.primaryKey().references('academies.code'))
    .addColumn('quarterly', 'boolean', (c) => c.notNull().defaultTo(true))
    .addColumn('weekly_flash', 'boolean', (c) => c.notNull().defaultTo(true))
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('newsletter_defaults').execute();
  await db.schema.dropTable('newsletter_subscriptions').execute();
  await db.schema.dropTable('newsletter_sends').execute();
  await db.schema.dropTable('newsletter_issues').execute();
}
