import type { CurrentUser } from '../../auth/current-user.ts';
import { can } from '../../policies/index.ts';
import type { RequestAction, RequestFacts } from '../../policies/index.ts';
import type { RequestDetailRow, RequestListRow } from './repository.ts';
import type { TimelineItem } from './timeline.ts';

export const factsOf = (row: RequestListRow & { shared_with_viewer?: unknown }): RequestFacts => ({
  agentId: row.agent_id,
  assigneeId: row.assignee_id,
  departementCode: row.departement_code,
  academieCode: row.academie_code,
  sensitive: row.sensitive,
  status: row.status,
  sharedWithViewer: Boolean(row.shared_with_viewer),
});

const iso = (d: Date | null) => (d ? d.toISOString() : null);

/** What any caller who may see a request is shown of it in a list. The agent is named to staff only. */
export function presentRequestSummary(row: RequestListRow, viewer: CurrentUser, now = new Date()) {
  const isOwnRequest = row.agent_id === viewer.id;
  return {
    id: row.id,
    reference: row.reference,
    topic: row.topic,
    subject: row.subject,
    status: row.status,
    sensitive: row.sensitive,
    channel: row.channel,
    createdAt: row.created_at.toISOString(),
    acknowledgedAt: iso(row.acknowledged_at),
    firstResponseDueAt: iso(row.first_response_due_at),
    firstRespondedAt: iso(row.first_responded_at),
    closedAt: iso(row.closed_at),
    responseType: row.response_type,
    overdue: row.status !== 'closed' && !row.first_responded_at && !row.paused_at
      && row.first_response_due_at !== null && row.first_response_due_at < now,
    assignee: row.assignee_id ? { id: row.assignee_id, displayName: row.assignee_name ?? '' } : null,
    ...(isOwnRequest ? {} : { agent: { id: row.agent_id, displayName: row.agent_name } }),
  };
}

const ABILITIES: RequestAction[] = ['request.reply', 'request.note', 'request.changeStatus', 'request.close', 'request.reopen',
  'request.assign', 'request.take', 'request.breakGlass'];

/** What the viewer may do with the request: the interface shows the actions, never guesses them. */
export function abilitiesOf(viewer: CurrentUser, facts: RequestFacts) {
  return Object.fromEntries(ABILITIES.map((a) => [a.replace('request.', ''), can(viewer, a, facts)])) as Record<string, boolean>;
}

/** One request: its content only for those the policy lets read it; otherwise `contentHidden`. */
export function presentRequestDetail(row: RequestDetailRow, viewer: CurrentUser,
  extra: { timeline: TimelineItem[]; attachments: Array<{ id: string; filename: string; mediaType: string; sizeBytes: number }> }) {
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
