import { Link } from 'react-router-dom';
import { AbsencesSection } from '../../absences/components/AbsencesSection.tsx';
import { StaffRequestList } from '../components/StaffRequestList.tsx';
import { usePageTitle } from '../../../components/usePageTitle.ts';

export function MyQueuePage() {
  usePageTitle('Ma file');
  return (
    <>
      <h1>Ma file</h1>
      <p className="fr-text--lead">
        Les demandes qui vous sont attribuées et celles de la file partagée de votre territoire, la plus proche de son
        échéance en premier.
      </p>
      <ul className="fr-btns-group fr-btns-group--inline-md fr-btns-group--icon-left">
        <li>
          <Link className="fr-btn fr-btn--secondary fr-icon-phone-line fr-btn--icon-left" to="/ma-file/nouvelle-demande">
            Enregistrer un appel
          </Link>
        </li>
        <li>
          <Link className="fr-btn fr-btn--tertiary fr-icon-line-chart-line fr-btn--icon-left" to="/pilotage">
            Rapport d’activité de mes demandes
          </Link>
        </li>
        <li>
          <Link className="fr-btn fr-btn--tertiary fr-icon-calendar-line fr-btn--icon-left" to="/mes-rendez-vous">
            Mes rendez-vous
          </Link>
        </li>
        <li>
          <Link className="fr-btn fr-btn--tertiary fr-icon-calendar-2-line fr-btn--icon-left" to="/agenda">
            Mon agenda
          </Link>
        </li>
        <li>
          <Link className="fr-btn fr-btn--tertiary fr-icon-calendar-event-line fr-btn--icon-left" to="/mes-permanences">
            Mes permanences
          </Link>
        </li>
        <li>
          <Link className="fr-btn fr-btn--tertiary fr-icon-phone-line fr-btn--icon-left" to="/permanence-telephonique">
            Permanence téléphonique
          </Link>
        </li>
        <li>
          <Link className="fr-btn fr-btn--tertiary fr-icon-group-line fr-btn--icon-left" to="/ateliers-et-reunions/organisation">
            Ateliers et réunions
          </Link>
        </li>
      </ul>
      <StaffRequestList
        id="ma-file"
        caption="Demandes de ma file"
        showAssignee
        views={['active', 'mine', 'unread', 'open', 'in_progress', 'waiting_agent', 'overdue', 'due_this_week', 'closed']}
      />
      <AbsencesSection />
    </>
  );
}
