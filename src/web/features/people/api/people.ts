import { useQuery } from '@tanstack/react-query';
import type { AdviserOption, AgentSearchResult } from '../../../../shared/contracts/people.ts';
import { apiFetch, withQuery } from '../../../api/client.ts';

/** Agents of the staff member's territory whose name or e-mail starts with `q` (at least 2 letters). */
export function useAgentSearch(q: string) {
  const term = q.trim();
  return useQuery({
    queryKey: ['people', 'agents', term],
    queryFn: ({ signal }) => apiFetch<AgentSearchResult[]>(withQuery('/api/agents', { q: term }), { signal }),
    enabled: term.length >= 2,
    staleTime: 60_000,
  });
}

/** The query key of every advisers list: an absence declared or withdrawn changes who is absent. */
export const advisersKey = ['people', 'advisers'] as const;

/** The advisers of a département, with whether they are absent today. */
export function useAdvisers(departement: string | undefined) {
  return useQuery({
    queryKey: [...advisersKey, departement ?? null],
    queryFn: ({ signal }) =>
      apiFetch<AdviserOption[]>(withQuery('/api/advisers', { departement }), { signal }),
    enabled: departement !== undefined && departement !== '',
    staleTime: 60_000,
  });
}
