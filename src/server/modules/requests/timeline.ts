import { sql, type Compilable, type Kysely } from 'kysely';
import type { auditRow } from '../../audit/audit-log.ts';
import type { DB } from '../../db/schema.ts';
import { REQUEST_STATUS_LABELS, RESPONSE_TYPE_LABELS, type RequestStatus, type ResponseType } from '../../../shared/glossary.ts';
import type { TimelineItem } from '../../../shared/contracts/requests.ts';
import { REFERRAL_OUTCOME_LABELS, type ReferralOutcome } from '../../../shared/contracts/orientation.ts';

/** The contact point a referral step names (its name when the step was recorded). */
const target = (data: Record<string, unknown>) => (typeof data.contactPointName === 'string' ? data.contactPointName : 'un interlocuteur');

const appointmentDateTime = new Intl.DateTimeFormat('fr-FR', { timeZone: 'Europe/Paris', dateStyle: 'long', timeStyle: 'short' });
/** « 8 décembre 2026 à 09:30 », Paris time, from an appointment step. */
const appointmentTime = (data: Record<string, unknown>) =>
  (typeof data.startsAt === 'string' && !Number.isNaN(Date.parse(data.startsAt)) ? appointmentDateTime.format(new Date(data.startsAt)) : 'date inconnue');

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
    case 'referral_sent': return `Orientée vers ${target(data)}`;
    case 'referral_accepted': return `Orientation acceptée par ${target(data)}`;
    case 'referral_declined': return `Orientation déclinée par ${target(data)}`;
    case 'referral_answered': {
      const outcome = REFERRAL_OUTCOME_LABELS[data.outcome as ReferralOutcome];
      return `Suite donnée par ${target(data)}${outcome ? ` : ${outcome.charAt(0).toLowerCase()}${outcome.slice(1)}` : ''}`;
    }
    case 'referral_revoked': return `Orientation vers ${target(data)} retirée`;
    case 'referral_consented': return `Description partagée avec ${target(data)}, avec l’accord de l’agent`;
    case 'referral_overdue_alerted': return `Réponse attendue de ${target(data)} : date dépassée, conseiller et coordonnateur alertés`;
    case 'appointment_booked': return `Rendez-vous pris le ${appointmentTime(data)}${typeof data.adviserName === 'string' ? ` avec ${data.adviserName}` : ''}`;
    case 'appointment_cancelled': return `Rendez-vous du ${appointmentTime(data)} annulé${data.by === 'agent' ? ' par l’agent' : ' par le conseiller'}`;
    case 'appointment_moved': return `Rendez-vous déplacé au ${appointmentTime(data)}${data.by === 'agent' ? ' par l’agent' : ' par le conseiller'}`;
    default: return kind;
  }
}

interface TimelineRows {
  events: Array<{ kind: string; data: Record<string, unknown>; created_at: string }>;
  messages: Array<{ id: string; body: string | null; created_at: string; from_staff: boolean; author_id: string | null; display_name: string | null }>;
  notes: Array<{ id: string; body: string | null; created_at: string; author_id: string; display_name: string }>;
  attachments: Array<{ id: string; message_id: string | null; filename: string; media_type: string; size_bytes: number }>;
  names: Array<{ id: string; display_name: string }>;
}

const jsonRows = (query: ReturnType<typeof sql>) => sql`coalesce((select json_agg(t) from (${query}) t), '[]'::json)`;

export interface TimelineRead {
  staff: boolean;
  withContent: boolean;
  readerId: string;
  at: Date;
  audit: ReturnType<typeof auditRow> | null;
}

/**
 * The timeline of a request for one reader, read in one statement together with what the read
 * writes: the mark that the reader has seen it (unread counters) and, for staff, the audit row.
 * The statement is atomic: no content leaves the database without its audit row. The read mark
 * is only moved when something happened since the last read (a read then writes nothing).
 * `withContent` false: events only (no message bodies, no attachments). `staff` false: no
 * internal notes and no staff-only events — the notes are simply not selected for the agent.
 *
 * With `request` (a query of the request's row, its visibility rule included), the row is read
 * in the same statement and the read mark is written only if the row was found: one round trip
 * for the reader whose rule is known before reading (an agent and their own request).
 */
export async function readTimeline<Row extends object = never>(db: Kysely<DB>, requestId: string, options: TimelineRead,
  request?: Compilable<Row>): Promise<{ row: Row | undefined; items: TimelineItem[]; attachments: ReturnType<typeof presentTimeline>['attachments'] }> {
  const { staff, withContent } = options;
  const none = sql`select 1 where false`;
  const events = sql`select e.kind, e.data, e.created_at from request_events e
    where e.request_id = ${requestId} ${staff ? sql`` : sql`and e.visible_to_agent`} order by e.id`;
  const messages = withContent
    ? sql`select m.id, m.body, m.created_at, m.from_staff, m.author_id, p.display_name
        from request_messages m left join persons p on p.id = m.author_id where m.request_id = ${requestId}`
    : none;
  const notes = withContent && staff
    ? sql`select n.id, n.body, n.created_at, n.author_id, p.display_name
        from request_notes n join persons p on p.id = n.author_id where n.request_id = ${requestId}`
    : none;
  const attachments = withContent
    ? sql`select a.id, a.message_id, a.filename, a.media_type, a.size_bytes from request_attachments a
        where a.request_id = ${requestId} and a.removed_at is null`
    : none;
  // The advisers named by « Demande confiée à … » events.
  const names = sql`select p.id, p.display_name from persons p where p.id in (
    select (e.data->>'assigneeId')::uuid from request_events e where e.request_id = ${requestId} and e.data ? 'assigneeId')`;
  const audit = options.audit
    ? sql`, audited as (insert into audit_log (actor_id, actor_role, action, target_type, target_id, academie_code, ip, request_id, details)
        values (${options.audit.actor_id}, ${options.audit.actor_role}, ${options.audit.action}, ${options.audit.target_type},
          ${options.audit.target_id}, ${options.audit.academie_code}, ${options.audit.ip}, ${options.audit.request_id}, ${options.audit.details}))`
    : sql``;
  const timeline = sql`${jsonRows(events)} as events, ${jsonRows(messages)} as messages, ${jsonRows(notes)} as notes,
      ${jsonRows(attachments)} as attachments, ${jsonRows(names)} as names`;
  const readMark = sql`
      on conflict (request_id, person_id) do update set read_at = excluded.read_at
        where request_reads.read_at < (select r.last_activity_at from requests r where r.id = ${requestId})`;
  const { rows: [result] } = request
    ? await sql<Row & TimelineRows>`
      with request as (${request}),
      read_mark as (
        insert into request_reads (request_id, person_id, read_at)
        select ${requestId}::uuid, ${options.readerId}::uuid, ${options.at}::timestamptz from request ${readMark}
      )${audit}
      select request.*, ${timeline} from request`.execute(db)
    : await sql<Row & TimelineRows>`
      with read_mark as (
        insert into request_reads (request_id, person_id, read_at) values (${requestId}, ${options.readerId}, ${options.at}) ${readMark}
      )${audit}
      select ${timeline}`.execute(db);
  if (!result) return { row: undefined, items: [], attachments: [] };
  const { events: e, messages: m, notes: n, attachments: a, names: p, ...row } = result;
  const presented = presentTimeline({ events: e, messages: m, notes: n, attachments: a, names: p });
  return { row: request ? row as unknown as Row : undefined, ...presented };
}

const isoOf = (at: string) => new Date(at).toISOString();

export function presentTimeline({ events, messages, notes, attachments, names: people }: TimelineRows) {
  const names = new Map(people.map((p) => [p.id, p.display_name]));
  // The message or note that gives a reopening's reason is labelled as such.
  const reasons = new Set(events.filter((e) => e.kind === 'reopened')
    .flatMap((e) => [e.data.reasonMessageId, e.data.reasonNoteId]).filter((id): id is string => typeof id === 'string'));
  const presentAttachment = (a: TimelineRows['attachments'][number]) => ({ id: a.id, filename: a.filename, mediaType: a.media_type, sizeBytes: a.size_bytes });
  const items: TimelineItem[] = [
    ...events.map((e) => ({ kind: e.kind, at: isoOf(e.created_at), label: eventLabel(e.kind, e.data, names) })),
    ...messages.map((m) => ({
      kind: 'message', id: m.id, at: isoOf(m.created_at),
      label: reasons.has(m.id) ? 'Motif de la réouverture' : m.from_staff ? 'Message du service RH' : 'Message de l’agent',
      author: m.author_id ? { id: m.author_id, displayName: m.display_name ?? '', staff: m.from_staff } : null,
      body: m.body,
      attachments: attachments.filter((a) => a.message_id === m.id).map(presentAttachment),
    })),
    ...notes.map((n) => ({
      kind: 'note', id: n.id, at: isoOf(n.created_at), label: reasons.has(n.id) ? 'Motif de la réouverture' : 'Note interne',
      author: { id: n.author_id, displayName: n.display_name, staff: true }, body: n.body,
    })),
  ];
  items.sort((a, b) => a.at.localeCompare(b.at));
  return { items, attachments: attachments.filter((a) => a.message_id === null).map(presentAttachment) };
}
