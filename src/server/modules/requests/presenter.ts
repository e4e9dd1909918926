import type { CurrentUser } from '../../auth/current-user.ts';
import { can } from '../../policies/index.ts';
import type { RequestFacts } from '../../policies/request.ts';
import type { RequestDetailRow, RequestListRow } from './repository.ts';

export const factsOf = (row: RequestListRow): RequestFacts => ({
  agentId: row.agent_id,
  assigneeId: row.assignee_id,
  departementCode: row.departement_code,
  academieCode: row.academie_code,
  sensitive: row.sensitive,
});

const iso = (d: Date | null) => (d ? d.toISOString() : null);

/** What any caller who may see a request is shown of it in a list. The agent is named to staff only. */
export function presentRequestSummary(row: RequestListRow, viewer: CurrentUser) {
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
    assignee: row.assignee_id ? { id: row.assignee_id, displayName: row.assignee_name ?? '' } : null,
    ...(isOwnRequest ? {} : { agent: { id: row.agent_id, displayName: row.agent_name } }),
  };
}

/** One request: its content only for those the policy lets read it; otherwise `contentHidden`. */
export function presentRequestDetail(row: RequestDetailRow, viewer: CurrentUser) {
  const summary = presentRequestSummary(row, viewer);
  const timeline = [
    { kind: 'submitted', at: row.created_at.toISOString(), label: 'Demande déposée' },
    ...(row.acknowledged_at ? [{ kind: 'acknowledged', at: row.acknowledged_at.toISOString(), label: 'Accusé de réception envoyé' }] : []),
    ...(row.first_responded_at ? [{ kind: 'first_response', at: row.first_responded_at.toISOString(), label: 'Première réponse' }] : []),
    ...(row.closed_at ? [{ kind: 'closed', at: row.closed_at.toISOString(), label: 'Demande clôturée' }] : []),
  ];
  if (!can(viewer, 'request.readContent', factsOf(row))) {
    return { ...summary, contentHidden: true, timeline };
  }
  return {
    ...summary,
    contentHidden: false,
    description: row.description ?? '',
    contactPreference: row.contact_preference,
    consentToShare: row.consent_to_share,
    closingSummary: row.closing_summary,
    timeline,
  };
}
