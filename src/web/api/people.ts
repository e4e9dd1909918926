import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { apiDownload, apiFetch, isApiError, withQuery } from './client.ts';
import type { Absence, AdviserOption, AgentSearchResult } from './types.ts';

/** A feature whose server part is not there (404) is hidden rather than shown as an error. */
export const isMissingFeature = (error: unknown) => isApiError(error, 404) || isApiError(error, 405);

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

/** The advisers of a département, with whether they are absent today. */
export function useAdvisers(departement: string | undefined) {
  return useQuery({
    queryKey: ['people', 'advisers', departement ?? null],
    queryFn: ({ signal }) =>
      apiFetch<AdviserOption[]>(withQuery('/api/advisers', { departement }), { signal }),
    enabled: departement !== undefined && departement !== '',
    staleTime: 60_000,
  });
}

const absencesKey = ['me', 'absences'] as const;

export function useAbsences() {
  return useQuery({
    queryKey: absencesKey,
    queryFn: ({ signal }) => apiFetch<Absence[]>('/api/me/absences', { signal }),
  });
}

export function useDeclareAbsence() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (period: { startsOn: string; endsOn: string }) =>
      apiFetch<Absence>('/api/me/absences', { method: 'POST', body: period }),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: absencesKey });
      void queryClient.invalidateQueries({ queryKey: ['people', 'advisers'] });
    },
  });
}

export function useDeleteAbsence() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => apiFetch<void>(`/api/me/absences/${encodeURIComponent(id)}`, { method: 'DELETE' }),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: absencesKey });
      void queryClient.invalidateQueries({ queryKey: ['people', 'advisers'] });
    },
  });
}

/** « Mes données » (RGPD) as a JSON file. */
export function useDownloadMyData() {
  return useMutation({
    mutationFn: () => apiDownload('/api/me/data', `mes-donnees-proxirh-${new Date().toISOString().slice(0, 10)}.json`),
  });
}
