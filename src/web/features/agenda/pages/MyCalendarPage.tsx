import { Link } from 'react-router-dom';
import { useRequiredSession } from '../../../components/RequireAbility.tsx';
import { usePageTitle } from '../../../components/usePageTitle.ts';
import { CalendarFeedPanel } from '../components/CalendarFeedPanel.tsx';
import { EarlierSlotWishes } from '../components/EarlierSlotWishes.tsx';

/**
 * `/mes-rendez-vous/calendrier`: for an agent, the wishes of an earlier slot (the offers mailed
 * link here) and the private calendar feed; for an adviser, the feed (their agenda has it too).
 */
export function MyCalendarPage() {
  const session = useRequiredSession();
  const asAgent = session.abilities.submitRequests && !session.abilities.adviseRequests;
  usePageTitle(asAgent ? 'Créneaux plus tôt et agenda' : 'Mon agenda dans mon calendrier');
  const departement = session.roles.find((g) => g.role === 'agent' && g.territory.level === 'departement')?.territory.code ?? '';
  return (
    <>
      <Link to="/mes-rendez-vous" className="fr-link fr-icon-arrow-left-line fr-link--icon-left">Retour à mes rendez-vous</Link>
      <h1 className="fr-mt-3w">{asAgent ? 'Créneaux plus tôt et agenda' : 'Mon agenda dans mon calendrier'}</h1>
      {asAgent && <EarlierSlotWishes defaultDepartement={departement} />}
      <CalendarFeedPanel asAdviser={!asAgent} />
    </>
  );
}
