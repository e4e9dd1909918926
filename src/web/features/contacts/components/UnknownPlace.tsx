import { Link } from 'react-router-dom';
import { usePageTitle } from '../../../components/usePageTitle.ts';

/** An address naming no académie, or a département of another one: the French « page non trouvée ». */
export function UnknownPlace({ what }: { what: 'academie' | 'departement' }) {
  usePageTitle('Page non trouvée');
  return (
    <div className="fr-my-7w fr-grid-row">
      <div className="fr-col-12 fr-col-md-8">
        <h1>Page non trouvée</h1>
        <p className="fr-text--sm fr-mb-3w">Erreur 404</p>
        <p className="fr-text--lead fr-mb-3w">
          {what === 'academie'
            ? 'Cette académie n’existe pas, ou son adresse est mal écrite.'
            : 'Ce département n’existe pas, ou il n’appartient pas à cette académie.'}
        </p>
        <p className="fr-mb-5w">Retrouvez votre académie dans la liste de toutes les académies ou sur la carte.</p>
        <ul className="fr-btns-group fr-btns-group--inline-md">
          <li>
            <Link className="fr-btn" to="/qui-contacter">
              Toutes les académies
            </Link>
          </li>
        </ul>
      </div>
    </div>
  );
}
