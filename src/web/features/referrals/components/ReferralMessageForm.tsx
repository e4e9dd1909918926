import { Button } from '@codegouvfr/react-dsfr/Button';
import { Input } from '@codegouvfr/react-dsfr/Input';
import { useState, type FormEvent } from 'react';
import { MESSAGE_BODY_MAX } from '../../../../shared/contracts/limits.ts';
import { errorMessages } from '../../../api/client.ts';
import { focusSoon } from '../../../components/ErrorSummary.tsx';
import { tooLongMessage, useCharacterLimit } from '../../requests/components/characterLimit.tsx';

const TOO_LONG = tooLongMessage('Le message', MESSAGE_BODY_MAX);

interface Props {
  /** Prefix of the field's ids (unique on the page). */
  id: string;
  label: string;
  hint: string;
  submitLabel: string;
  successMessage: string;
  busy: boolean;
  send: (body: string) => Promise<unknown>;
}

/** A message about one referral, to the contact point or to the adviser: one text, one button. */
export function ReferralMessageForm({ id, label, hint, submitLabel, successMessage, busy, send }: Props) {
  const [body, setBody] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState('');
  const fieldId = `${id}-texte`;
  const limit = useCharacterLimit(fieldId, body, MESSAGE_BODY_MAX);
  const shown = error ?? (limit.tooLong ? TOO_LONG : null);

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    setDone('');
    const problem = body.trim() === '' ? 'Écrivez votre message.' : limit.tooLong ? TOO_LONG : null;
    if (problem !== null) {
      setError(problem);
      return focusSoon(() => document.getElementById(fieldId));
    }
    setError(null);
    send(body.trim()).then(
      () => {
        setBody('');
        setDone(successMessage);
      },
      (failure: unknown) => {
        setError(errorMessages(failure, 'Le message n’a pas pu être envoyé. Réessayez.').summary);
        focusSoon(() => document.getElementById(fieldId));
      },
    );
  };

  return (
    <form onSubmit={onSubmit} noValidate className="fr-mb-3w">
      <Input
        label={label}
        hintText={hint}
        textArea
        state={shown === null ? 'default' : 'error'}
        stateRelatedMessage={shown ?? undefined}
        nativeTextAreaProps={{
          id: fieldId,
          value: body,
          rows: 3,
          'aria-describedby': limit.describedBy,
          onChange: (event) => {
            setBody(event.target.value);
            setError(null);
          },
        }}
      />
      {limit.counter}
      <Button type="submit" priority="secondary" iconId="fr-icon-mail-line" disabled={busy}>
        {submitLabel}
      </Button>
      <p role="status" aria-live="polite" className="fr-mt-1w fr-mb-0 fr-text--sm">
        {busy ? 'Envoi en cours…' : done}
      </p>
    </form>
  );
}
