import { Alert } from '@codegouvfr/react-dsfr/Alert';
import { Button } from '@codegouvfr/react-dsfr/Button';
import { Input } from '@codegouvfr/react-dsfr/Input';
import { useState, type FormEvent } from 'react';
import { BREAK_GLASS_JUSTIFICATION_MAX, BREAK_GLASS_JUSTIFICATION_MIN as MIN } from '../../../../shared/contracts/limits.ts';
import { ApiError, isApiError } from '../../../api/client.ts';
import { useRequestAction } from '../api/requests.ts';
import { focusSoon } from '../../../components/ErrorSummary.tsx';
import { tooLongMessage, useCharacterLimit } from './characterLimit.tsx';

const TOO_LONG = tooLongMessage('La justification', BREAK_GLASS_JUSTIFICATION_MAX, 'raccourcissez-la');

const FIELD_ID = 'ouverture-motif';

/**
 * « Ouverture exceptionnelle »: a coordinator reads a sensitive request that is not theirs,
 * for a reason written down. Audited, shown to the agent, reported to the administrator.
 */
export function BreakGlassForm({ requestId, onOpened }: { requestId: string; onOpened: (message: string) => void }) {
  const [justification, setJustification] = useState('');
  const [error, setError] = useState<string | null>(null);
  const action = useRequestAction(requestId);
  const length = justification.trim().length;
  const limit = useCharacterLimit(FIELD_ID, justification, BREAK_GLASS_JUSTIFICATION_MAX);
  const shown = error ?? (limit.tooLong ? TOO_LONG : null);

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    if (length < MIN) {
      setError(`Justifiez l’ouverture en ${MIN} caractères au moins (${length} pour l’instant).`);
      return focusSoon(() => document.getElementById(FIELD_ID));
    }
    if (limit.tooLong) {
      setError(TOO_LONG);
      return focusSoon(() => document.getElementById(FIELD_ID));
    }
    setError(null);
    action.mutate(
      { type: 'breakGlass', justification: justification.trim() },
      {
        onSuccess: () => onOpened('Ouverture exceptionnelle enregistrée : le contenu de la demande est affiché.'),
        onError: (failure) => {
          setError(
            isApiError(failure) && failure.errors[0] !== undefined
              ? failure.errors[0].message
              : failure instanceof ApiError
                ? failure.detail
                : 'L’ouverture a échoué.',
          );
          focusSoon(() => document.getElementById(FIELD_ID));
        },
      },
    );
  };

  return (
    <form onSubmit={onSubmit} noValidate aria-labelledby="ouverture-titre" className="fr-mb-6w">
      <h3 id="ouverture-titre" className="fr-h5">
        Ouverture exceptionnelle
      </h3>
      <Alert
        severity="warning"
        small
        className="fr-mb-2w"
        description="Cette ouverture est enregistrée dans le journal d’audit avec votre justification, signalée à l’agent dans « Qui a consulté ma demande ? » et rapportée à l’administrateur. N’y recourez que si la situation l’exige."
      />
      <Input
        label="Justification de l’ouverture"
        hintText={`Pourquoi devez-vous lire cette demande ? ${MIN} caractères au moins.`}
        textArea
        state={shown === null ? 'default' : 'error'}
        stateRelatedMessage={shown ?? undefined}
        nativeTextAreaProps={{
          id: FIELD_ID,
          value: justification,
          rows: 3,
          'aria-describedby': limit.describedBy,
          onChange: (event) => {
            setJustification(event.target.value);
            setError(null);
          },
        }}
      />
      {limit.counter}
      <Button type="submit" priority="secondary" disabled={action.isPending} iconId="fr-icon-lock-unlock-line">
        Ouvrir la demande
      </Button>
    </form>
  );
}
