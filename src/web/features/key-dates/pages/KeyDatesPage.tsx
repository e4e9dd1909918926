import { Select } from '@codegouvfr/react-dsfr/Select';
import { useSearchParams } from 'react-router-dom';
import { AGENT_CATEGORIES, AGENT_CATEGORY_LABELS, type AgentCategory } from '../../../../shared/glossary.ts';
import { ACADEMIES, academieLabel } from '../../../../shared/territories.ts';
import { ErrorAlert, Loading } from '../../../components/QueryStates.tsx';
import { usePageTitle } from '../../../components/usePageTitle.ts';
import { feedUrl, useKeyDates } from '../api/keyDates.ts';
import { KeyDatesView, SubscribeToFeed } from '../components/KeyDatesView.tsx';

/** Public: the key dates of an académie (and the national ones), for a category of staff; the feed to subscribe to. */
export function KeyDatesPage() {
  usePageTitle('Dates-clés RH');
  const [params, setParams] = useSearchParams();
  const academie = params.get('academie') ?? 'AMIENS';
  const audienceParam = params.get('audience');
  const audience = (AGENT_CATEGORIES as readonly string[]).includes(audienceParam ?? '') ? audienceParam as AgentCategory : undefined;
  const list = useKeyDates({ academie, ...(audience ? { audience } : {}) });
  const set = (key: string, value: string) => {
    const next = new URLSearchParams(params);
    if (value) next.set(key, value); else next.delete(key);
    setParams(next, { replace: true });
  };
  return (
    <>
      <h1>Dates-clés RH</h1>
      <p className="fr-text--lead">Les campagnes et échéances de l’année scolaire : mobilité, promotions, rendez-vous de carrière, formation, télétravail, retraite…</p>
      <div className="fr-grid-row fr-grid-row--gutters">
        <div className="fr-col-12 fr-col-md-6">
          <Select label="Académie" nativeSelectProps={{ id: 'dates-academie', value: academie, onChange: (e) => set('academie', e.target.value) }}>
            {ACADEMIES.map((a) => <option key={a.code} value={a.code}>{academieLabel(a.code)}</option>)}
          </Select>
        </div>
        <div className="fr-col-12 fr-col-md-6">
          <Select label="Personnels concernés" nativeSelectProps={{ id: 'dates-public', value: audience ?? '', onChange: (e) => set('audience', e.target.value) }}>
            <option value="">Tous les personnels</option>
            {AGENT_CATEGORIES.map((c) => <option key={c} value={c}>{AGENT_CATEGORY_LABELS[c]}</option>)}
          </Select>
        </div>
      </div>
      <SubscribeToFeed url={feedUrl({ academie, audience: audience ?? null })} />
      <h2>Calendrier</h2>
      {list.isPending ? <Loading label="Chargement des dates-clés…" />
        : list.isError ? <ErrorAlert error={list.error} title="Les dates-clés n’ont pas pu être chargées" />
          : <KeyDatesView items={list.data.items} emptyText="Aucune date-clé à venir pour ces critères." />}
    </>
  );
}
