import { sql, type Kysely } from 'kysely';

/*
 * The knowledge base's generation (issue 15, search at 200 requests/s): a number the database
 * itself raises with every change that can alter a search's answer — an article, a version
 * published or archived, a synonym, a word of the lexicon — whoever writes it, on whichever
 * instance, even by hand in SQL. A search remembered under a generation is served again only
 * while the generation has not moved (knowledge-base/search-memory.ts). Statement-level triggers:
 * seeding 10,000 articles raises it a few times, not 10,000.
 */
const WATCHED = ['articles', 'article_versions', 'search_synonyms', 'search_lexicon'] as const;

export async function up(db: Kysely<any>): Promise<void> {
  await sql`create table knowledge_generation (
    id boolean primary key default true check (id),
    generation bigint not null default 1
  )`.execute(db);
  await sql`insert into knowledge_generation default values`.execute(db);
  await sql`
    create function knowledge_generation_raise() returns trigger language plpgsql as $$
    begin
      update knowledge_generation set generation = generation + 1;
      return null;
    end $$`.execute(db);
  for (const table of WATCHED) {
    await sql`create trigger ${sql.raw(`${table}_raise_knowledge_generation`)} after insert or update or delete or truncate on ${sql.table(table)}
      for each statement execute function knowledge_generation_raise()`.execute(db);
  }
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const table of WATCHED) await sql`drop trigger ${sql.raw(`${table}_raise_knowledge_generation`)} on ${sql.table(table)}`.execute(db);
  await sql`drop function knowledge_generation_raise()`.execute(db);
  await sql`drop table knowledge_generation`.execute(db);
}
