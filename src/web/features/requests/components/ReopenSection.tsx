import { Button } from '@codegouvfr/react-dsfr/Button';
import { Input } from '@codegouvfr/react-dsfr/Input';
import { useState, type FormEvent } from 'react';
import { REOPEN_REASON_MAX } from '../../../../shared/contracts/limits.ts';
import { errorMessages } from '../../../api/client.ts';
import { useRequestAction } from '../api/requests.ts';
import { focusSoon } from '../../../components/ErrorSummary.tsx';
import { tooLongMessage, useCharacterLimit } from './characterLimit.tsx';

const FIELD_ID = 'rouvrir-motif';
const TOO_LONG = tooLongMessage('Le motif', REOPEN_REASON_MAX);

/** « Rouvrir la demande », for whoever the server allows (the agent, or staff), with an optional reason. */
interface Props {
  requestId: string;
  forAgent: boolean;
  /** The section disappears once the request is open again: the page says so. */
  onReopened: (message: string) => void;
}

export function ReopenSection({ requestId, forAgent, onReopened }: Props) {
  const reopen = useRequestAction(requestId);
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | null>(null);
  const limit = useCharacterLimit(FIELD_ID, reason, REOPEN_REASON_MAX);
  const shown = error ?? (limit.tooLong ? TOO_LONG : null);

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    if (limit.tooLong) {
      setError(TOO_LONG);
      return focusSoon(() => document.getElementById(FIELD_ID));
    }
    setError(null);
    const trimmed = reason.trim();
    reopen.mutate(
      { type: 'reopen', ...(trimmed === '' ? {} : { reason: trimmed }) },
      {
        onSuccess: () =>
          onReopened(forAgent ? 'Votre demande est rouverte : votre conseiller en est informé.' : 'La demande est rouverte.'),
        onError: (failure) => {
          setError(errorMessages(failure, 'La demande n’a pas pu être rouverte. Réessayez.').summary);
          focusSoon(() => document.getElementById(FIELD_ID));
        },
      },
    );
  };

  return (
    <form onSubmit={onSubmit} noValidate aria-labelledby="rouvrir-titre" className="fr-mb-6w">
      <h2 id="rouvrir-titre" className="fr-h4">
        {forAgent ? 'Votre demande n’est pas réglée ?' : 'Rouvrir la demande'}
      </h2>
      <p>
        {forAgent
          ? 'Vous pouvez rouvrir votre demande : elle revient à votre conseiller, qui en est informé par courriel.'
          : 'La demande reprend son cours ; si elle est confiée à un autre que vous, il en est informé par courriel.'}
      </p>
      <Input
        label={forAgent ? 'Pourquoi la rouvrez-vous ? (facultatif)' : 'Motif de la réouverture (facultatif)'}
        hintText={
          forAgent
            ? 'Votre conseiller lira ce motif avec votre demande. Il ne figure pas dans le courriel qui le prévient.'
            : 'Le motif est enregistré en note interne : l’agent ne le voit pas.'
        }
        textArea
        state={shown === null ? 'default' : 'error'}
        stateRelatedMessage={shown ?? undefined}
        nativeTextAreaProps={{
          id: FIELD_ID,
          value: reason,
          rows: 3,
          'aria-describedby': limit.describedBy,
          onChange: (event) => {
            setReason(event.target.value);
            setError(null);
          },
        }}
      />
      {limit.counter}
      <Button type="submit" priority="secondary" iconId="fr-icon-refresh-line" disabled={reopen.isPending}>
        Rouvrir la demande
      </Button>
    </form>
  );
}
