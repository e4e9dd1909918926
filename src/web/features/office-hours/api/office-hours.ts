import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { apiFetch, withQuery } from '../../../api/client.ts';
import type {
  CreateOfficeHourBody, OfficeHour, OfficeHours, OfficeHoursQuery, UpdateOfficeHourBody,
} from '../../../../shared/contracts/appointments.ts';

/** Every office-hours list; the free slots (under « appointments ») change with them too. */
const officeHoursKey = ['office-hours'] as const;

/** The office hours the person manages: their own (adviser), those of their territory's advisers (coordinator). */
export function useOfficeHours(query: OfficeHoursQuery) {
  return useQuery({
    queryKey: [...officeHoursKey, query],
    queryFn: ({ signal }) => apiFetch<OfficeHours>(withQuery('/api/office-hours', { ...query }), { signal }),
  });
}

function useRefresh() {
  const queryClient = useQueryClient();
  return () => {
    void queryClient.invalidateQueries({ queryKey: officeHoursKey });
    void queryClient.invalidateQueries({ queryKey: ['appointments', 'slots'] });
  };
}

export function useCreateOfficeHour() {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: (body: CreateOfficeHourBody) => apiFetch<OfficeHour>('/api/office-hours', { method: 'POST', body }),
    onSuccess: refresh,
  });
}

export function useUpdateOfficeHour() {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: ({ id, body }: { id: string; body: UpdateOfficeHourBody }) =>
      apiFetch<OfficeHour>(`/api/office-hours/${encodeURIComponent(id)}`, { method: 'PATCH', body }),
    onSuccess: refresh,
  });
}

export function useCloseOfficeHour() {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: (id: string) => apiFetch<OfficeHour>(`/api/office-hours/${encodeURIComponent(id)}/close`, { method: 'POST' }),
    onSuccess: refresh,
  });
}
