import type { PersonalDataExport } from '../../../shared/contracts/personal-data.ts';
import type { PersonalData } from './repository.ts';

/** The export file: every field in words a person can read, the requests with what surrounds each. */
export function presentPersonalData(data: PersonalData, exportedAt: Date): PersonalDataExport {
  const { person, roles, requests, messages, events, attachments, reads, notes } = data;
  return {
    exportedAt: exportedAt.toISOString(),
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
