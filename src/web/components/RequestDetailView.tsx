import { Badge } from '@codegouvfr/react-dsfr/Badge';
import { Notice } from '@codegouvfr/react-dsfr/Notice';
import { CHANNEL_LABELS, RESPONSE_TYPE_LABELS, TOPIC_LABELS } from '../../shared/glossary.ts';
import type { RequestDetail } from '../api/types.ts';
import { formatDate, formatDateTime } from '../format.ts';
import { isOverdue } from './RequestTable.tsx';
import { StatusBadge, type Audience } from './StatusBadge.tsx';

interface Props {
  request: RequestDetail;
  audience: Audience;
}

/** One request as its reader may see it: the server leaves out what they may not read. */
export function RequestDetailView({ request, audience }: Props) {
  const facts: Array<[string, React.ReactNode]> = [
    ['Référence', request.reference],
    ['Statut', <StatusBadge key="statut" status={request.status} audience={audience} />],
    ['Thème', TOPIC_LABELS[request.topic] ?? request.topic],
  ];
  if (audience === 'staff') {
    facts.push(['Agent', request.agent?.displayName ?? '—']);
    facts.push(['Canal', CHANNEL_LABELS[request.channel] ?? request.channel]);
  }
  facts.push(
    ['Conseiller', request.assignee?.displayName ?? 'Pas encore attribuée'],
    ['Reçue le', formatDateTime(request.createdAt)],
    ['Première réponse attendue le', formatDate(request.firstResponseDueAt)],
  );
  if (request.firstRespondedAt !== null) facts.push(['Première réponse le', formatDateTime(request.firstRespondedAt)]);
  if (request.closedAt !== null) facts.push(['Clôturée le', formatDateTime(request.closedAt)]);
  if (request.responseType !== null) facts.push(['Type de réponse', RESPONSE_TYPE_LABELS[request.responseType]]);

  return (
    <>
      {(request.sensitive || isOverdue(request)) && (
        <p className="fr-mb-2w">
          {request.sensitive && (
            <Badge severity="warning" small as="span" className="fr-mr-1w">
              Demande confidentielle
            </Badge>
          )}
          {isOverdue(request) && (
            <Badge severity="error" small as="span">
              Première réponse en retard
            </Badge>
          )}
        </p>
      )}

      <dl className="fr-grid-row fr-grid-row--gutters fr-mb-4w">
        {facts.map(([term, value]) => (
          <div key={term} className="fr-col-12 fr-col-sm-6 fr-col-md-4">
            <dt className="fr-text--sm fr-text--bold fr-mb-0">{term}</dt>
            <dd className="fr-ml-0">{value}</dd>
          </div>
        ))}
      </dl>

      <h2>Description</h2>
      {request.contentHidden || request.description === undefined ? (
        <Notice
          className="fr-mb-4w"
          title="Contenu réservé"
          description="Cette demande est confidentielle : son contenu n’est visible que des personnes qui la traitent."
        />
      ) : (
        <p className="fr-mb-4w" style={{ whiteSpace: 'pre-line' }}>
          {request.description.trim() === '' ? 'Aucune description.' : request.description}
        </p>
      )}

      <h2>Historique</h2>
      {request.timeline.length === 0 ? (
        <p>Aucun événement pour le moment.</p>
      ) : (
        <ol>
          {request.timeline.map((entry, index) => (
            <li key={entry.id ?? `${entry.at}-${index}`} className="fr-mb-2w">
              <time dateTime={entry.at} className="fr-text--bold">
                {formatDateTime(entry.at)}
              </time>{' '}
              — {entry.label}
              {entry.author && entry.author.displayName !== '' && <> ({entry.author.displayName})</>}
              {entry.body && (
                <p className="fr-mb-0 fr-mt-1v" style={{ whiteSpace: 'pre-line' }}>
                  {entry.body}
                </p>
              )}
            </li>
          ))}
        </ol>
      )}
    </>
  );
}
