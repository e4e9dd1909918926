import { Button } from '@codegouvfr/react-dsfr/Button';
import { useRequestAction } from '../api/requests.ts';
import { ErrorAlert } from '../../../components/QueryStates.tsx';

/** « Rouvrir la demande », for whoever the server allows (the agent, or staff). */
interface Props {
  requestId: string;
  forAgent: boolean;
  /** The section disappears once the request is open again: the page says so. */
  onReopened: (message: string) => void;
}

export function ReopenSection({ requestId, forAgent, onReopened }: Props) {
  const reopen = useRequestAction(requestId);
  return (
    <section aria-labelledby="rouvrir-titre" className="fr-mb-6w">
      <h2 id="rouvrir-titre" className="fr-h4">
        {forAgent ? 'Votre demande n’est pas réglée ?' : 'Rouvrir la demande'}
      </h2>
      <p>
        {forAgent
          ? 'Vous pouvez rouvrir votre demande : elle revient à votre conseiller.'
          : 'La demande reprend son cours ; l’agent en est informé.'}
      </p>
      <Button
        priority="secondary"
        iconId="fr-icon-refresh-line"
        disabled={reopen.isPending}
        onClick={() => reopen.mutate({ type: 'reopen' }, { onSuccess: () => onReopened('La demande est rouverte.') })}
      >
        Rouvrir la demande
      </Button>
      {reopen.isError && <ErrorAlert error={reopen.error} title="La demande n’a pas pu être rouverte" />}
    </section>
  );
}
