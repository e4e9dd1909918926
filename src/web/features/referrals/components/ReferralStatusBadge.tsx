import { Badge, type BadgeProps } from '@codegouvfr/react-dsfr/Badge';
import type { ReferralStatus } from '../../../../shared/contracts/orientation.ts';

/** Who reads the status: the contact point that received it, the staff of the request, or its agent. */
export type ReferralAudience = 'target' | 'staff' | 'agent';

const LABELS: Record<ReferralAudience, Record<ReferralStatus, string>> = {
  target: { sent: 'À traiter', accepted: 'Acceptée', declined: 'Déclinée', answered: 'Suite donnée', revoked: 'Retirée' },
  staff: { sent: 'Envoyée, sans réponse', accepted: 'Acceptée', declined: 'Déclinée', answered: 'Suite donnée', revoked: 'Retirée' },
  agent: { sent: 'Transmise', accepted: 'Prise en charge', declined: 'Non retenue', answered: 'Suite donnée', revoked: 'Annulée' },
};

const SEVERITY: Record<ReferralStatus, BadgeProps['severity']> = {
  sent: 'new',
  accepted: 'info',
  declined: 'warning',
  answered: 'success',
  revoked: undefined,
};

/** An external partner receives nothing: its orientation is recorded, and the agent contacts it. */
const EXTERNAL_SENT: Record<ReferralAudience, string> = { target: 'À traiter', staff: 'Enregistrée', agent: 'À contacter vous-même' };

export function referralStatusLabel(status: ReferralStatus, audience: ReferralAudience, external = false): string {
  return external && status === 'sent' ? EXTERNAL_SENT[audience] : LABELS[audience][status];
}

export function ReferralStatusBadge({ status, audience, external = false }: { status: ReferralStatus; audience: ReferralAudience; external?: boolean }) {
  return (
    <Badge severity={external && status === 'sent' ? 'info' : SEVERITY[status]} small noIcon={status === 'revoked'} as="span">
      {referralStatusLabel(status, audience, external)}
    </Badge>
  );
}

/** « En retard » beside an expected date that has passed without an answer (decided by the server). */
export function OverdueBadge({ overdue }: { overdue: boolean }) {
  if (!overdue) return null;
  return (
    <>
      {' '}
      <Badge severity="error" small as="span">
        En retard
      </Badge>
    </>
  );
}
