import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';
import type { ActionContext } from '../../audit/audit-log.ts';
import { recordAudit } from '../../audit/audit-log.ts';

/**
 * « Mes données » (GDPR right of access): everything ProxiRH holds about the person as an agent —
 * profile, roles, their requests with the messages exchanged, attachments' metadata, the events
 * and who read each request. Internal notes are staff working documents about the request and are
 * listed by count and date, as the right of access to such notes goes through the académie's DPO.
 */
export async function exportPersonalData(db: Kysely<DB>, ctx: ActionContext) {
  const person = await db.selectFrom('persons').selectAll().where('id', '=', ctx.user.id).executeTakeFirstOrThrow();
  const roles = await db.selectFrom('role_assignments').select(['role', 'territory_level', 'territory_code', 'created_at']).where('person_id', '=', person.id).execute();
  const requests = await db.selectFrom('requests').selectAll().where('agent_id', '=', person.id).orderBy('created_at').execute();
  const ids = requests.map((r) => r.id);
  const none = ids.length === 0;
  const [messages, events, attachments, reads, notes] = none ? [[], [], [], [], []] : await Promise.all([
    db.selectFrom('request_messages').select(['request_id', 'from_staff', 'body', 'created_at']).where('request_id', 'in', ids).orderBy('created_at').execute(),
    db.selectFrom('request_events').select(['request_id', 'kind', 'created_at']).where('request_id', 'in', ids).where('visible_to_agent', '=', true).orderBy('id').execute(),
    db.selectFrom('request_attachments').select(['request_id', 'filename', 'media_type', 'size_bytes', 'created_at']).where('request_id', 'in', ids).execute(),
    db.selectFrom('audit_log as a').leftJoin('persons as p', 'p.id', 'a.actor_id')
      .select(['a.target_id', 'a.action', 'a.actor_role', 'a.occurred_at', 'p.display_name'])
      .where('a.target_type', '=', 'request').where('a.target_id', 'in', ids).where('a.actor_id', '!=', person.id).orderBy('a.id').execute(),
    db.selectFrom('request_notes').select(['request_id', 'created_at']).where('request_id', 'in', ids).execute(),
  ]);
  await recordAudit(db, ctx, { action: 'personal_data.export', targetType: 'person', targetId: person.id, academieCode: person.academie_code });
  return {
    exportedAt: new Date().toISOString(),
    person: {
      id: person.id, email: person.email, displayName: person.display_name, givenName: person.given_name, familyName: person.family_name,
      phone: person.phone, category: person.category, employmentStatus: person.employment_status, gender: person.gender,
      birthYear: person.birth_year, establishmentUai: person.establishment_uai, departementCode: person.departement_code,
      academieCode: person.academie_code, createdAt: person.created_at.toISOString(),
    },
    roles: roles.map((r) => ({ role: r.role, territory: { level: r.territory_level, code: r.territory_code }, since: r.created_at.toISOString() })),
    requests: requests.map((r) => ({
      reference: r.reference, topic: r.topic, subject: r.subject, description: r.description, status: r.status, sensitive: r.sensitive,
      channel: r.channel, contactPreference: r.contact_preference, consentToShare: r.consent_to_share,
      createdAt: r.created_at.toISOString(), firstResponseDueAt: r.first_response_due_at?.toISOString() ?? null,
      firstRespondedAt: r.first_responded_at?.toISOString() ?? null, closedAt: r.closed_at?.toISOString() ?? null,
      responseType: r.response_type, closingSummary: r.closing_summary,
      messages: messages.filter((m) => m.request_id === r.id).map((m) => ({ fromStaff: m.from_staff, body: m.body, at: m.created_at.toISOString() })),
      events: events.filter((e) => e.request_id === r.id).map((e) => ({ kind: e.kind, at: e.created_at.toISOString() })),
      attachments: attachments.filter((a) => a.request_id === r.id).map((a) => ({ filename: a.filename, mediaType: a.media_type, sizeBytes: a.size_bytes, at: a.created_at.toISOString() })),
      readBy: reads.filter((a) => a.target_id === r.id).map((a) => ({ name: a.display_name, role: a.actor_role, action: a.action, at: a.occurred_at.toISOString() })),
      internalNotes: { count: notes.filter((n) => n.request_id === r.id).length },
    })),
  };
}
