import { sql, type Kysely } from 'kysely';

/*
 * The knowledge base (issue 15). An article is a slug in a scope (national, or one académie: an
 * académie's article with the same slug overrides the national one there); its text lives in its
 * versions (every save is one), and the version online is `published_version_id`, which stays
 * online while a new draft is written and reviewed. The French search reads the online versions
 * only (`live`), through a stored tsvector (title A, summary B, body C, and title and summary alone) built with the text search
 * configuration `french_unaccent` (unaccent, then the French stemmer): a generated column needs an
 * immutable expression, and `to_tsvector` with a named configuration is one.
 * The figures keep words and counts, never a person: unanswered searches by day, views by day.
 */

const KINDS = ['sheet', 'faq', 'guide', 'scheme'];
const THEMES = ['mobility', 'career', 'training', 'health_worklife', 'social_action', 'protection', 'end_of_career', 'telework', 'managerial_support'];
const STATUSES = ['draft', 'in_review', 'published', 'archived'];
const inList = (values: string[]) => sql.raw(values.map((v) => `'${v}'`).join(','));

export async function up(db: Kysely<any>): Promise<void> {
  // PGlite loads both extensions at open (db/database.ts); a server has them in its contrib.
  await sql`create extension if not exists unaccent`.execute(db);
  await sql`create extension if not exists pg_trgm`.execute(db);
  await sql`do $$ begin
    if not exists (select 1 from pg_ts_config where cfgname = 'french_unaccent') then
      create text search configuration french_unaccent (copy = french);
      alter text search configuration french_unaccent alter mapping for hword, hword_part, word with unaccent, french_stem;
    end if;
  end $$`.execute(db);

  await db.schema.createTable('articles')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('slug', 'text', (c) => c.notNull().check(sql`slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$'`))
    // Null: national.
    .addColumn('academie_code', 'text', (c) => c.references('academies.code'))
    .addColumn('status', 'text', (c) => c.notNull().defaultTo('draft').check(sql`status in (${inList(STATUSES)})`))
    .addColumn('review_due_on', 'date')
    // The kinds of actor of the académie shown beside the article (besides the named contact points).
    .addColumn('contact_point_kinds', sql`text[]`, (c) => c.notNull().defaultTo(sql`'{}'::text[]`))
    .addColumn('current_version_id', 'uuid')
    .addColumn('published_version_id', 'uuid')
    .addColumn('published_at', 'timestamptz')
    .addColumn('submitted_at', 'timestamptz')
    .addColumn('created_by', 'uuid', (c) => c.notNull().references('persons.id'))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute();
  await sql`create unique index articles_slug_scope_idx on articles (slug, coalesce(academie_code, ''))`.execute(db);
  await sql`create index articles_review_due_idx on articles (review_due_on) where status <> 'archived'`.execute(db);

  await db.schema.createTable('article_versions')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('article_id', 'uuid', (c) => c.notNull().references('articles.id').onDelete('cascade'))
    .addColumn('number', 'integer', (c) => c.notNull())
    .addColumn('author_id', 'uuid', (c) => c.notNull().references('persons.id'))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('kind', 'text', (c) => c.notNull().check(sql`kind in (${inList(KINDS)})`))
    .addColumn('theme', 'text', (c) => c.notNull().check(sql`theme in (${inList(THEMES)})`))
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('summary', 'text', (c) => c.notNull())
    // Markdown as written; its sanitised HTML (src/shared/markdown.ts); its plain text, paragraphs separated by blank lines.
    .addColumn('body', 'text', (c) => c.notNull())
    .addColumn('body_html', 'text', (c) => c.notNull())
    .addColumn('body_text', 'text', (c) => c.notNull())
    // Categories of agents (empty: everyone); a sheet for HR staff only.
    .addColumn('audiences', sql`text[]`, (c) => c.notNull().defaultTo(sql`'{}'::text[]`))
    .addColumn('hr_staff_only', 'boolean', (c) => c.notNull().defaultTo(false))
    .addColumn('situations', sql`text[]`, (c) => c.notNull().defaultTo(sql`'{}'::text[]`))
    // A scheme's { forWhom, gives, howToAsk }.
    .addColumn('scheme', 'jsonb')
    // The version the public reads (at most one per article), kept in step with articles.published_version_id.
    .addColumn('live', 'boolean', (c) => c.notNull().defaultTo(false))
    .addColumn('search', sql`tsvector`, (c) => c.generatedAlwaysAs(sql`
      setweight(to_tsvector('french_unaccent', coalesce(title, '')), 'A')
      || setweight(to_tsvector('french_unaccent', coalesce(summary, '')), 'B')
      || setweight(to_tsvector('french_unaccent', coalesce(body_text, '')), 'C')`).stored())
    // The title and summary alone: small, ranked first, so that a common word does not rank thousands of whole bodies.
    .addColumn('head_search', sql`tsvector`, (c) => c.generatedAlwaysAs(sql`
      setweight(to_tsvector('french_unaccent', coalesce(title, '')), 'A')
      || setweight(to_tsvector('french_unaccent', coalesce(summary, '')), 'B')`).stored())
    .addUniqueConstraint('article_versions_number_unique', ['article_id', 'number'])
    .execute();
  // Without a pending list (fastupdate off): publishing is rare, and the embedded database has no autovacuum to flush one,
  // whose size would otherwise keep the planner from the index.
  await sql`create index article_versions_search_idx on article_versions using gin (search) with (fastupdate = off) where live`.execute(db);
  await sql`create index article_versions_head_search_idx on article_versions using gin (head_search) with (fastupdate = off) where live`.execute(db);
  await sql`create unique index article_versions_live_idx on article_versions (article_id) where live`.execute(db);
  await sql`alter table articles add constraint articles_current_version_fk foreign key (current_version_id) references article_versions (id)`.execute(db);
  await sql`alter table articles add constraint articles_published_version_fk foreign key (published_version_id) references article_versions (id)`.execute(db);

  // A second editor's decision on a version in review.
  await db.schema.createTable('article_reviews')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('article_id', 'uuid', (c) => c.notNull().references('articles.id').onDelete('cascade'))
    .addColumn('version_id', 'uuid', (c) => c.notNull().references('article_versions.id').onDelete('cascade'))
    .addColumn('reviewer_id', 'uuid', (c) => c.notNull().references('persons.id'))
    .addColumn('decision', 'text', (c) => c.notNull().check(sql`decision in ('published','changes_requested')`))
    .addColumn('comment', 'text')
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute();
  await db.schema.createIndex('article_reviews_article_idx').on('article_reviews').column('article_id').execute();

  await db.schema.createTable('article_attachments')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('article_id', 'uuid', (c) => c.notNull().references('articles.id').onDelete('cascade'))
    .addColumn('kind', 'text', (c) => c.notNull().check(sql`kind in ('document','image')`))
    .addColumn('label', 'text', (c) => c.notNull())
    .addColumn('alt', 'text')
    .addColumn('file_name', 'text', (c) => c.notNull())
    .addColumn('media_type', 'text', (c) => c.notNull())
    .addColumn('size', 'integer', (c) => c.notNull())
    .addColumn('content', 'bytea', (c) => c.notNull())
    .addColumn('created_by', 'uuid', (c) => c.notNull().references('persons.id'))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    // An image always carries its alternative text.
    .addCheckConstraint('article_attachments_alt_check', sql`kind <> 'image' or (alt is not null and length(btrim(alt)) > 0)`)
    .execute();
  await db.schema.createIndex('article_attachments_article_idx').on('article_attachments').column('article_id').execute();

  await db.schema.createTable('article_related')
    .addColumn('article_id', 'uuid', (c) => c.notNull().references('articles.id').onDelete('cascade'))
    .addColumn('related_id', 'uuid', (c) => c.notNull().references('articles.id').onDelete('cascade'))
    .addColumn('position', 'integer', (c) => c.notNull().defaultTo(0))
    .addPrimaryKeyConstraint('article_related_pk', ['article_id', 'related_id'])
    .addCheckConstraint('article_related_self_check', sql`article_id <> related_id`)
    .execute();

  await db.schema.createTable('article_contact_points')
    .addColumn('article_id', 'uuid', (c) => c.notNull().references('articles.id').onDelete('cascade'))
    .addColumn('contact_point_id', 'uuid', (c) => c.notNull().references('contact_points.id').onDelete('cascade'))
    .addColumn('position', 'integer', (c) => c.notNull().defaultTo(0))
    .addPrimaryKeyConstraint('article_contact_points_pk', ['article_id', 'contact_point_id'])
    .execute();

  // « mutation » ↔ « mobilité »: a search for the term also finds its synonyms (and back).
  await db.schema.createTable('search_synonyms')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('academie_code', 'text', (c) => c.references('academies.code'))
    .addColumn('term', 'text', (c) => c.notNull())
    .addColumn('synonyms', sql`text[]`, (c) => c.notNull())
    .addColumn('created_by', 'uuid', (c) => c.references('persons.id'))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute();

  // « Questions types »: a frequent phrasing and the articles that answer it. `lexemes`: its stemmed words.
  await db.schema.createTable('curated_questions')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('academie_code', 'text', (c) => c.references('academies.code'))
    .addColumn('question', 'text', (c) => c.notNull())
    .addColumn('lexemes', sql`text[]`, (c) => c.generatedAlwaysAs(sql`tsvector_to_array(to_tsvector('french_unaccent', question))`).stored())
    .addColumn('created_by', 'uuid', (c) => c.references('persons.id'))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute();
  await db.schema.createTable('curated_question_articles')
    .addColumn('question_id', 'uuid', (c) => c.notNull().references('curated_questions.id').onDelete('cascade'))
    .addColumn('article_id', 'uuid', (c) => c.notNull().references('articles.id').onDelete('cascade'))
    .addColumn('position', 'integer', (c) => c.notNull().defaultTo(0))
    .addPrimaryKeyConstraint('curated_question_articles_pk', ['question_id', 'article_id'])
    .execute();

  // The words of the published articles (unaccented, lower case): what a misspelt word is compared with.
  await db.schema.createTable('search_lexicon')
    .addColumn('word', 'text', (c) => c.primaryKey())
    .execute();
  await sql`create index search_lexicon_trgm_idx on search_lexicon using gin (word gin_trgm_ops) with (fastupdate = off)`.execute(db);

  // Searches and questions left without an answer: normalised words and a count per day, never who asked.
  await db.schema.createTable('unanswered_searches')
    .addColumn('day', 'date', (c) => c.notNull())
    .addColumn('words', 'text', (c) => c.notNull())
    .addColumn('source', 'text', (c) => c.notNull().check(sql`source in ('search','assistant')`))
    // '' when no académie was given.
    .addColumn('academie_code', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('count', 'integer', (c) => c.notNull().defaultTo(1))
    .addPrimaryKeyConstraint('unanswered_searches_pk', ['day', 'words', 'source', 'academie_code'])
    .execute();

  // Readings of an article per day: a count, no cookie, no person.
  await db.schema.createTable('article_views')
    .addColumn('article_id', 'uuid', (c) => c.notNull().references('articles.id').onDelete('cascade'))
    .addColumn('day', 'date', (c) => c.notNull())
    .addColumn('count', 'integer', (c) => c.notNull().defaultTo(1))
    .addPrimaryKeyConstraint('article_views_pk', ['article_id', 'day'])
    .execute();
  await db.schema.createIndex('article_views_day_idx').on('article_views').column('day').execute();

  // The académie's listening line (« cellule d'écoute »), shown when the assistant hands over a sensitive question.
  await db.schema.alterTable('academie_settings')
    .addColumn('listening_line_label', 'text')
    .addColumn('listening_line_phone', 'text')
    .addColumn('listening_line_hours', 'text')
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('academie_settings').dropColumn('listening_line_label').dropColumn('listening_line_phone').dropColumn('listening_line_hours').execute();
  for (const table of ['article_views', 'unanswered_searches', 'search_lexicon', 'curated_question_articles', 'curated_questions', 'search_synonyms',
    'article_contact_points', 'article_related', 'article_attachments', 'article_reviews']) await db.schema.dropTable(table).execute();
  await sql`alter table articles drop constraint articles_current_version_fk, drop constraint articles_published_version_fk`.execute(db);
  await db.schema.dropTable('article_versions').execute();
  await db.schema.dropTable('articles').execute();
  await sql`drop text search configuration if exists french_unaccent`.execute(db);
}
