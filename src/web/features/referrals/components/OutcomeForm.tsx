import { Button } from '@codegouvfr/react-dsfr/Button';
import { Input } from '@codegouvfr/react-dsfr/Input';
import { RadioButtons } from '@codegouvfr/react-dsfr/RadioButtons';
import { useRef, useState, type FormEvent } from 'react';
import { REFERRAL_OUTCOME_LABELS, REFERRAL_OUTCOMES } from '../../../../shared/glossary.ts';
import type { ReferralOutcome } from '../../../../shared/contracts/orientation.ts';
import { REFERRAL_NOTE_MAX } from '../../../../shared/contracts/limits.ts';
import { errorMessages } from '../../../api/client.ts';
import { ErrorSummary, focusSoon, type SummaryItem } from '../../../components/ErrorSummary.tsx';
import { tooLongMessage, useCharacterLimit } from '../../requests/components/characterLimit.tsx';
import { useReceivedReferralAction } from '../api/referrals.ts';

const SUMMARY_TOO_LONG = tooLongMessage('La synthèse', REFERRAL_NOTE_MAX, 'raccourcissez-la');
const TARGETS: Record<string, { id: string; label: string }> = {
  outcome: { id: 'suite-resultat-0', label: 'Suite donnée' },
  summary: { id: 'suite-synthese', label: 'Synthèse' },
};

/** The target records what came of the referral: the outcome, and a summary for the adviser. */
export function OutcomeForm({ referralId, onDone }: { referralId: string; onDone: (message: string) => void }) {
  const [outcome, setOutcome] = useState<ReferralOutcome | ''>('');
  const [summary, setSummary] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const summaryRef = useRef<HTMLDivElement>(null);
  const action = useReceivedReferralAction(referralId);
  const limit = useCharacterLimit('suite-synthese', summary, REFERRAL_NOTE_MAX);

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    const found: Record<string, string> = {};
    if (outcome === '') found.outcome = 'Choisissez la suite donnée à l’orientation.';
    if (summary.trim() === '') found.summary = 'Résumez en quelques lignes ce qui a été fait pour l’agent.';
    else if (limit.tooLong) found.summary = SUMMARY_TOO_LONG;
    setErrors(found);
    if (outcome === '' || Object.keys(found).length > 0) return focusSoon(() => summaryRef.current);
    action.mutate(
      { type: 'outcome', outcome, summary: summary.trim() },
      {
        onSuccess: () => onDone('La suite donnée est enregistrée : le conseiller en est informé.'),
        onError: (failure) => {
          const { summary: message, fields } = errorMessages(failure, 'La suite donnée n’a pas pu être enregistrée.');
          setErrors(Object.keys(fields).length > 0 ? fields : { form: message });
          focusSoon(() => summaryRef.current);
        },
      },
    );
  };

  const items: SummaryItem[] = Object.entries(errors).map(([field, message]) => ({
    message, targetId: TARGETS[field]?.id, label: TARGETS[field]?.label,
  }));
  const live: Record<string, string> = limit.tooLong ? { summary: SUMMARY_TOO_LONG, ...errors } : errors;
  const stateOf = (field: string) => (live[field] === undefined ? {} : { state: 'error' as const, stateRelatedMessage: live[field] });

  return (
    <form onSubmit={onSubmit} noValidate aria-labelledby="suite-titre" className="fr-mb-6w">
      <h2 id="suite-titre" className="fr-h4">Indiquer la suite donnée</h2>
      <p className="fr-text--sm">
        Le conseiller qui a orienté la demande lit la suite et la synthèse ; l’agent voit seulement la suite donnée, pas la
        synthèse.
      </p>
      <ErrorSummary ref={summaryRef} items={items} title="La suite donnée n’a pas pu être enregistrée" />
      <RadioButtons
        id="suite-resultat"
        legend="Suite donnée"
        name="suite-resultat"
        {...stateOf('outcome')}
        options={REFERRAL_OUTCOMES.map((candidate) => ({
          label: REFERRAL_OUTCOME_LABELS[candidate],
          nativeInputProps: { value: candidate, checked: outcome === candidate, onChange: () => setOutcome(candidate) },
        }))}
      />
      <Input
        label="Synthèse pour le conseiller"
        hintText="Ce qui a été fait ou proposé à l’agent, et ce qui reste éventuellement à faire."
        textArea
        {...stateOf('summary')}
        nativeTextAreaProps={{
          id: 'suite-synthese',
          value: summary,
          rows: 4,
          'aria-describedby': limit.describedBy,
          onChange: (event) => setSummary(event.target.value),
        }}
      />
      {limit.counter}
      <Button type="submit" iconId="fr-icon-check-line" disabled={action.isPending}>
        Enregistrer la suite donnée
      </Button>
    </form>
  );
}
