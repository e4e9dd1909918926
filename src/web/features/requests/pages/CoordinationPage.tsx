import { Link } from 'react-router-dom';
import { StaffRequestList } from '../components/StaffRequestList.tsx';
import { useRequiredSession } from '../../../components/RequireAbility.tsx';
import { spaceGrants } from '../../../components/spaces.ts';
import { usePageTitle } from '../../../components/usePageTitle.ts';
import { formatTerritory } from '../../../format.ts';
import { academieName, elide } from '../../../../shared/territories.ts';
import type { Territory } from '../../../../shared/contracts/auth.ts';

/** How the coordination's reach is said: all of France, an académie, a département, or several. */
function scopeWording(territories: Territory[]): { lead: string; caption: string } {
  if (territories.some((territory) => territory.level === 'national')) {
    return { lead: 'Toutes les demandes, dans toutes les académies', caption: 'Demandes de toutes les académies' };
  }
  const [only] = territories;
  if (territories.length === 1 && only?.level === 'academie') {
    const academie = `l’académie ${elide('de', academieName(only.code))}`;
    return { lead: `Toutes les demandes de ${academie}`, caption: `Demandes de ${academie}` };
  }
  if (territories.length === 1 && only?.level === 'departement') {
    const departement = formatTerritory(only);
    return { lead: `Toutes les demandes de votre département, ${departement}`, caption: `Demandes du département : ${departement}` };
  }
  const list = territories.map(formatTerritory).join(', ');
  return { lead: `Toutes les demandes de vos territoires (${list})`, caption: 'Demandes de vos territoires' };
}

export function CoordinationPage() {
  usePageTitle('Coordination');
  const session = useRequiredSession();
  const wording = scopeWording(spaceGrants(session, 'coordinateRequests').map((grant) => grant.territory));
  return (
    <>
      <h1>Coordination</h1>
      <p className="fr-text--lead">
        {wording.lead}, avec le conseiller qui les traite. Le contenu des demandes confidentielles ne vous est visible que si
        elles vous sont attribuées ou partagées.
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
        {session.abilities.manageOfficeHours && (
          <li>
            <Link className="fr-btn fr-btn--tertiary fr-icon-calendar-line fr-btn--icon-left" to="/mes-permanences">
              Permanences des conseillers
            </Link>
          </li>
        )}
        {session.abilities.planPhoneLine && (
          <li>
            <Link className="fr-btn fr-btn--tertiary fr-icon-phone-line fr-btn--icon-left" to="/permanence-telephonique/planning">
              Planning de permanence téléphonique
            </Link>
          </li>
        )}
        {session.abilities.organiseSessions && (
          <li>
            <Link className="fr-btn fr-btn--tertiary fr-icon-group-line fr-btn--icon-left" to="/ateliers-et-reunions/organisation">
              Ateliers et réunions
            </Link>
          </li>
        )}
        {session.abilities.manageDirectory && (
          <li>
            <Link className="fr-btn fr-btn--tertiary fr-icon-team-line fr-btn--icon-left" to="/annuaire">
              Annuaire
            </Link>
          </li>
        )}
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
        caption={wording.caption}
        showAssignee
        views={['active', 'unassigned', 'overdue', 'due_this_week', 'open', 'in_progress', 'waiting_agent', 'mine', 'closed']}
      />
    </>
  );
}
