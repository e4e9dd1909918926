import type { Executor } from '../../db/schema.ts';

/** Everything held about a person as an agent: profile, grants, their requests and what surrounds them. */
export async function findPersonalData(db: Executor, personId: string) {
  const person = await db.selectFrom('persons').selectAll().where('id', '=', personId).executeTakeFirstOrThrow();
  const roles = await db.selectFrom('role_assignments').select(['role', 'territory_level', 'territory_code', 'created_at']).where('person_id', '=', person.id).execute();
  const requests = await db.selectFrom('requests').selectAll().where('agent_id', '=', person.id).orderBy('created_at').execute();
  const ids = requests.map((r) => r.id);
  const none = ids.length === 0;
  const [messages, events, attachments, reads, notes] = none ? [[], [], [], [], []] : await Promise.all([
    db.selectFrom('request_messages').select(['request_id', 'from_staff', 'body', 'created_at']).where('request_id', 'in', ids).orderBy('created_at').execute(),
    db.selectFrom('request_events').select(['request_id', 'kind', 'created_at']).where('request_id', 'in', ids).where('visible_to_agent', '=', true).orderBy('id').execute(),
    db.selectFrom('request_attachments').select(['request_id', 'filename', 'media_type', 'size_bytes', 'created_at']).where('request_id', 'in', ids).execute(),
    // Who else read or acted on their requests; their own actions are not news to them.
    db.selectFrom('audit_log as a').leftJoin('persons as p', 'p.id', 'a.actor_id')
      .select(['a.target_id', 'a.action', 'a.actor_role', 'a.occurred_at', 'p.display_name'])
      .where('a.target_type', '=', 'request').where('a.target_id', 'in', ids).where('a.actor_id', '!=', person.id).orderBy('a.id').execute(),
    db.selectFrom('request_notes').select(['request_id', 'created_at']).where('request_id', 'in', ids).execute(),
  ]);
  return { person, roles, requests, messages, events, attachments, reads, notes };
}

export type PersonalData = Awaited<ReturnType<typeof findPersonalData>>;
