import { Link } from 'react-router-dom';
import { usePageTitle } from './usePageTitle.ts';

/** Shown when a page fails to render; the details stay in the browser console. */
export function RouteError() {
  usePageTitle('Erreur inattendue');
  return (
    <>
      <h1>Erreur inattendue</h1>
      <p className="fr-text--lead">Désolé, le service rencontre un problème. Nous travaillons à le résoudre.</p>
      <p>Essayez de rafraîchir la page ou revenez plus tard.</p>
      <ul className="fr-btns-group fr-btns-group--inline-md">
        <li>
          <Link className="fr-btn" to="/">
            Page d’accueil
          </Link>
        </li>
      </ul>
    </>
  );
}
