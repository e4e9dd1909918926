import { Badge } from '@codegouvfr/react-dsfr/Badge';
import { Notice } from '@codegouvfr/react-dsfr/Notice';
import type { ReactNode } from 'react';
import {
  CHANNEL_LABELS, CONTACT_PREFERENCE_LABELS, RESPONSE_TYPE_LABELS, TOPIC_LABELS,
} from '../../../../shared/glossary.ts';
import type { RequestDetail } from '../../../../shared/contracts/requests.ts';
import { formatDateTime, formatFullDate } from '../../../format.ts';
import { AttachmentList } from './AttachmentList.tsx';
import { StatusBadge, type Audience } from '../../../components/StatusBadge.tsx';

interface Props {
  request: RequestDetail;
  audience: Audience;
  /** Shown under the « Contenu réservé » notice (the exceptional opening form, for a coordinator). */
  hiddenContentAction?: ReactNode;
}

/** One request as its reader may see it: the server leaves out what they may not read. */
export function RequestDetailView({ request, audience, hiddenContentAction }: Props) {
  const facts: Array<[string, ReactNode]> = [
    ['Référence', request.reference],
    ['Statut', <StatusBadge key="statut" status={request.status} audience={audience} />],
    ['Thème', TOPIC_LABELS[request.topic] ?? request.topic],
  ];
  if (audience === 'staff') {
    facts.push(['Agent', request.agent?.displayName ?? '—']);
    facts.push(['Canal', CHANNEL_LABELS[request.channel] ?? request.channel]);
  }
  facts.push(
    ['Conseiller', request.assignee?.displayName || 'Pas encore attribuée'],
    ['Reçue le', formatDateTime(request.createdAt)],
    ['Première réponse attendue au plus tard le', formatFullDate(request.firstResponseDueAt)],
  );
  if (request.firstRespondedAt !== null) facts.push(['Première réponse le', formatDateTime(request.firstRespondedAt)]);
  if (request.contactPreference !== undefined) {
    facts.push(['Contact souhaité', CONTACT_PREFERENCE_LABELS[request.contactPreference]]);
  }
  if (request.consentToShare !== undefined) {
    facts.push([
      'Partage de la description',
      request.consentToShare ? 'Accepté en cas d’orientation' : 'Non : thème et objet seulement',
    ]);
  }
  if (request.closedAt !== null) facts.push(['Clôturée le', formatDateTime(request.closedAt)]);
  if (request.responseType !== null) facts.push(['Type de réponse', RESPONSE_TYPE_LABELS[request.responseType]]);
  const { overdue } = request;
  const hidden = request.contentHidden || request.description === undefined;

  return (
    <>
      {(request.sensitive || overdue || request.anonymised) && (
        <p className="fr-mb-2w">
          {request.sensitive && (
            <Badge severity="warning" small as="span" className="fr-mr-1w">
              Demande confidentielle
            </Badge>
          )}
          {overdue && (
            <Badge severity="error" small as="span" className="fr-mr-1w">
              Première réponse en retard
            </Badge>
          )}
          {request.anonymised && (
            <Badge small as="span" noIcon>
              Anonymisée
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
      {hidden ? (
        <>
          <Notice
            className="fr-mb-2w"
            title="Contenu réservé"
            description="Cette demande est confidentielle : son contenu n’est visible que des personnes qui la traitent."
          />
          {hiddenContentAction}
        </>
      ) : (
        <p className="fr-mb-4w" style={{ whiteSpace: 'pre-line' }}>
          {request.description?.trim() === '' ? 'Aucune description.' : request.description}
        </p>
      )}

      {!hidden && request.closingSummary && (
        <>
          <h2>Synthèse de la réponse</h2>
          <p className="fr-mb-4w" style={{ whiteSpace: 'pre-line' }}>
            {request.closingSummary}
          </p>
        </>
      )}

      {!hidden && request.attachments !== undefined && (
        <>
          <h2>Pièces jointes</h2>
          {request.attachments.length === 0 ? (
            <p>Aucune pièce jointe.</p>
          ) : (
            <AttachmentList attachments={request.attachments} label="Pièces jointes de la demande" />
          )}
        </>
      )}
    </>
  );
}
