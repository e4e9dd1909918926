import { Link } from 'react-router-dom';
import { ACADEMIES, academieLabel } from '../../../../shared/territories.ts';
import { usePageTitle } from '../../../components/usePageTitle.ts';
import { useSession } from '../../auth/api/session.ts';
import { KbTrail } from '../components/KbTrail.tsx';
import { academieOfSession, helpCenterPath, mallettePath } from '../paths.ts';
import '../knowledge-base.css';

const SORTED = [...ACADEMIES].sort((a, b) => a.name.localeCompare(b.name, 'fr'));

/** `/mallette`: choose the académie whose « mallette » to open (a signed-in person's first). */
export function MalletteIndexPage() {
  usePageTitle('La mallette de l’accompagnement');
  const own = academieOfSession(useSession().data);
  return (
    <>
      <KbTrail steps={[{ label: 'Informations RH', to: helpCenterPath() }]} current="La mallette de l’accompagnement" />
      <h1>La mallette de l’accompagnement des personnels</h1>
      <p className="fr-text--lead">
        Dans chaque académie, les dispositifs d’accompagnement et les interlocuteurs, rangés selon votre situation. Choisissez
        votre académie.
      </p>
      {own !== undefined && (
        <p>
          <Link className="fr-btn" to={mallettePath(own)}>{`Ouvrir la mallette de l’${academieLabel(own).charAt(0).toLowerCase()}${academieLabel(own).slice(1)}`}</Link>
        </p>
      )}
      <h2 className="fr-h4">Toutes les académies</h2>
      <ul className="kb-academies">
        {SORTED.map((a) => (
          <li key={a.code}>
            <Link to={mallettePath(a.code)}>{academieLabel(a.code)}</Link>
          </li>
        ))}
      </ul>
    </>
  );
}
