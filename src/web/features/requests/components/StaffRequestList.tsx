import { Button } from '@codegouvfr/react-dsfr/Button';
import { Input } from '@codegouvfr/react-dsfr/Input';
import { Select } from '@codegouvfr/react-dsfr/Select';
import { Tag } from '@codegouvfr/react-dsfr/Tag';
import { useState, type FormEvent } from 'react';
import { useSearchParams } from 'react-router-dom';
import { TOPIC_LABELS, TOPICS, type Topic } from '../../../../shared/glossary.ts';
import { REQUEST_SEARCH_MAX } from '../../../../shared/contracts/limits.ts';
import { useRequestCounts, useRequestList, type RequestFilters } from '../api/requests.ts';
import { CursorPager, useCursorPager } from '../../../components/CursorPager.tsx';
import { ErrorAlert, Loading } from '../../../components/QueryStates.tsx';
import { isQueueView, VIEW_DEFINITIONS, viewsFor, type QueueView } from '../../../components/queueViews.ts';
import { RequestTable } from './RequestTable.tsx';
import { useRequiredSession } from '../../../components/RequireAbility.tsx';
import { staffDepartements } from '../../../components/staffTerritory.ts';

interface Props {
  /** Prefix of the ids on the page, e.g. « ma-file ». */
  id: string;
  caption: string;
  showAssignee: boolean;
  /** The views offered as tags, the first being the default. */
  views: QueueView[];
}

const isTopic = (value: string | null): value is Topic => value !== null && (TOPICS as readonly string[]).includes(value);

/**
 * The staff inbox (an adviser's queue, a coordinator's académie): ready-made views with their
 * counters, topic, département and search, sorted by due date. The filters live in the address,
 * so that coming back from a request finds the list as it was.
 */
export function StaffRequestList({ id, caption, showAssignee, views: offered }: Props) {
  const session = useRequiredSession();
  const views = viewsFor(offered, session.abilities);
  const departements = staffDepartements(session);
  const [params, setParams] = useSearchParams();
  const defaultView = views[0] ?? 'active';
  const viewParam = params.get('vue');
  const view: QueueView = isQueueView(viewParam) && views.includes(viewParam) ? viewParam : defaultView;
  const topicParam = params.get('theme');
  const topic = isTopic(topicParam) ? topicParam : '';
  const departement = departements.some((d) => d.code === params.get('departement')) ? (params.get('departement') ?? '') : '';
  const q = params.get('q') ?? '';
  const [search, setSearch] = useState(q);

  const pager = useCursorPager();
  const filters: RequestFilters = { ...VIEW_DEFINITIONS[view].filters, topic, departement, q, sort: 'due' };
  const requests = useRequestList(filters, pager.cursor);
  const counts = useRequestCounts();

  const change = (name: string, value: string, fallback = '') => {
    const next = new URLSearchParams(params);
    if (value === fallback) next.delete(name);
    else next.set(name, value);
    setParams(next, { replace: true });
    pager.reset();
  };
  const onSearch = (event: FormEvent) => {
    event.preventDefault();
    change('q', search.trim());
  };

  const rows = requests.data?.items ?? [];
  const narrowed = topic !== '' || departement !== '' || q !== '';
  const pageCaption = `${caption} — ${VIEW_DEFINITIONS[view].label.toLowerCase()}, par date d’échéance${
    pager.pageNumber > 1 ? ` (page ${pager.pageNumber})` : ''
  }`;

  return (
    <>
      <h2 className="fr-h6 fr-mb-1w" id={`${id}-vues-titre`}>
        Afficher
      </h2>
      <ul className="fr-tags-group fr-mb-2w" aria-labelledby={`${id}-vues-titre`}>
        {views.map((candidate) => {
          const count = counts.data?.[VIEW_DEFINITIONS[candidate].count];
          return (
            <li key={candidate}>
              <Tag
                pressed={candidate === view}
                nativeButtonProps={{ type: 'button', onClick: () => change('vue', candidate, defaultView) }}
              >
                {VIEW_DEFINITIONS[candidate].label}
                {count !== undefined && ` (${count})`}
              </Tag>
            </li>
          );
        })}
      </ul>

      <div className="fr-grid-row fr-grid-row--gutters fr-grid-row--bottom fr-mb-2w">
        <div className="fr-col-12 fr-col-md-4">
          <Select
            label="Thème"
            nativeSelectProps={{
              id: `${id}-filtre-theme`,
              value: topic,
              onChange: (event) => change('theme', event.target.value),
            }}
          >
            <option value="">Tous les thèmes</option>
            {TOPICS.map((candidate) => (
              <option key={candidate} value={candidate}>
                {TOPIC_LABELS[candidate]}
              </option>
            ))}
          </Select>
        </div>
        {departements.length > 1 && (
          <div className="fr-col-12 fr-col-md-3">
            <Select
              label="Département"
              nativeSelectProps={{
                id: `${id}-filtre-departement`,
                value: departement,
                onChange: (event) => change('departement', event.target.value),
              }}
            >
              <option value="">Tous les départements</option>
              {departements.map((candidate) => (
                <option key={candidate.code} value={candidate.code}>
                  {candidate.name} ({candidate.code})
                </option>
              ))}
            </Select>
          </div>
        )}
        <form className="fr-col-12 fr-col-md-5" role="search" aria-label="Rechercher une demande" onSubmit={onSearch}>
          <Input
            label="Référence ou nom de l’agent"
            hintText="Par exemple AMI-2026-000042 ou Dupuis"
            className="fr-mb-1w"
            nativeInputProps={{
              id: `${id}-recherche`,
              type: 'search',
              value: search,
              maxLength: REQUEST_SEARCH_MAX,
              onChange: (event) => setSearch(event.target.value),
            }}
          />
          <Button type="submit" size="small" iconId="fr-icon-search-line">
            Rechercher
          </Button>
          {q !== '' && (
            <Button
              type="button"
              size="small"
              priority="tertiary"
              className="fr-ml-1w"
              onClick={() => {
                setSearch('');
                change('q', '');
              }}
            >
              Effacer la recherche
            </Button>
          )}
        </form>
      </div>

      <div aria-live="polite" aria-busy={requests.isFetching}>
        {requests.isPending && <Loading label="Chargement des demandes…" />}
        {requests.isError && <ErrorAlert error={requests.error} title="Les demandes n’ont pas pu être chargées" />}
        {requests.data && rows.length === 0 && (
          <p>
            {requests.data.nextCursor !== null
              ? 'Aucune demande de cette vue sur cette page : voyez les suivantes.'
              : narrowed || pager.pageNumber > 1
                ? `Aucune demande de la vue « ${VIEW_DEFINITIONS[view].label} » ne correspond à ces critères.`
                : 'Aucune demande dans cette vue.'}
          </p>
        )}
      </div>
      {requests.data && rows.length > 0 && (
        <RequestTable
          id={`${id}-demandes`}
          caption={pageCaption}
          captionRef={pager.captionRef}
          requests={rows}
          audience="staff"
          detailBasePath="/demandes"
          showAgent
          showAssignee={showAssignee}
        />
      )}
      {requests.data && (
        <CursorPager pager={pager} nextCursor={requests.data.nextCursor} noun="demandes" busy={requests.isFetching} />
      )}
    </>
  );
}
