import type { ReferralMessage } from '../../../../shared/contracts/orientation.ts';
import { formatDateTime } from '../../../format.ts';

const fromTargetStyle = { borderLeft: '4px solid var(--border-plain-success)', paddingLeft: '1rem' };
const fromStaffStyle = { borderLeft: '4px solid var(--border-action-high-blue-france)', paddingLeft: '1rem' };

/**
 * The exchange between the contact point and the staff of the request about one referral, oldest
 * first. The agent never reads it (the server does not send it to them).
 */
export function ReferralMessages({ messages, viewer, targetName }: {
  messages: ReferralMessage[];
  /** Who reads: the contact point (« Vous ») or the request's staff. */
  viewer: 'target' | 'staff';
  targetName: string;
}) {
  if (messages.length === 0) return <p className="fr-text--sm">Aucun message pour l’instant.</p>;
  return (
    <ol className="fr-raw-list fr-mb-3w">
      {messages.map((message) => {
        const side = message.fromTarget ? targetName : 'Conseiller';
        const who = message.author?.displayName ?? side;
        return (
          <li key={message.id} className="fr-mb-2w" style={message.fromTarget ? fromTargetStyle : fromStaffStyle}>
            <p className="fr-mb-1v fr-text--sm">
              <span className="fr-text--bold">{who}</span>
              {message.fromTarget && viewer === 'staff' ? ` (${targetName})` : ''}
              {!message.fromTarget && viewer === 'target' ? ' (conseiller)' : ''}
              , <time dateTime={message.createdAt}>{formatDateTime(message.createdAt)}</time>
            </p>
            <p className="fr-mb-0" style={{ whiteSpace: 'pre-line', overflowWrap: 'anywhere' }}>
              {message.body ?? 'Message effacé.'}
            </p>
          </li>
        );
      })}
    </ol>
  );
}
