import type { CurrentUser } from '../../auth/current-user.ts';
import { can, type RequestFacts } from '../../policies/index.ts';
import { TOPIC_LABELS, type Topic } from '../../../shared/glossary.ts';
import type { AttachmentRef, RequestAbilities, RequestDetail, RequestSummary, TimelineItem } from '../../../shared/contracts/requests.ts';
import type { RequestDetailRow, RequestListRow } from './repository.ts';
import { presentTimeline } from './timeline.ts';

export const factsOf = (row: RequestListRow): RequestFacts => ({
  agentId: row.agent_id,
  assigneeId: row.assignee_id,
  departementCode: row.departement_code,
  academieCode: row.academie_code,
  sensitive: row.sensitive,
  status: row.status,
  sharedWithViewer: Boolean(row.shared_with_viewer),
});

const iso = (d: Date | null) => (d ? d.toISOString() : null);

/**
 * What stands for the subject line before those who may not read the content: the subject is
 * part of it (« Épuisement professionnel »), so they are told the topic only.
 */
export const confidentialSubject = (topic: Topic) => `${TOPIC_LABELS[topic]} — demande confidentielle`;

/**
 * What any caller who may see a request is shown of it in a list. The agent is named to staff
 * only; the subject, to those who may read the content.
 */
export function presentRequestSummary(row: RequestListRow, viewer: CurrentUser, now = new Date()): RequestSummary {
  const isOwnRequest = row.agent_id === viewer.id;
  return {
    id: row.id,
    reference: row.reference,
    topic: row.topic,
    subject: can(viewer, 'request.readContent', factsOf(row)) ? row.subject : confidentialSubject(row.topic),
    status: row.status,
    sensitive: row.sensitive,
    channel: row.channel,
    createdAt: row.created_at.toISOString(),
    acknowledgedAt: iso(row.acknowledged_at),
    firstResponseDueAt: iso(row.first_response_due_at),
    firstRespondedAt: iso(row.first_responded_at),
    closedAt: iso(row.closed_at),
    responseType: row.response_type,
    // The clock stops while the request waits for its agent: a paused request is never late.
    overdue: row.status !== 'closed' && !row.first_responded_at && !row.paused_at
      && row.first_response_due_at !== null && row.first_response_due_at < now,
    assignee: row.assignee_id ? { id: row.assignee_id, displayName: row.assignee_name ?? '' } : null,
    ...(isOwnRequest ? {} : { agent: { id: row.agent_id, displayName: row.agent_name } }),
    ...(row.has_news === undefined ? {} : { unread: Boolean(row.has_news) }),
  };
}

/** What the viewer may do with the request: the interface shows the actions, never guesses them. */
function abilitiesOf(viewer: CurrentUser, facts: RequestFacts): RequestAbilities {
  return {
    reply: can(viewer, 'request.reply', facts),
    note: can(viewer, 'request.note', facts),
    changeStatus: can(viewer, 'request.changeStatus', facts),
    close: can(viewer, 'request.close', facts),
    reopen: can(viewer, 'request.reopen', facts),
    assign: can(viewer, 'request.assign', facts),
    take: can(viewer, 'request.take', facts),
    breakGlass: can(viewer, 'request.breakGlass', facts),
  };
}

/** One request: its content only for those the policy lets read it; otherwise `contentHidden`. */
export function presentRequestDetail(row: RequestDetailRow, viewer: CurrentUser,
  extra: { timeline: TimelineItem[]; attachments: AttachmentRef[] }): RequestDetail {
  const facts = factsOf(row);
  const summary = presentRequestSummary(row, viewer);
  const isOwnRequest = row.agent_id === viewer.id;
  const base = {
    ...summary,
    anonymised: row.anonymised_at !== null,
    abilities: abilitiesOf(viewer, facts),
    departementCode: row.departement_code,
    timeline: extra.timeline,
    ...(isOwnRequest ? {} : {
      agentProfile: { establishmentName: row.agent_establishment_name, category: row.agent_category, employmentStatus: row.agent_status, establishmentUai: row.agent_uai },
    }),
  };
  if (!can(viewer, 'request.readContent', facts)) return { ...base, contentHidden: true };
  return {
    ...base,
    contentHidden: false,
    description: row.description ?? '',
    contactPreference: row.contact_preference,
    consentToShare: row.consent_to_share,
    closingSummary: row.closing_summary,
    attachments: extra.attachments,
    ...(isOwnRequest ? {} : { agentContact: { email: row.agent_email, phone: row.agent_phone } }),
  };
}

/** What a submission knows of the request it just stored, to present it without reading it again. */
export interface Submission {
  stored: RequestDetailRow;
  events: Array<{ kind: string; data: Record<string, unknown>; created_at: Date }>;
  message: { id: string; author_id: string; body: string; created_at: Date } | null;
  assignee: { id: string; displayName: string } | null;
}

/** What the agent who just submitted is shown: the request as stored, exactly as a read of it would present it. */
export function presentSubmitted(viewer: CurrentUser, { stored, events, message, assignee }: Submission): RequestDetail {
  const { items } = presentTimeline({
    events: events.map((e) => ({ kind: e.kind, data: e.data, created_at: e.created_at.toISOString() })),
    messages: message ? [{ id: message.id, body: message.body, created_at: message.created_at.toISOString(), from_staff: false,
      author_id: message.author_id, display_name: viewer.displayName }] : [],
    notes: [], attachments: [],
    names: assignee ? [{ id: assignee.id, display_name: assignee.displayName }] : [],
  });
  return presentRequestDetail(stored, viewer, { timeline: items, attachments: [] });
}
