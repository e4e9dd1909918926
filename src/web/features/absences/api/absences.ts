import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { Absence, DeclareAbsenceBody } from '../../../../shared/contracts/absences.ts';
import { apiFetch } from '../../../api/client.ts';
import { advisersKey } from '../../people/api/people.ts';

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
    mutationFn: (period: DeclareAbsenceBody) => apiFetch<Absence>('/api/me/absences', { method: 'POST', body: period }),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: absencesKey });
      void queryClient.invalidateQueries({ queryKey: advisersKey });
    },
  });
}

export function useWithdrawAbsence() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => apiFetch<void>(`/api/me/absences/${encodeURIComponent(id)}`, { method: 'DELETE' }),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: absencesKey });
      void queryClient.invalidateQueries({ queryKey: advisersKey });
    },
  });
}
