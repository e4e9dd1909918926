import { TERRITORY_LEVEL_LABELS } from '../../../shared/glossary.ts';
import { useRequiredSession } from '../../components/RequireRole.tsx';
import { grantsFor } from '../../components/spaces.ts';
import { usePageTitle } from '../../components/usePageTitle.ts';
import { formatTerritoryName } from '../../format.ts';

export function SteeringPage() {
  usePageTitle('Pilotage');
  const session = useRequiredSession();
  const scopes = grantsFor(session, 'steering');
  return (
    <>
      <h1>Pilotage</h1>
      <h2>{scopes.length > 1 ? 'Vos périmètres' : 'Votre périmètre'}</h2>
      <ul>
        {scopes.map((grant) => (
          <li key={`${grant.territory.level}-${grant.territory.code}`}>
            <span className="fr-text--bold">{TERRITORY_LEVEL_LABELS[grant.territory.level]}</span> :{' '}
            {formatTerritoryName(grant.territory)}
          </li>
        ))}
      </ul>
      <p>
        Les rapports d’activité de votre périmètre apparaîtront ici : profil des demandeurs, thèmes des demandes et types
        de réponse, volumes par territoire et par mois, délais de réponse au regard des engagements, orientations et
        satisfaction des agents. Les petits effectifs y seront masqués afin que personne ne puisse être reconnu.
      </p>
    </>
  );
}
