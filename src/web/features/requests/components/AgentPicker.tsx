import { Button } from '@codegouvfr/react-dsfr/Button';
import { Input } from '@codegouvfr/react-dsfr/Input';
import { useEffect, useRef, useState } from 'react';
import { useAgentSearch } from '../../people/api/people.ts';
import type { AgentSearchResult } from '../../../../shared/contracts/people.ts';
import { focusSoon } from '../../../components/ErrorSummary.tsx';
import { ErrorAlert } from '../../../components/QueryStates.tsx';

interface Props {
  idPrefix: string;
  selected: AgentSearchResult | null;
  onSelect: (agent: AgentSearchResult | null) => void;
  error?: string;
}

/** Waits for the typing to pause before asking the server. */
function useDebounced(value: string, delay = 300): string {
  const [debounced, setDebounced] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setDebounced(value), delay);
    return () => clearTimeout(timer);
  }, [value, delay]);
  return debounced;
}

const describe = (agent: AgentSearchResult) =>
  [agent.email, agent.establishmentName, agent.departementCode ? `département ${agent.departementCode}` : null]
    .filter(Boolean)
    .join(' · ');

/** Staff find the agent who called, among the agents of their territory. */
export function AgentPicker({ idPrefix, selected, onSelect, error }: Props) {
  const [term, setTerm] = useState('');
  const search = useAgentSearch(useDebounced(term));
  const results = search.data ?? [];
  const searchId = `${idPrefix}-agent-search`;
  const chosenRef = useRef<HTMLParagraphElement>(null);
  const choose = (agent: AgentSearchResult | null) => {
    onSelect(agent);
    if (agent === null) focusSoon(() => document.getElementById(searchId));
    else focusSoon(() => chosenRef.current);
  };

  if (selected !== null) {
    return (
      <div className="fr-mb-4w">
        <p ref={chosenRef} tabIndex={-1} className="fr-text--bold fr-mb-1v">
          Agent concerné
        </p>
        <p className="fr-mb-1w">
          {selected.displayName} <span className="fr-hint-text">{describe(selected)}</span>
        </p>
        <Button type="button" size="small" priority="secondary" onClick={() => choose(null)}>
          Changer d’agent
        </Button>
      </div>
    );
  }

  return (
    <div className="fr-mb-4w">
      <Input
        label="Agent concerné"
        hintText="Saisissez au moins deux lettres du nom ou du courriel de l’agent, puis choisissez-le dans la liste."
        state={error === undefined ? 'default' : 'error'}
        stateRelatedMessage={error}
        nativeInputProps={{
          id: searchId,
          type: 'search',
          value: term,
          autoComplete: 'off',
          onChange: (event) => setTerm(event.target.value),
          // Enter searches; it never submits the request form around.
          onKeyDown: (event) => {
            if (event.key === 'Enter') event.preventDefault();
          },
        }}
      />
      <p role="status" aria-live="polite" className="fr-text--sm">
        {term.trim().length < 2
          ? ''
          : search.isFetching
            ? 'Recherche en cours…'
            : search.isSuccess
              ? results.length === 0
                ? 'Aucun agent de votre territoire ne correspond.'
                : `${results.length === 1 ? '1 agent trouvé' : `${results.length} agents trouvés`}${results.length === 20 ? ' (les 20 premiers : précisez la recherche)' : ''}.`
              : ''}
      </p>
      {search.isError && <ErrorAlert error={search.error} title="La recherche a échoué" />}
      {results.length > 0 && (
        <ul className="fr-raw-list" aria-label="Agents trouvés">
          {results.map((agent) => (
            <li key={agent.id} className="fr-py-1w" style={{ borderBottom: '1px solid var(--border-default-grey)' }}>
              <span className="fr-text--bold">{agent.displayName}</span>{' '}
              <span className="fr-hint-text fr-mb-1v">{describe(agent)}</span>
              <Button type="button" size="small" priority="secondary" onClick={() => choose(agent)}>
                Choisir<span className="fr-sr-only"> {agent.displayName}</span>
              </Button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
