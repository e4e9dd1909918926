import { sql, type Kysely } from 'kysely';

/*
 * One-time links are no longer stored readable (issue 11 §2): the survey link is minted when its
 * mail leaves, so a survey has no token hash until then, and the outbox keeps a masked text.
 * Rows written before this change are cleaned here: the outbox's survey links are masked, and
 * the queue's payloads that still carry a link name the record instead (a pending mail then gets
 * a fresh link at delivery; a sent one is never delivered again).
 */

const MARKER = '[lien personnel masqué]';
const SECRET_URL = 'https?://[^[:space:]"<>]*/enquete(-nationale)?/[A-Za-z0-9_-]{43}';
const TEMPLATES = [
  { template: 'survey.invitation', kind: 'survey', table: 'satisfaction_surveys' },
  { template: 'panel.invitation', kind: 'panel', table: 'survey_panel_members' },
] as const;

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('satisfaction_surveys').alterColumn('token_hash', (c) => c.dropNotNull()).execute();

  await sql`
    update mail_outbox
    set text_body = regexp_replace(text_body, ${SECRET_URL}, ${MARKER}, 'g'),
        html_body = regexp_replace(html_body, ${SECRET_URL}, ${MARKER}, 'g')
    where template in ('survey.invitation', 'panel.invitation')`.execute(db);

  // The queue's tables belong to pg-boss, which creates them at its first start: maybe not yet.
  const queue = await sql<{ name: string | null }>`select to_regclass('pgboss.job')::text as name`.execute(db);
  if (!queue.rows[0]?.name) return;
  for (const { template, kind, table } of TEMPLATES) {
    await sql`
      update pgboss.job j
      set data = jsonb_set(j.data #- '{data,link}', '{data,secretLink}', jsonb_build_object('kind', ${kind}::text, 'id', r.id::text))
      from ${sql.table(table)} r
      where j.data->>'template' = ${template} and j.data->'data' ? 'link'
        and r.token_hash = encode(sha256(convert_to(substring(j.data->'data'->>'link' from '([A-Za-z0-9_-]{43})$'), 'UTF8')), 'hex')`.execute(db);
    // A link whose record is gone opens nothing; it is removed all the same (the mail then fails its check).
    await sql`update pgboss.job set data = data #- '{data,link}' where data->>'template' = ${template} and data->'data' ? 'link'`.execute(db);
  }
}

export async function down(db: Kysely<any>): Promise<void> {
  // Surveys not yet mailed get a hash no token matches; the masked texts stay masked.
  await sql`update satisfaction_surveys set token_hash = encode(sha256(convert_to(gen_random_uuid()::text, 'UTF8')), 'hex') where token_hash is null`.execute(db);
  await db.schema.alterTable('satisfaction_surveys').alterColumn('token_hash', (c) => c.setNotNull()).execute();
}
