import { Link } from 'react-router-dom';
import { StaffRequestList } from '../components/StaffRequestList.tsx';
import { useRequiredSession } from '../../../components/RequireAbility.tsx';
import { spaceGrants } from '../../../components/spaces.ts';
import { usePageTitle } from '../../../components/usePageTitle.ts';
import { formatTerritory } from '../../../format.ts';

export function CoordinationPage() {
  usePageTitle('Coordination');
  const session = useRequiredSession();
  const territories = spaceGrants(session, 'coordinateRequests').map((grant) => formatTerritory(grant.territory));
  return (
    <>
      <h1>Coordination</h1>
      <p className="fr-text--lead">
        Toutes les demandes de votre périmètre ({territories.join(', ')}), avec le conseiller qui les traite. Le contenu
        des demandes confidentielles n’est visible que si elles vous sont attribuées ou partagées.
      </p>
      <ul className="fr-btns-group fr-btns-group--inline-md fr-btns-group--icon-left">
        <li>
          <Link className="fr-btn fr-btn--secondary fr-icon-phone-line fr-btn--icon-left" to="/ma-file/nouvelle-demande">
            Enregistrer un appel
          </Link>
        </li>
        <li>
          <Link className="fr-btn fr-btn--tertiary fr-icon-line-chart-line fr-btn--icon-left" to="/pilotage">
            Rapport d’activité
          </Link>
        </li>
        {/* The free text of the surveys: for the académie's own coordinator only. */}
        {session.abilities.readSurveyComments && (
          <li>
            <Link className="fr-btn fr-btn--tertiary fr-icon-chat-3-line fr-btn--icon-left" to="/coordination/avis">
              Avis des agents
            </Link>
          </li>
        )}
        {session.abilities.manageSurveyPanels && (
          <li>
            <Link className="fr-btn fr-btn--tertiary fr-icon-survey-line fr-btn--icon-left" to="/enquete-nationale">
              Enquête nationale
            </Link>
          </li>
        )}
      </ul>
      <StaffRequestList
        id="coordination"
        caption="Demandes de l’académie"
        showAssignee
        views={['active', 'unassigned', 'overdue', 'due_this_week', 'open', 'in_progress', 'waiting_agent', 'mine', 'closed']}
      />
    </>
  );
}
