import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { RequestStatus, Topic } from '../../../../shared/glossary.ts';
import { apiFetch, apiUpload, withQuery } from '../../../api/client.ts';
import type {
  AttachmentRef, CloseBody, ListRequestsQuery, Readers, RequestCounts, RequestDetail, RequestPage, StatusBody, SubmitRequestBody, SubmittedRequest,
} from '../../../../shared/contracts/requests.ts';

export interface RequestFilters {
  status?: RequestStatus | '';
  topic?: Topic | '';
  assignedTo?: 'me' | 'nobody' | '';
  overdue?: boolean;
  dueThisWeek?: boolean;
  /** Only the requests with news since the caller last opened them (the `unread` counter). */
  unread?: boolean;
  departement?: string;
  /** A reference (AMI-2026-000042) or the beginning of an agent's name. */
  q?: string;
  sort?: 'newest' | 'due';
  /** Leave closed requests out (« Toutes actives », « Attribuées à moi », « Non attribuées »). */
  activeOnly?: boolean;
}

export const PAGE_SIZE = 50;

/** Every query about requests starts with this key: one invalidation refreshes lists, counts and details. */
export const requestsKey = ['requests'] as const;

const requestPath = (id: string, suffix = '') => `/api/requests/${encodeURIComponent(id)}${suffix}`;

async function fetchRequestPage(filters: RequestFilters, cursor: string | undefined, signal: AbortSignal) {
  const { activeOnly = false, overdue, dueThisWeek, unread, status, topic, assignedTo, ...rest } = filters;
  const query: ListRequestsQuery = {
    ...rest,
    // `active`: every status but closed, understood by the server.
    status: status || (activeOnly ? 'active' : undefined),
    topic: topic || undefined,
    assignedTo: assignedTo || undefined,
    overdue: overdue ? true : undefined,
    dueThisWeek: dueThisWeek ? true : undefined,
    unread: unread ? true : undefined,
    cursor,
    limit: PAGE_SIZE,
  };
  return apiFetch<RequestPage>(withQuery('/api/requests', { ...query }), { signal });
}

/** One page of the requests the caller may see (own, queue or académie: the server decides). */
export function useRequestList(filters: RequestFilters, cursor: string | undefined) {
  return useQuery({
    queryKey: ['requests', 'list', filters, cursor ?? null],
    queryFn: ({ signal }) => fetchRequestPage(filters, cursor, signal),
    placeholderData: keepPreviousData,
  });
}

/** The counters of the queue filters and the unread count of the header, refreshed every minute. */
export function useRequestCounts(enabled = true) {
  return useQuery({
    queryKey: ['requests', 'counts'],
    queryFn: ({ signal }) => apiFetch<RequestCounts>('/api/requests/counts', { signal }),
    enabled,
    refetchInterval: 60_000,
    staleTime: 15_000,
  });
}

export function useRequestDetail(id: string) {
  return useQuery({
    queryKey: ['requests', 'detail', id],
    queryFn: ({ signal }) => apiFetch<RequestDetail>(requestPath(id), { signal }),
  });
}

/** « Qui a consulté ma demande » — the agent of the request only. */
export function useRequestReaders(id: string, enabled: boolean) {
  return useQuery({
    queryKey: ['requests', 'readers', id],
    queryFn: ({ signal }) => apiFetch<Readers>(requestPath(id, '/readers'), { signal }),
    enabled,
  });
}

export function useSubmitRequest() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: SubmitRequestBody) =>
      apiFetch<SubmittedRequest>('/api/requests', { method: 'POST', body: input }),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: requestsKey });
    },
  });
}

export function uploadAttachment(requestId: string, file: File): Promise<AttachmentRef> {
  return apiUpload<AttachmentRef>(requestPath(requestId, '/attachments'), file);
}

export function useUploadAttachment(requestId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (file: File) => uploadAttachment(requestId, file),
    onSettled: () => {
      void queryClient.invalidateQueries({ queryKey: requestsKey });
    },
  });
}

/** The actions on one request. Each refreshes every request query once it has answered. */
export type RequestAction =
  | { type: 'message'; body: string }
  | { type: 'note'; body: string }
  | { type: 'assign'; adviserId: string }
  | { type: 'status'; status: StatusBody['status'] }
  | ({ type: 'close' } & CloseBody)
  | { type: 'reopen'; reason?: string }
  | { type: 'breakGlass'; justification: string };

function perform(id: string, action: RequestAction): Promise<unknown> {
  const post = (suffix: string, body?: unknown) => apiFetch<unknown>(requestPath(id, suffix), { method: 'POST', body });
  switch (action.type) {
    case 'message':
      return post('/messages', { body: action.body });
    case 'note':
      return post('/notes', { body: action.body });
    case 'assign':
      return post('/assign', { adviserId: action.adviserId });
    case 'status':
      return post('/status', { status: action.status });
    case 'close':
      return post('/close', { responseType: action.responseType, summary: action.summary });
    case 'reopen':
      return post('/reopen', action.reason ? { reason: action.reason } : undefined);
    case 'breakGlass':
      return post('/break-glass', { justification: action.justification });
  }
}

/**
 * The refresh is not awaited: the caller's own `onSuccess` runs at once, before the refreshed
 * request removes the form it came from (TanStack Query skips the callbacks of an unmounted caller).
 */
export function useRequestAction(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (action: RequestAction) => perform(id, action),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: requestsKey });
    },
  });
}
