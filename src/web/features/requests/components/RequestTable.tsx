import { Badge } from '@codegouvfr/react-dsfr/Badge';
import type { Ref } from 'react';
import { Link } from 'react-router-dom';
import { TOPIC_LABELS } from '../../../../shared/glossary.ts';
import type { RequestSummary } from '../../../../shared/contracts/requests.ts';
import { formatDate } from '../../../format.ts';
import { DataTable, type Column } from '../../../components/DataTable.tsx';
import { StatusBadge, type Audience } from '../../../components/StatusBadge.tsx';
import { useWideScreen } from './useWideScreen.ts';

interface RequestTableProps {
  id: string;
  caption: string;
  requests: RequestSummary[];
  audience: Audience;
  /** Where a row leads: `/mes-demandes` for the agent, `/demandes` for staff. */
  detailBasePath: string;
  showAgent?: boolean;
  showAssignee?: boolean;
  captionRef?: Ref<HTMLTableCaptionElement>;
  hideCaption?: boolean;
}

/** « Du nouveau » beside a request that changed since its reader last opened it. */
function NewsBadge({ request }: { request: RequestSummary }) {
  if (request.unread !== true) return null;
  return (
    <>
      {' '}
      <Badge severity="new" small as="span">
        Du nouveau
      </Badge>
    </>
  );
}

function OverdueBadge({ request }: { request: RequestSummary }) {
  if (!request.overdue) return null;
  return (
    <>
      {' '}
      <Badge severity="error" small as="span">
        En retard
      </Badge>
    </>
  );
}

/**
 * A list of requests: a table on a wide screen, one card per request on a small one (a phone
 * reads the status and the due date without scrolling sideways).
 */
export function RequestTable(props: RequestTableProps) {
  const wide = useWideScreen();
  return wide ? <RequestRows {...props} /> : <RequestCards {...props} />;
}

const linkTo = (detailBasePath: string, request: RequestSummary) => `${detailBasePath}/${encodeURIComponent(request.id)}`;

function RequestCards({ audience, detailBasePath, requests, id, caption, captionRef, hideCaption, showAgent, showAssignee }: RequestTableProps) {
  return (
    <section aria-labelledby={`${id}-legende`} id={id} className="fr-mb-2w">
      <h3 id={`${id}-legende`} ref={captionRef} tabIndex={-1} className={hideCaption ? 'fr-sr-only' : 'fr-h6'}>
        {caption}
      </h3>
      <ul className="fr-raw-list">
        {requests.map((request) => (
          <li
            key={request.id}
            className="fr-mb-2w fr-p-2w"
            style={{ border: '1px solid var(--border-default-grey)', overflowWrap: 'anywhere' }}
          >
            <p className="fr-text--bold fr-mb-1v">
              <Link to={linkTo(detailBasePath, request)}>{request.subject || `Demande ${request.reference}`}</Link>
            </p>
            <p className="fr-mb-1w">
              <StatusBadge status={request.status} audience={audience} />
              <NewsBadge request={request} />
              <OverdueBadge request={request} />
            </p>
            <dl className="fr-text--sm fr-mb-0">
              <div>
                <dt style={{ display: 'inline' }}>Référence : </dt>
                <dd style={{ display: 'inline' }} className="fr-ml-0">{request.reference}</dd>
              </div>
              <div>
                <dt style={{ display: 'inline' }}>Thème : </dt>
                <dd style={{ display: 'inline' }} className="fr-ml-0">{TOPIC_LABELS[request.topic] ?? request.topic}</dd>
              </div>
              {showAgent && (
                <div>
                  <dt style={{ display: 'inline' }}>Agent : </dt>
                  <dd style={{ display: 'inline' }} className="fr-ml-0">{request.agent?.displayName ?? '—'}</dd>
                </div>
              )}
              {showAssignee && (
                <div>
                  <dt style={{ display: 'inline' }}>Conseiller : </dt>
                  <dd style={{ display: 'inline' }} className="fr-ml-0">{request.assignee?.displayName ?? 'Non attribuée'}</dd>
                </div>
              )}
              <div>
                <dt style={{ display: 'inline' }}>Reçue le </dt>
                <dd style={{ display: 'inline' }} className="fr-ml-0">{formatDate(request.createdAt)}</dd>
              </div>
              <div>
                <dt style={{ display: 'inline' }}>Première réponse attendue le </dt>
                <dd style={{ display: 'inline' }} className="fr-ml-0">{formatDate(request.firstResponseDueAt)}</dd>
              </div>
            </dl>
          </li>
        ))}
      </ul>
    </section>
  );
}

function RequestRows(props: RequestTableProps) {
  const { audience, detailBasePath } = props;
  const columns: Column<RequestSummary>[] = [
    {
      header: 'Référence',
      rowHeader: true,
      cell: (request) => <span style={{ whiteSpace: 'nowrap' }}>{request.reference}</span>,
    },
    {
      header: 'Objet',
      cell: (request) => (
        <>
          <Link to={linkTo(detailBasePath, request)}>{request.subject || `Demande ${request.reference}`}</Link>
          <NewsBadge request={request} />
        </>
      ),
    },
    { header: 'Thème', cell: (request) => TOPIC_LABELS[request.topic] ?? request.topic },
    { header: 'Statut', cell: (request) => <StatusBadge status={request.status} audience={audience} /> },
  ];
  if (props.showAgent) {
    columns.push({ header: 'Agent', cell: (request) => request.agent?.displayName ?? '—' });
  }
  if (props.showAssignee) {
    columns.push({ header: 'Conseiller', cell: (request) => request.assignee?.displayName ?? 'Non attribuée' });
  }
  columns.push(
    { header: 'Reçue le', cell: (request) => formatDate(request.createdAt) },
    {
      header: 'Première réponse attendue le',
      cell: (request) => (
        <>
          {formatDate(request.firstResponseDueAt)}
          <OverdueBadge request={request} />
        </>
      ),
    },
  );

  return (
    <DataTable
      id={props.id}
      caption={props.caption}
      captionRef={props.captionRef}
      hideCaption={props.hideCaption}
      columns={columns}
      rows={props.requests}
      rowKey={(request) => request.id}
    />
  );
}
