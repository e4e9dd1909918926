import { Select } from '@codegouvfr/react-dsfr/Select';
import { useSearchParams } from 'react-router-dom';
import { CursorPager, useCursorPager } from '../../../components/CursorPager.tsx';
import { ErrorAlert, Loading } from '../../../components/QueryStates.tsx';
import { usePageTitle } from '../../../components/usePageTitle.ts';
import { useReceivedReferrals, type ReceivedStatusFilter } from '../api/referrals.ts';
import { ReceivedReferralList } from '../components/ReceivedReferralList.tsx';

const FILTERS: Array<{ value: ReceivedStatusFilter; label: string }> = [
  { value: 'open', label: 'En cours (à traiter ou acceptées)' },
  { value: '', label: 'Toutes les orientations' },
  { value: 'sent', label: 'À traiter' },
  { value: 'accepted', label: 'Acceptées, suite à donner' },
  { value: 'answered', label: 'Suite donnée' },
  { value: 'declined', label: 'Déclinées' },
];

/** The address says `?statut=toutes` for every status; without it, the ones still in progress. */
const ALL = 'toutes';
const DEFAULT: ReceivedStatusFilter = 'open';
const filterOf = (param: string | null): ReceivedStatusFilter =>
  param === ALL ? '' : FILTERS.find((filter) => filter.value !== '' && filter.value === param)?.value ?? DEFAULT;

/** `/orientations`: the referrals addressed to the caller's contact points (« Orientations reçues »). */
export function ReferralsPage() {
  usePageTitle('Orientations reçues');
  const [params, setParams] = useSearchParams();
  const status = filterOf(params.get('statut'));
  const pager = useCursorPager();
  const referrals = useReceivedReferrals(status, pager.cursor);
  const label = FILTERS.find((filter) => filter.value === status)?.label ?? '';
  const rows = referrals.data?.items ?? [];

  const choose = (value: string) => {
    const next = new URLSearchParams(params);
    if (value === DEFAULT) next.delete('statut');
    else next.set('statut', value === '' ? ALL : value);
    setParams(next, { replace: true });
    pager.reset();
  };

  return (
    <>
      <h1>Orientations reçues</h1>
      <p className="fr-text--lead">
        Les demandes que les conseillers RH de proximité orientent vers vous ou vers votre cellule.
      </p>
      <p>
        Vous ne voyez que ce qui vous est transmis : la note du conseiller et, si l’agent l’a accepté, la description de sa
        demande. Acceptez ou déclinez chaque orientation, échangez avec le conseiller, puis indiquez la suite donnée : le
        conseiller en informe l’agent.
      </p>

      <div className="fr-grid-row fr-mb-2w">
        <div className="fr-col-12 fr-col-md-5">
          <Select
            label="Afficher"
            nativeSelectProps={{ id: 'orientations-filtre-statut', value: status, onChange: (event) => choose(event.target.value) }}
          >
            {FILTERS.map((filter) => (
              <option key={filter.value} value={filter.value}>
                {filter.label}
              </option>
            ))}
          </Select>
        </div>
      </div>

      <div aria-live="polite" aria-busy={referrals.isFetching}>
        {referrals.isPending && <Loading label="Chargement des orientations…" />}
        {referrals.isError && <ErrorAlert error={referrals.error} title="Les orientations n’ont pas pu être chargées" />}
        {referrals.data && rows.length === 0 && (
          <p>
            {status === '' && pager.pageNumber === 1
              ? 'Aucune orientation ne vous a encore été adressée.'
              : status === DEFAULT && pager.pageNumber === 1
                ? 'Aucune orientation en cours.'
                : `Aucune orientation dans « ${label} ».`}
          </p>
        )}
      </div>
      {referrals.data && rows.length > 0 && (
        <ReceivedReferralList
          id="orientations"
          caption={`${label}, de la plus récente à la plus ancienne${pager.pageNumber > 1 ? ` (page ${pager.pageNumber})` : ''}`}
          captionRef={pager.captionRef}
          referrals={rows}
        />
      )}
      {referrals.data && (
        <CursorPager pager={pager} nextCursor={referrals.data.nextCursor} noun="orientations" busy={referrals.isFetching} />
      )}
    </>
  );
}
