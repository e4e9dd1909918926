import { Button } from '@codegouvfr/react-dsfr/Button';
import { Input } from '@codegouvfr/react-dsfr/Input';
import { RadioButtons } from '@codegouvfr/react-dsfr/RadioButtons';
import { useRef, useState, type FormEvent } from 'react';
import { RESPONSE_TYPE_LABELS, RESPONSE_TYPES, type ResponseType } from '../../../../shared/glossary.ts';
import { CLOSE_SUMMARY_MAX } from '../../../../shared/contracts/limits.ts';
import { errorMessages } from '../../../api/client.ts';
import { useRequestAction } from '../api/requests.ts';
import { ErrorSummary, focusSoon, type SummaryItem } from '../../../components/ErrorSummary.tsx';
import { tooLongMessage, useCharacterLimit } from './characterLimit.tsx';

const SUMMARY_TOO_LONG = tooLongMessage('La synthèse', CLOSE_SUMMARY_MAX, 'raccourcissez-la');

const TARGETS: Record<string, { id: string; label: string }> = {
  responseType: { id: 'cloture-type-0', label: 'Type de réponse' },
  summary: { id: 'cloture-synthese', label: 'Synthèse' },
};

/** Closing a request: the type of response given and a summary the agent will read. */
export function CloseForm({ requestId, onClosed }: { requestId: string; onClosed: (message: string) => void }) {
  const [responseType, setResponseType] = useState<ResponseType | ''>('');
  const [summary, setSummary] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const summaryRef = useRef<HTMLDivElement>(null);
  const action = useRequestAction(requestId);
  const limit = useCharacterLimit('cloture-synthese', summary, CLOSE_SUMMARY_MAX);

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    const found: Record<string, string> = {};
    if (responseType === '') found.responseType = 'Choisissez le type de réponse apportée.';
    if (summary.trim() === '') found.summary = 'Résumez la réponse apportée.';
    else if (limit.tooLong) found.summary = SUMMARY_TOO_LONG;
    setErrors(found);
    if (responseType === '' || Object.keys(found).length > 0) return focusSoon(() => summaryRef.current);
    action.mutate(
      { type: 'close', responseType, summary: summary.trim() },
      {
        onSuccess: () => onClosed('La demande est clôturée.'),
        onError: (failure) => {
          const { summary: message, fields } = errorMessages(failure, 'La clôture a échoué.');
          setErrors(Object.keys(fields).length > 0 ? fields : { form: message });
          focusSoon(() => summaryRef.current);
        },
      },
    );
  };

  const items: SummaryItem[] = Object.entries(errors).map(([field, message]) => ({
    message,
    targetId: TARGETS[field]?.id,
    label: TARGETS[field]?.label,
  }));
  const live: Record<string, string> = limit.tooLong ? { summary: SUMMARY_TOO_LONG, ...errors } : errors;
  const stateOf = (field: string) =>
    live[field] === undefined ? {} : { state: 'error' as const, stateRelatedMessage: live[field] };

  return (
    <form onSubmit={onSubmit} noValidate aria-labelledby="cloture-titre" className="fr-mb-6w">
      <h2 id="cloture-titre" className="fr-h4">
        Clôturer la demande
      </h2>
      <ErrorSummary ref={summaryRef} items={items} title="La demande n’a pas pu être clôturée" />
      <RadioButtons
        id="cloture-type"
        legend="Type de réponse apportée"
        name="cloture-type"
        {...stateOf('responseType')}
        options={RESPONSE_TYPES.map((type) => ({
          label: RESPONSE_TYPE_LABELS[type],
          nativeInputProps: {
            value: type,
            checked: responseType === type,
            onChange: () => setResponseType(type),
          },
        }))}
      />
      <Input
        label="Synthèse de la réponse"
        hintText="L’agent lira cette synthèse avec sa demande."
        textArea
        {...stateOf('summary')}
        nativeTextAreaProps={{
          id: 'cloture-synthese',
          value: summary,
          rows: 4,
          'aria-describedby': limit.describedBy,
          onChange: (event) => setSummary(event.target.value),
        }}
      />
      {limit.counter}
      <Button type="submit" disabled={action.isPending} iconId="fr-icon-check-line">
        Clôturer la demande
      </Button>
    </form>
  );
}
