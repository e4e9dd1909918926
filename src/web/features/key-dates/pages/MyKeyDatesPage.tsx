import { Link } from 'react-router-dom';
import { AGENT_CATEGORY_LABELS } from '../../../../shared/glossary.ts';
import { academieLabel } from '../../../../shared/territories.ts';
import { ErrorAlert, Loading } from '../../../components/QueryStates.tsx';
import { usePageTitle } from '../../../components/usePageTitle.ts';
import { feedUrl, useMyKeyDates } from '../api/keyDates.ts';
import { KeyDatesView, SubscribeToFeed } from '../components/KeyDatesView.tsx';

/** « Mon espace »: the key dates that concern the agent (their académie, their category). */
export function MyKeyDatesPage() {
  usePageTitle('Mes dates-clés');
  const mine = useMyKeyDates();
  return (
    <>
      <nav role="navigation" className="fr-breadcrumb" aria-label="vous êtes ici :">
        <ol className="fr-breadcrumb__list">
          <li><Link className="fr-breadcrumb__link" to="/mon-espace">Mon espace</Link></li>
          <li><a className="fr-breadcrumb__link" aria-current="page">Mes dates-clés</a></li>
        </ol>
      </nav>
      <h1>Mes dates-clés</h1>
      {mine.isPending ? <Loading label="Chargement des dates-clés…" />
        : mine.isError ? <ErrorAlert error={mine.error} title="Les dates-clés n’ont pas pu être chargées" />
          : (
            <>
              <p className="fr-text--lead">
                Les campagnes et échéances {mine.data.academie ? `de l’${academieLabel(mine.data.academie).replace(/^Académie /, 'académie ')} et nationales` : 'nationales'}
                {mine.data.audience ? ` qui concernent les ${AGENT_CATEGORY_LABELS[mine.data.audience].toLowerCase()}` : ''}.
              </p>
              <SubscribeToFeed url={feedUrl({ academie: mine.data.academie, audience: mine.data.audience })} />
              <h2>Calendrier</h2>
              <KeyDatesView items={mine.data.items} emptyText="Aucune date-clé à venir ne vous concerne pour le moment." />
              <p><Link to="/mon-espace/lettres-d-information">Choisir les lettres d’information que je reçois</Link></p>
            </>
          )}
    </>
  );
}
