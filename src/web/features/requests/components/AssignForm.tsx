import { Button } from '@codegouvfr/react-dsfr/Button';
import { Select } from '@codegouvfr/react-dsfr/Select';
import { useState, type FormEvent } from 'react';
import { useAdvisers } from '../../people/api/people.ts';
import { useRequestAction } from '../api/requests.ts';
import type { RequestDetail } from '../../../../shared/contracts/requests.ts';
import { ErrorAlert } from '../../../components/QueryStates.tsx';

/** Assign, reassign or hand over to a colleague of the request's département. */
export function AssignForm({ request, onDone }: { request: RequestDetail; onDone: (message: string) => void }) {
  const departement = request.departementCode;
  const [adviserId, setAdviserId] = useState('');
  const [error, setError] = useState<string | null>(null);
  const advisers = useAdvisers(departement);
  const action = useRequestAction(request.id);

  const options = (advisers.data ?? []).filter((adviser) => adviser.id !== request.assignee?.id);
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    const chosen = options.find((adviser) => adviser.id === adviserId);
    if (chosen === undefined) {
      setError('Choisissez le conseiller à qui confier la demande.');
      return;
    }
    setError(null);
    action.mutate(
      { type: 'assign', adviserId },
      {
        onSuccess: () => {
          setAdviserId('');
          onDone(`La demande est confiée à ${chosen.displayName}.`);
        },
      },
    );
  };

  return (
    <form
      onSubmit={onSubmit}
      noValidate
      aria-label="Confier la demande à un conseiller"
      className="fr-grid-row fr-grid-row--gutters fr-grid-row--bottom fr-mb-2w"
    >
      <div className="fr-col-12 fr-col-md-5">
        <Select
          label={request.assignee === null ? 'Attribuer à' : 'Confier à un collègue'}
          hint={advisers.isPending ? 'Chargement des conseillers…' : undefined}
          state={error === null ? 'default' : 'error'}
          stateRelatedMessage={error ?? undefined}
          nativeSelectProps={{
            id: 'attribution-conseiller',
            value: adviserId,
            onChange: (event) => setAdviserId(event.target.value),
          }}
        >
          <option value="" disabled>
            Choisissez un conseiller
          </option>
          {options.map((adviser) => (
            <option key={adviser.id} value={adviser.id}>
              {adviser.displayName}
              {adviser.absent ? ' (absent aujourd’hui)' : ''}
            </option>
          ))}
        </Select>
      </div>
      <div className="fr-col-12 fr-col-md-3">
        <Button type="submit" priority="secondary" disabled={action.isPending || options.length === 0}>
          {request.assignee === null ? 'Attribuer' : 'Confier'}
        </Button>
      </div>
      {advisers.isError && (
        <div className="fr-col-12">
          <ErrorAlert error={advisers.error} title="Les conseillers n’ont pas pu être chargés" />
        </div>
      )}
      {action.isError && (
        <div className="fr-col-12">
          <ErrorAlert error={action.error} title="L’attribution n’a pas abouti" />
        </div>
      )}
    </form>
  );
}
