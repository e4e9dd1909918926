import type { Kysely, Transaction } from 'kysely';
import type { DB } from '../../db/schema.ts';
import { REQUEST_STATUS_LABELS, RESPONSE_TYPE_LABELS, type RequestStatus, type ResponseType } from '../../../shared/glossary.ts';

export interface TimelineItem {
  kind: string;
  at: string;
  label: string;
  id?: string;
  author?: { id: string; displayName: string; staff: boolean } | null;
  body?: string | null;
  attachments?: Array<{ id: string; filename: string; mediaType: string; sizeBytes: number }>;
}

function eventLabel(kind: string, data: Record<string, unknown>, names: Map<string, string>): string {
  switch (kind) {
    case 'submitted': return 'Demande déposée';
    case 'acknowledged': return 'Accusé de réception envoyé';
    case 'assigned': return `Demande confiée à ${names.get(String(data.assigneeId)) ?? 'un conseiller'}`;
    case 'status_changed': return `Statut : ${REQUEST_STATUS_LABELS[data.to as RequestStatus] ?? String(data.to)}`;
    case 'first_response': return 'Première réponse apportée';
    case 'closed': return `Demande clôturée — ${RESPONSE_TYPE_LABELS[data.responseType as ResponseType] ?? ''}`.trim();
    case 'reopened': return 'Demande rouverte';
    case 'holding_message_sent': return 'Message d’attente envoyé';
    case 'overdue_alerted': return 'Délai de première réponse dépassé : coordonnateur alerté';
    case 'break_glass': return `Ouverture exceptionnelle par ${String(data.byName ?? 'le coordonnateur')} (motif consigné)`;
    case 'attachment_added': return 'Pièce jointe ajoutée';
    case 'anonymised': return 'Demande anonymisée (fin de la durée de conservation)';
    default: return kind;
  }
}

/**
 * The timeline of a request for one reader. `withContent` false: events only (no message
 * bodies, no attachments). `staff` false: no internal notes and no staff-only events — the
 * notes query is simply not run for the agent.
 */
export async function buildTimeline(db: Kysely<DB> | Transaction<DB>, requestId: string, options: { staff: boolean; withContent: boolean }) {
  const events = await db.selectFrom('request_events').select(['kind', 'data', 'created_at', 'actor_id'])
    .where('request_id', '=', requestId)
    .$if(!options.staff, (q) => q.where('visible_to_agent', '=', true))
    .orderBy('id').execute();
  const assigneeIds = events.map((e) => (e.data as Record<string, unknown>).assigneeId).filter((v): v is string => typeof v === 'string');
  const messages = options.withContent
    ? await db.selectFrom('request_messages as m').leftJoin('persons as p', 'p.id', 'm.author_id')
      .select(['m.id', 'm.body', 'm.created_at', 'm.from_staff', 'm.author_id', 'p.display_name']).where('m.request_id', '=', requestId).execute()
    : [];
  const notes = options.withContent && options.staff
    ? await db.selectFrom('request_notes as n').innerJoin('persons as p', 'p.id', 'n.author_id')
      .select(['n.id', 'n.body', 'n.created_at', 'n.author_id', 'p.display_name']).where('n.request_id', '=', requestId).execute()
    : [];
  const attachments = options.withContent
    ? await db.selectFrom('request_attachments').select(['id', 'message_id', 'filename', 'media_type', 'size_bytes', 'created_at', 'removed_at'])
      .where('request_id', '=', requestId).where('removed_at', 'is', null).execute()
    : [];
  const names = new Map<string, string>();
  if (assigneeIds.length) {
    for (const p of await db.selectFrom('persons').select(['id', 'display_name']).where('id', 'in', assigneeIds).execute()) names.set(p.id, p.display_name);
  }

  const presentAttachment = (a: (typeof attachments)[number]) => ({ id: a.id, filename: a.filename, mediaType: a.media_type, sizeBytes: a.size_bytes });
  const items: TimelineItem[] = [
    ...events.map((e) => ({ kind: e.kind, at: e.created_at.toISOString(), label: eventLabel(e.kind, e.data as Record<string, unknown>, names) })),
    ...messages.map((m) => ({
      kind: 'message', id: m.id, at: m.created_at.toISOString(), label: m.from_staff ? 'Message du service RH' : 'Message de l’agent',
      author: m.author_id ? { id: m.author_id, displayName: m.display_name ?? '', staff: m.from_staff } : null,
      body: m.body,
      attachments: attachments.filter((a) => a.message_id === m.id).map(presentAttachment),
    })),
    ...notes.map((n) => ({
      kind: 'note', id: n.id, at: n.created_at.toISOString(), label: 'Note interne',
      author: { id: n.author_id, displayName: n.display_name, staff: true }, body: n.body,
    })),
  ];
  items.sort((a, b) => a.at.localeCompare(b.at));
  return { items, attachments: attachments.filter((a) => a.message_id === null).map(presentAttachment) };
}
