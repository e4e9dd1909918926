import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { apiFetch, withQuery } from '../../../api/client.ts';
import type {
  ArchivedIssue, ArchivedIssues, NewsletterBody, NewsletterIssue, NewsletterIssues, Subscriptions, SubscriptionsBody, UpdateNewsletterBody,
} from '../../../../shared/contracts/newsletters.ts';

const key = ['newsletters'] as const;

export function useIssues() {
  return useQuery({ queryKey: [...key, 'list'], queryFn: ({ signal }) => apiFetch<NewsletterIssues>('/api/newsletters', { signal }) });
}

/** One issue; while it is being sent, its progress is read again every few seconds. */
export function useIssue(id: string) {
  return useQuery({
    queryKey: [...key, 'issue', id],
    queryFn: ({ signal }) => apiFetch<NewsletterIssue>(`/api/newsletters/${encodeURIComponent(id)}`, { signal }),
    refetchInterval: (query) => (query.state.data?.status === 'sending' || query.state.data?.status === 'approved' ? 3000 : false),
  });
}

export function useCreateIssue() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: NewsletterBody) => apiFetch<NewsletterIssue>('/api/newsletters', { method: 'POST', body }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: key }),
  });
}

export function useUpdateIssue(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: UpdateNewsletterBody) => apiFetch<NewsletterIssue>(`/api/newsletters/${encodeURIComponent(id)}`, { method: 'PATCH', body }),
    onSuccess: (issue) => { queryClient.setQueryData([...key, 'issue', id], issue); void queryClient.invalidateQueries({ queryKey: [...key, 'list'] }); },
  });
}

export function useIssueAction(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (action: 'submit' | 'approve' | 'cancel') => apiFetch<NewsletterIssue>(`/api/newsletters/${encodeURIComponent(id)}/${action}`, { method: 'POST' }),
    onSuccess: (issue) => { queryClient.setQueryData([...key, 'issue', id], issue); void queryClient.invalidateQueries({ queryKey: [...key, 'list'] }); },
  });
}

export function useSubscriptions() {
  return useQuery({ queryKey: [...key, 'subscriptions'], queryFn: ({ signal }) => apiFetch<Subscriptions>('/api/newsletters/subscriptions', { signal }) });
}

export function useSaveSubscriptions() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: SubscriptionsBody) => apiFetch<Subscriptions>('/api/newsletters/subscriptions', { method: 'PUT', body }),
    onSuccess: (data) => queryClient.setQueryData([...key, 'subscriptions'], data),
  });
}

export function useArchive(academie: string) {
  return useQuery({
    queryKey: [...key, 'archive', academie],
    queryFn: ({ signal }) => apiFetch<ArchivedIssues>(withQuery('/api/newsletters/archive', { academie }), { signal }),
  });
}

export function useArchivedIssue(id: string) {
  return useQuery({
    queryKey: [...key, 'archive', 'issue', id],
    queryFn: ({ signal }) => apiFetch<ArchivedIssue>(`/api/newsletters/archive/${encodeURIComponent(id)}`, { signal }),
  });
}
