import { Badge } from '@codegouvfr/react-dsfr/Badge';
import type { Ref } from 'react';
import { Link } from 'react-router-dom';
import { TOPIC_LABELS } from '../../../../shared/glossary.ts';
import type { RequestSummary } from '../../../../shared/contracts/requests.ts';
import { formatDate } from '../../../format.ts';
import { DataTable, type Column } from '../../../components/DataTable.tsx';
import { StatusBadge, type Audience } from '../../../components/StatusBadge.tsx';

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

export function RequestTable(props: RequestTableProps) {
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
        <Link to={`${detailBasePath}/${encodeURIComponent(request.id)}`}>
          {request.subject || `Demande ${request.reference}`}
        </Link>
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
          {request.overdue && (
            <>
              {' '}
              <Badge severity="error" small as="span">
                En retard
              </Badge>
            </>
          )}
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
