import { Select } from '@codegouvfr/react-dsfr/Select';
import { useState } from 'react';
import { REQUEST_STATUSES, TOPIC_LABELS, TOPICS, type RequestStatus, type Topic } from '../../shared/glossary.ts';
import { useRequestList, type RequestFilters } from '../api/requests.ts';
import { CursorPager, useCursorPager } from './CursorPager.tsx';
import { ErrorAlert, Loading } from './QueryStates.tsx';
import { RequestTable } from './RequestTable.tsx';
import { statusLabel } from './StatusBadge.tsx';

interface Props {
  /** Prefix of the ids on the page, e.g. « ma-file ». */
  id: string;
  caption: string;
  showAssignee: boolean;
}

/** The staff's list of requests (an adviser's queue, a coordinator's académie) with its filters. */
export function StaffRequestList({ id, caption, showAssignee }: Props) {
  const [filters, setFilters] = useState<Required<RequestFilters>>({ status: '', topic: '' });
  const pager = useCursorPager();
  const requests = useRequestList(filters, pager.cursor);

  const changeFilter = (change: Partial<RequestFilters>) => {
    setFilters((previous) => ({ ...previous, ...change }));
    pager.reset();
  };
  const filtered = filters.status !== '' || filters.topic !== '';
  const pageCaption = pager.pageNumber > 1 ? `${caption} (page ${pager.pageNumber})` : caption;

  return (
    <>
      <form
        className="fr-grid-row fr-grid-row--gutters fr-mb-2w"
        aria-label="Filtrer les demandes"
        onSubmit={(event) => event.preventDefault()}
      >
        <div className="fr-col-12 fr-col-md-4">
          <Select
            label="Statut"
            nativeSelectProps={{
              id: `${id}-filtre-statut`,
              value: filters.status,
              onChange: (event) => changeFilter({ status: event.target.value as RequestStatus | '' }),
            }}
          >
            <option value="">Tous les statuts</option>
            {REQUEST_STATUSES.map((status) => (
              <option key={status} value={status}>
                {statusLabel(status, 'staff')}
              </option>
            ))}
          </Select>
        </div>
        <div className="fr-col-12 fr-col-md-5">
          <Select
            label="Thème"
            nativeSelectProps={{
              id: `${id}-filtre-theme`,
              value: filters.topic,
              onChange: (event) => changeFilter({ topic: event.target.value as Topic | '' }),
            }}
          >
            <option value="">Tous les thèmes</option>
            {TOPICS.map((topic) => (
              <option key={topic} value={topic}>
                {TOPIC_LABELS[topic]}
              </option>
            ))}
          </Select>
        </div>
      </form>

      <div aria-live="polite" aria-busy={requests.isFetching}>
        {requests.isPending && <Loading label="Chargement des demandes…" />}
        {requests.isError && <ErrorAlert error={requests.error} title="Les demandes n’ont pas pu être chargées" />}
        {requests.data && requests.data.items.length === 0 && (
          <p>{filtered ? 'Aucune demande ne correspond à ces critères.' : 'Aucune demande pour le moment.'}</p>
        )}
      </div>
      {requests.data && requests.data.items.length > 0 && (
        <>
          <RequestTable
            id={`${id}-demandes`}
            caption={pageCaption}
            captionRef={pager.captionRef}
            requests={requests.data.items}
            audience="staff"
            detailBasePath="/demandes"
            showAgent
            showAssignee={showAssignee}
          />
          <CursorPager pager={pager} nextCursor={requests.data.nextCursor} noun="demandes" busy={requests.isFetching} />
        </>
      )}
    </>
  );
}
