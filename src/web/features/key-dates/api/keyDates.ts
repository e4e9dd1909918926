import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { apiFetch, withQuery } from '../../../api/client.ts';
import type { KeyDate, KeyDateBody, KeyDates, KeyDatesQuery, MyKeyDates, UpdateKeyDateBody } from '../../../../shared/contracts/key-dates.ts';

const keyDatesKey = ['key-dates'] as const;

/** The public key dates of an académie (and the national ones), for a category of staff. */
export function useKeyDates(query: KeyDatesQuery) {
  return useQuery({
    queryKey: [...keyDatesKey, 'public', query],
    queryFn: ({ signal }) => apiFetch<KeyDates>(withQuery('/api/key-dates', { ...query }), { signal }),
  });
}

/** « Mon espace »: those of the agent's académie and category. */
export function useMyKeyDates() {
  return useQuery({ queryKey: [...keyDatesKey, 'mine'], queryFn: ({ signal }) => apiFetch<MyKeyDates>('/api/key-dates/mine', { signal }) });
}

/** The editor's list, cancelled ones included. */
export function useManagedKeyDates() {
  return useQuery({ queryKey: [...keyDatesKey, 'managed'], queryFn: ({ signal }) => apiFetch<KeyDates>('/api/key-dates/managed', { signal }) });
}

export function useSaveKeyDate() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, body }: { id: string | null; body: KeyDateBody }) => (id
      ? apiFetch<KeyDate>(`/api/key-dates/${encodeURIComponent(id)}`, { method: 'PATCH', body: (({ academie: _academie, ...rest }) => rest)(body) as UpdateKeyDateBody })
      : apiFetch<KeyDate>('/api/key-dates', { method: 'POST', body })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: keyDatesKey }),
  });
}

export function useCancelKeyDate() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => apiFetch<KeyDate>(`/api/key-dates/${encodeURIComponent(id)}/cancel`, { method: 'POST' }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: keyDatesKey }),
  });
}

/** The address a calendar application subscribes to (webcal:// opens it directly in most of them). */
export function feedUrl(query: { academie?: string | null; audience?: string | null }): string {
  const params = new URLSearchParams();
  if (query.academie) params.set('academie', query.academie);
  if (query.audience) params.set('audience', query.audience);
  const search = params.toString();
  return `${window.location.origin}/api/key-dates.ics${search ? `?${search}` : ''}`;
}
