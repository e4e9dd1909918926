import { Button } from '@codegouvfr/react-dsfr/Button';
import { Input } from '@codegouvfr/react-dsfr/Input';
import { useState } from 'react';
import { REFERRAL_REASON_MAX } from '../../../../shared/contracts/limits.ts';
import { errorMessages } from '../../../api/client.ts';
import { ConfirmDialog } from '../../../components/ConfirmDialog.tsx';
import { focusSoon } from '../../../components/ErrorSummary.tsx';
import { ErrorAlert } from '../../../components/QueryStates.tsx';
import { tooLongMessage, useCharacterLimit } from '../../requests/components/characterLimit.tsx';
import { useReceivedReferralAction } from '../api/referrals.ts';

const REASON_ID = 'refus-motif';
const REASON_TOO_LONG = tooLongMessage('Le motif', REFERRAL_REASON_MAX);

/** Accept or decline a referral just received; declining asks for the reason, which the adviser reads. */
export function TargetDecisions({ referralId, mayAccept, mayDecline, onDone }: {
  referralId: string; mayAccept: boolean; mayDecline: boolean; onDone: (message: string) => void;
}) {
  const action = useReceivedReferralAction(referralId);
  const [declining, setDeclining] = useState(false);
  const [reason, setReason] = useState('');
  const [reasonError, setReasonError] = useState<string | null>(null);
  const limit = useCharacterLimit(REASON_ID, reason, REFERRAL_REASON_MAX);
  const shown = reasonError ?? (limit.tooLong ? REASON_TOO_LONG : null);
  if (!mayAccept && !mayDecline) return null;

  const accept = () => action.mutate({ type: 'accept' }, { onSuccess: () => onDone('Vous avez accepté l’orientation : le conseiller en est informé.') });
  const decline = () => {
    const problem = reason.trim() === '' ? 'Indiquez pourquoi vous déclinez cette orientation.' : limit.tooLong ? REASON_TOO_LONG : null;
    if (problem !== null) {
      setReasonError(problem);
      return focusSoon(() => document.getElementById(REASON_ID));
    }
    action.mutate({ type: 'decline', reason: reason.trim() }, {
      onSuccess: () => {
        setDeclining(false);
        onDone('Vous avez décliné l’orientation : le conseiller en est informé, avec votre motif.');
      },
      onError: (failure) => {
        setReasonError(errorMessages(failure, 'L’orientation n’a pas pu être déclinée. Réessayez.').summary);
        focusSoon(() => document.getElementById(REASON_ID));
      },
    });
  };

  return (
    <section aria-labelledby="decision-titre" className="fr-mb-6w">
      <h2 id="decision-titre" className="fr-h4">Accepter ou décliner</h2>
      <p className="fr-text--sm">
        Acceptez si la demande relève de vous : le conseiller en est informé. Sinon, déclinez en expliquant pourquoi, pour qu’il
        puisse orienter l’agent ailleurs.
      </p>
      <ul className="fr-btns-group fr-btns-group--inline-md fr-btns-group--icon-left">
        {mayAccept && (
          <li>
            <Button iconId="fr-icon-check-line" disabled={action.isPending} onClick={accept}>
              Accepter l’orientation
            </Button>
          </li>
        )}
        {mayDecline && (
          <li>
            <Button priority="secondary" iconId="fr-icon-close-line" disabled={action.isPending} onClick={() => { action.reset(); setDeclining(true); }}>
              Décliner
            </Button>
          </li>
        )}
      </ul>
      {action.isError && !declining && <ErrorAlert error={action.error} title="L’orientation n’a pas pu être acceptée" />}
      <ConfirmDialog
        open={declining}
        title="Décliner l’orientation"
        confirmLabel="Décliner l’orientation"
        busy={action.isPending}
        onConfirm={decline}
        onCancel={() => { setDeclining(false); setReasonError(null); }}
      >
        <p>Le conseiller qui a orienté la demande lira votre motif ; l’agent ne le verra pas.</p>
        <Input
          label="Motif du refus"
          hintText="Par exemple : la demande relève d’un autre service, qu’il vaut mieux contacter."
          textArea
          state={shown === null ? 'default' : 'error'}
          stateRelatedMessage={shown ?? undefined}
          nativeTextAreaProps={{
            id: REASON_ID,
            value: reason,
            rows: 4,
            required: true,
            'aria-describedby': limit.describedBy,
            onChange: (event) => { setReason(event.target.value); setReasonError(null); },
          }}
        />
        {limit.counter}
      </ConfirmDialog>
    </section>
  );
}
