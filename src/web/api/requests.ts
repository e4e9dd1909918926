import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { RequestStatus, Topic } from '../../shared/glossary.ts';
import { apiFetch, withQuery } from './client.ts';
import type { Page, RequestDetail, RequestSummary } from './types.ts';

export interface RequestFilters {
  status?: RequestStatus | '';
  topic?: Topic | '';
}

export const PAGE_SIZE = 50;

/** One page of the requests the caller may see (own, queue or académie: the server decides). */
export function useRequestList(filters: RequestFilters, cursor: string | undefined) {
  return useQuery({
    queryKey: ['requests', 'list', filters, cursor ?? null],
    queryFn: ({ signal }) =>
      apiFetch<Page<RequestSummary>>(withQuery('/api/requests', { ...filters, limit: PAGE_SIZE, cursor }), {
        signal,
      }),
    placeholderData: keepPreviousData,
  });
}

export function useRequestDetail(id: string) {
  return useQuery({
    queryKey: ['requests', 'detail', id],
    queryFn: ({ signal }) => apiFetch<RequestDetail>(`/api/requests/${encodeURIComponent(id)}`, { signal }),
  });
}
