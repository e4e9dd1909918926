import { Link, useParams } from 'react-router-dom';
import { ROLE_SPACES } from '../../../../shared/glossary.ts';
import { isApiError } from '../../../api/client.ts';
import { useRequestDetail } from '../api/requests.ts';
import { ErrorAlert, Loading } from '../../../components/QueryStates.tsx';
import { AgentRequestView } from '../components/AgentRequestView.tsx';
import { StaffRequestView } from '../components/StaffRequestView.tsx';
import { useRequiredSession } from '../../../components/RequireAbility.tsx';
import type { Audience } from '../../../components/StatusBadge.tsx';
import { usePageTitle } from '../../../components/usePageTitle.ts';

/** The list a reader came from: the agent's space, or the first staff space they hold. */
function useBackLink(audience: Audience): { to: string; label: string } {
  const session = useRequiredSession();
  if (audience === 'agent') return { to: ROLE_SPACES.agent.path, label: 'Retour à mes demandes' };
  const staffSpace = session.abilities.adviseRequests ? 'adviser' : session.abilities.coordinateRequests ? 'coordinator' : undefined;
  if (staffSpace === 'coordinator') return { to: ROLE_SPACES.coordinator.path, label: 'Retour à la coordination' };
  return { to: ROLE_SPACES.adviser.path, label: 'Retour à ma file' };
}

/** `/mes-demandes/:id` (agent) and `/demandes/:id` (staff). */
export function RequestPage({ audience }: { audience: Audience }) {
  const { id = '' } = useParams();
  const request = useRequestDetail(id);
  const back = useBackLink(audience);
  usePageTitle(request.data ? `Demande ${request.data.reference}` : 'Demande');

  const backLink = (
    <p>
      <Link to={back.to} className="fr-link fr-icon-arrow-left-line fr-link--icon-left">
        {back.label}
      </Link>
    </p>
  );

  if (request.isPending) {
    return (
      <>
        {backLink}
        <h1>Demande</h1>
        <Loading label="Chargement de la demande…" />
      </>
    );
  }
  if (request.isError) {
    const notFound = isApiError(request.error, 404);
    return (
      <>
        {backLink}
        <h1>{notFound ? 'Demande introuvable' : 'Demande'}</h1>
        {notFound ? (
          <p>Cette demande n’existe pas ou ne vous est pas accessible.</p>
        ) : (
          <ErrorAlert error={request.error} title="La demande n’a pas pu être chargée" />
        )}
      </>
    );
  }
  return (
    <>
      {backLink}
      <h1>{request.data.subject || `Demande ${request.data.reference}`}</h1>
      {audience === 'agent' ? (
        <AgentRequestView key={request.data.id} request={request.data} />
      ) : (
        <StaffRequestView key={request.data.id} request={request.data} />
      )}
    </>
  );
}
