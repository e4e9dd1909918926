import { sql, type Kysely } from 'kysely';

export async function up(db: Kysely<any>): Promise<void> {
  // Every e-mail ProxiRH sends, as sent: the record of what left, and in demo (no SMTP
  // server) the only place the mails go. Rendered from a template, never from free text.
  // Timestamps to the millisecond, so that the keyset cursor of the listing is exact.
  await db.schema.createTable('mail_outbox')
    .addColumn('id', 'uuid', (c) => c.primaryKey())
    .addColumn('template', 'text', (c) => c.notNull())
    .addColumn('recipient', 'text', (c) => c.notNull())
    .addColumn('subject', 'text', (c) => c.notNull())
    .addColumn('text_body', 'text', (c) => c.notNull())
    .addColumn('html_body', 'text', (c) => c.notNull())
    .addColumn('created_at', sql`timestamptz(3)`, (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('sent_at', sql`timestamptz(3)`)
    .addColumn('transport', 'text', (c) => c.notNull().check(sql`transport in ('smtp', 'outbox')`))
    .addColumn('message_id', 'text')
    .addColumn('academie_code', 'text', (c) => c.references('academies.code'))
    .execute();
  await db.schema.createIndex('mail_outbox_created_idx').on('mail_outbox').columns(['created_at desc', 'id desc']).execute();
  await db.schema.createIndex('mail_outbox_academie_created_idx').on('mail_outbox').columns(['academie_code', 'created_at desc', 'id desc']).execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('mail_outbox').execute();
}
