import { Button } from '@codegouvfr/react-dsfr/Button';
import { Input } from '@codegouvfr/react-dsfr/Input';
import { useState, type FormEvent } from 'react';
import { MESSAGE_BODY_MAX } from '../../../../shared/contracts/limits.ts';
import { ApiError, isApiError } from '../../../api/client.ts';
import { useRequestAction } from '../api/requests.ts';
import { focusSoon } from '../../../components/ErrorSummary.tsx';
import { tooLongMessage, useCharacterLimit } from './characterLimit.tsx';

interface Props {
  requestId: string;
  kind: 'message' | 'note';
  id: string;
  title: string;
  label: string;
  hint?: string;
  submitLabel: string;
  successMessage: string;
}

/** A reply to the agent (or to the service), or an internal note: one text, one button. */
export function MessageForm({ requestId, kind, id, title, label, hint, submitLabel, successMessage }: Props) {
  const [body, setBody] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState('');
  const action = useRequestAction(requestId);
  const fieldId = `${id}-texte`;
  const limit = useCharacterLimit(fieldId, body, MESSAGE_BODY_MAX);
  const tooLong = kind === 'note'
    ? tooLongMessage('La note', MESSAGE_BODY_MAX, 'raccourcissez-la')
    : tooLongMessage('Le message', MESSAGE_BODY_MAX);
  const shown = error ?? (limit.tooLong ? tooLong : null);

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    setDone('');
    if (body.trim() === '') {
      setError(kind === 'note' ? 'Écrivez le texte de la note.' : 'Écrivez votre message.');
      return focusSoon(() => document.getElementById(fieldId));
    }
    if (limit.tooLong) {
      setError(tooLong);
      return focusSoon(() => document.getElementById(fieldId));
    }
    setError(null);
    action.mutate(
      { type: kind, body: body.trim() },
      {
        onSuccess: () => {
          setBody('');
          setDone(successMessage);
        },
        onError: (failure) => {
          setError(
            isApiError(failure) && failure.errors[0] !== undefined
              ? failure.errors[0].message
              : failure instanceof ApiError
                ? failure.detail
                : 'L’envoi a échoué. Réessayez.',
          );
          focusSoon(() => document.getElementById(fieldId));
        },
      },
    );
  };

  return (
    <form onSubmit={onSubmit} noValidate aria-labelledby={`${id}-titre`} className="fr-mb-6w">
      <h2 id={`${id}-titre`} className="fr-h4">
        {title}
      </h2>
      <Input
        label={label}
        hintText={hint}
        textArea
        state={shown === null ? 'default' : 'error'}
        stateRelatedMessage={shown ?? undefined}
        nativeTextAreaProps={{
          id: fieldId,
          value: body,
          rows: 5,
          'aria-describedby': limit.describedBy,
          onChange: (event) => {
            setBody(event.target.value);
            setError(null);
          },
        }}
      />
      {limit.counter}
      <Button type="submit" disabled={action.isPending} priority={kind === 'note' ? 'secondary' : 'primary'}>
        {submitLabel}
      </Button>
      <p role="status" aria-live="polite" className="fr-mt-2w fr-text--sm">
        {action.isPending ? 'Envoi en cours…' : done}
      </p>
    </form>
  );
}
