import { Badge, type BadgeProps } from '@codegouvfr/react-dsfr/Badge';
import { REQUEST_STATUS_LABELS, type RequestStatus } from '../../shared/glossary.ts';

const SEVERITY: Record<RequestStatus, BadgeProps['severity']> = {
  open: 'new',
  in_progress: 'info',
  waiting_agent: 'warning',
  closed: undefined,
};

/**
 * The glossary's label speaks to the agent (« En attente de votre réponse »); staff read
 * the same status from their side.
 */
const STAFF_LABELS: Partial<Record<RequestStatus, string>> = {
  waiting_agent: 'En attente de l’agent',
};

export type Audience = 'agent' | 'staff';

export function statusLabel(status: RequestStatus, audience: Audience): string {
  return (audience === 'staff' ? STAFF_LABELS[status] : undefined) ?? REQUEST_STATUS_LABELS[status];
}

export function StatusBadge({ status, audience }: { status: RequestStatus; audience: Audience }) {
  return (
    <Badge severity={SEVERITY[status]} small noIcon={status === 'closed'} as="span">
      {statusLabel(status, audience)}
    </Badge>
  );
}
