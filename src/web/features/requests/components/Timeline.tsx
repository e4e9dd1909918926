import { Badge } from '@codegouvfr/react-dsfr/Badge';
import type { TimelineItem } from '../../../../shared/contracts/requests.ts';
import { formatDateTime } from '../../../format.ts';
import { AttachmentList } from './AttachmentList.tsx';

interface Props {
  entries: TimelineItem[];
  /** The agent never sees internal notes (the server does not send them); this is a second guard. */
  audience: 'agent' | 'staff';
}

const messageStyle = { borderLeft: '4px solid var(--border-action-high-blue-france)', paddingLeft: '1rem' };
const noteStyle = {
  borderLeft: '4px solid var(--border-plain-warning)',
  background: 'var(--background-contrast-warning)',
  padding: '0.75rem 1rem',
};

function authorOf(entry: TimelineItem, audience: Props['audience']): string | null {
  if (!entry.author || entry.author.displayName === '') return null;
  if (audience === 'agent' && !entry.author.staff) return 'Vous';
  return entry.author.displayName;
}

/** Events, messages and — for staff — internal notes, oldest first. */
export function Timeline({ entries, audience }: Props) {
  const visible = audience === 'agent' ? entries.filter((entry) => entry.kind !== 'note') : entries;
  if (visible.length === 0) return <p>Aucun événement pour le moment.</p>;
  return (
    <ol className="fr-raw-list fr-mb-4w">
      {visible.map((entry, index) => {
        const key = entry.id ?? `${entry.kind}-${entry.at}-${index}`;
        const time = (
          <time dateTime={entry.at} className="fr-text--sm fr-mb-0">
            {formatDateTime(entry.at)}
          </time>
        );
        const author = authorOf(entry, audience);
        if (entry.kind === 'message' || entry.kind === 'note') {
          const isNote = entry.kind === 'note';
          return (
            <li key={key} className="fr-mb-3w" style={isNote ? noteStyle : messageStyle}>
              <p className="fr-mb-1v">
                {isNote ? (
                  <>
                    <Badge severity="warning" small as="span" className="fr-mr-1w">
                      Note interne — jamais visible par l’agent
                    </Badge>
                    {entry.label !== 'Note interne' && <span className="fr-text--bold">{entry.label}</span>}
                  </>
                ) : (
                  <span className="fr-text--bold">{entry.label}</span>
                )}
                {author !== null && <span className="fr-text--bold"> {isNote ? author : `— ${author}`}</span>}, {time}
              </p>
              {entry.body && (
                <p className="fr-mb-1w" style={{ whiteSpace: 'pre-line' }}>
                  {entry.body}
                </p>
              )}
              {entry.attachments && (
                <AttachmentList attachments={entry.attachments} label="Pièces jointes du message" />
              )}
            </li>
          );
        }
        return (
          <li key={key} className="fr-mb-2w fr-text--sm">
            {time} — {entry.label}
          </li>
        );
      })}
    </ol>
  );
}
