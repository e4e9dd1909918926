import { sql, type Kysely } from 'kysely';

/*
 * Every instance keeps the sessions it read in the last seconds in memory (auth/recent-sessions.ts).
 * What must count at once on all of them is announced by the database itself, in the transaction
 * that makes the change, whoever makes it (a sign-out, the administration, the directory's own
 * SQL): `NOTIFY proxirh_sessions` with the ended session's token hash, or the id of the person
 * whose roles or record changed. PostgreSQL delivers it at commit, to every listening instance.
 * A session deleted after its expiry (the hourly purge) is announced by nobody: no instance keeps
 * an expired session anyway.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await sql`
    create function announce_session_change() returns trigger language plpgsql as $$
    begin
      if tg_table_name = 'sessions' then
        if old.expires_at > now() then perform pg_notify('proxirh_sessions', old.token_hash); end if;
      elsif tg_table_name = 'persons' then
        perform pg_notify('proxirh_sessions', new.id::text);
      else
        if tg_op <> 'INSERT' then perform pg_notify('proxirh_sessions', old.person_id::text); end if;
        if tg_op <> 'DELETE' then perform pg_notify('proxirh_sessions', new.person_id::text); end if;
      end if;
      return null;
    end $$`.execute(db);
  await sql`
    create trigger sessions_announce_end after delete on sessions
    for each row execute function announce_session_change()`.execute(db);
  // What a session carries of the person: their name, e-mail, territory and whether they may sign in.
  await sql`
    create trigger persons_announce_change after update on persons for each row
    when (old.active is distinct from new.active or old.display_name is distinct from new.display_name
      or old.email is distinct from new.email or old.departement_code is distinct from new.departement_code
      or old.academie_code is distinct from new.academie_code)
    execute function announce_session_change()`.execute(db);
  await sql`
    create trigger role_assignments_announce_change after insert or update or delete on role_assignments
    for each row execute function announce_session_change()`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`drop trigger role_assignments_announce_change on role_assignments`.execute(db);
  await sql`drop trigger persons_announce_change on persons`.execute(db);
  await sql`drop trigger sessions_announce_end on sessions`.execute(db);
  await sql`drop function announce_session_change()`.execute(db);
}
