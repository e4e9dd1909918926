import { Badge } from '@codegouvfr/react-dsfr/Badge';
import { Input } from '@codegouvfr/react-dsfr/Input';
import { useMemo, useState } from 'react';
import { Link } from 'react-router-dom';
import { ACADEMIES, academieLabel, type AcademieRef } from '../../../../shared/territories.ts';
import { usePageTitle } from '../../../components/usePageTitle.ts';
import { useContactAcademies } from '../api/contacts.ts';
import { FranceMap } from '../components/FranceMap.tsx';
import { SignInInvitation } from '../components/SignInInvitation.tsx';
import { Trail } from '../components/Trail.tsx';
import { academiePath } from '../paths.ts';
import '../contacts.css';

/** Lower case, without accents nor apostrophes: « cote d or » finds « Côte-d'Or ». */
const fold = (s: string) => s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[-'’\s]+/g, ' ').trim();

const SORTED = [...ACADEMIES].sort((a, b) => a.name.localeCompare(b.name, 'fr'));

function matches(academie: AcademieRef, query: string): boolean {
  if (query === '') return true;
  const q = fold(query);
  return fold(academie.name).includes(q) || academie.departements.some((d) => fold(d.name).includes(q) || d.code.toLowerCase() === q);
}

/**
 * The national page of « Qui contacter ? »: every académie in a list that can be filtered (the
 * primary way in), and beside it the map of France by département leading to the same pages.
 */
export function WhoToContactPage() {
  usePageTitle('Qui contacter ? Les académies');
  const [query, setQuery] = useState('');
  const academies = useContactAcademies();
  const counts = useMemo(() => new Map((academies.data ?? []).map((a) => [a.code, a])), [academies.data]);
  const published = useMemo(() => new Set((academies.data ?? []).filter((a) => a.contactPoints > 0).map((a) => a.code)), [academies.data]);
  const shown = SORTED.filter((a) => matches(a, query));

  return (
    <>
      <Trail steps={[]} current="Qui contacter ?" />
      <h1>Qui contacter ?</h1>
      <p className="fr-text--lead">
        Chaque académie a ses conseillers RH de proximité et ses interlocuteurs spécialisés. Choisissez votre académie pour trouver
        le bon interlocuteur et ses coordonnées.
      </p>
      <div className="fr-grid-row fr-grid-row--gutters">
        <section aria-labelledby="liste-titre" className="fr-col-12 fr-col-lg-5">
          <h2 id="liste-titre" className="fr-h4">Toutes les académies</h2>
          <Input
            label="Rechercher une académie ou un département"
            hintText="Par exemple : Amiens, Somme ou 80"
            iconId="fr-icon-search-line"
            nativeInputProps={{ id: 'filtre-academie', type: 'search', value: query, autoComplete: 'off', onChange: (e) => setQuery(e.target.value) }}
          />
          <p role="status" aria-live="polite" className="fr-text--sm fr-mb-1w">
            {shown.length === 0 ? 'Aucune académie ne correspond à votre recherche.'
              : shown.length === SORTED.length ? `${shown.length} académies` : `${shown.length} ${shown.length === 1 ? 'académie correspond' : 'académies correspondent'} à votre recherche`}
          </p>
          <ul className="fr-raw-list contacts-academies">
            {shown.map((a) => {
              const count = counts.get(a.code);
              return (
                <li key={a.code} className="contacts-academies__item">
                  <Link to={academiePath(a.code)} className="fr-link">
                    {academieLabel(a.code)}
                  </Link>
                  {count && count.contactPoints > 0 && (
                    <Badge small severity="success" noIcon className="fr-ml-1w">
                      Annuaire publié
                    </Badge>
                  )}
                  <p className="fr-text--xs fr-mb-0">{a.departements.map((d) => `${d.name} (${d.code})`).join(', ')}</p>
                </li>
              );
            })}
          </ul>
        </section>
        <section aria-labelledby="carte-titre" className="fr-col-12 fr-col-lg-7">
          <h2 id="carte-titre" className="fr-h4">Sur la carte</h2>
          <FranceMap published={published} />
        </section>
      </div>
      <SignInInvitation />
    </>
  );
}
