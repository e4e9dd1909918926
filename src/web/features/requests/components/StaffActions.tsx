import { Button } from '@codegouvfr/react-dsfr/Button';
import { useState } from 'react';
import { useRequestAction, type RequestAction } from '../api/requests.ts';
import type { RequestDetail } from '../../../../shared/contracts/requests.ts';
import { ErrorAlert } from '../../../components/QueryStates.tsx';
import { useRequiredSession } from '../../../components/RequireAbility.tsx';
import { AssignForm } from './AssignForm.tsx';

/**
 * What staff do to move a request along: take it, hand it over, change its status. Each
 * button appears only when the server says the action is allowed.
 */
export function StaffActions({ request }: { request: RequestDetail }) {
  const session = useRequiredSession();
  const { abilities } = request;
  const action = useRequestAction(request.id);
  const [message, setMessage] = useState('');
  const closed = request.status === 'closed';

  const run = (payload: RequestAction, success: string) => {
    setMessage('');
    action.mutate(payload, { onSuccess: () => setMessage(success) });
  };
  const showStatus = abilities.changeStatus && !closed;
  const showTake = abilities.take && request.assignee?.id !== session.user.id;
  if (!showStatus && !showTake && abilities.assign !== true) return null;

  return (
    <section aria-labelledby="actions-titre" className="fr-mb-6w">
      <h2 id="actions-titre" className="fr-h4">
        Suivi de la demande
      </h2>
      <ul className="fr-btns-group fr-btns-group--inline-md fr-btns-group--icon-left">
        {showTake && (
          <li>
            <Button
              iconId="fr-icon-user-add-line"
              disabled={action.isPending}
              onClick={() => run({ type: 'assign', adviserId: session.user.id }, 'La demande vous est attribuée.')}
            >
              Prendre la demande
            </Button>
          </li>
        )}
        {showStatus && request.status !== 'in_progress' && (
          <li>
            <Button
              priority="secondary"
              iconId="fr-icon-play-line"
              disabled={action.isPending}
              onClick={() => run({ type: 'status', status: 'in_progress' }, 'La demande est maintenant « En cours ».')}
            >
              Passer en cours
            </Button>
          </li>
        )}
        {showStatus && request.status !== 'waiting_agent' && (
          <li>
            <Button
              priority="secondary"
              iconId="fr-icon-time-line"
              disabled={action.isPending}
              onClick={() =>
                run({ type: 'status', status: 'waiting_agent' }, 'La demande est maintenant « En attente de l’agent ».')
              }
            >
              En attente de l’agent
            </Button>
          </li>
        )}
      </ul>
      {abilities.assign && <AssignForm request={request} onDone={setMessage} />}
      <p role="status" aria-live="polite" className="fr-text--sm">
        {action.isPending ? 'Enregistrement…' : message}
      </p>
      {action.isError && <ErrorAlert error={action.error} title="L’action n’a pas abouti" />}
    </section>
  );
}
