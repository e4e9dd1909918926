import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { Account, AccountDetail, AccountPage, AuditPage, AuditQuery, CreatePersonBody, RoleGrantBody } from '../../../../shared/contracts/admin.ts';
import type { OutboxMailDetail, OutboxPage } from '../../../../shared/contracts/outbox.ts';
import { apiDownload, apiFetch, withQuery } from '../../../api/client.ts';

const PAGE_SIZE = 50;

export function useAdminAccounts(q: string, cursor: string | undefined) {
  return useQuery({
    queryKey: ['admin', 'accounts', q, cursor ?? null],
    queryFn: ({ signal }) => apiFetch<AccountPage>(withQuery('/api/admin/accounts', { q, limit: PAGE_SIZE, cursor }), { signal }),
    placeholderData: keepPreviousData,
  });
}

/** One account with its history. */
export function useAccount(id: string | null) {
  return useQuery({
    queryKey: ['admin', 'account', id],
    queryFn: ({ signal }) => apiFetch<AccountDetail>(`/api/admin/accounts/${encodeURIComponent(id ?? '')}`, { signal }),
    enabled: id !== null,
  });
}

/** Every change to an account refreshes the lists, the account and the audit log. */
function useAccountChange<V>(call: (variables: V) => Promise<Account>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: call,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['admin'] }),
  });
}

export const useCreatePerson = () =>
  useAccountChange((body: CreatePersonBody) => apiFetch<Account>('/api/admin/accounts', { method: 'POST', body }));

export const useGrantRole = (id: string) =>
  useAccountChange((body: RoleGrantBody) => apiFetch<Account>(`/api/admin/accounts/${encodeURIComponent(id)}/roles`, { method: 'POST', body }));

export const useWithdrawRole = (id: string) =>
  useAccountChange((body: RoleGrantBody) => apiFetch<Account>(`/api/admin/accounts/${encodeURIComponent(id)}/roles/withdraw`, { method: 'POST', body }));

export const useSetActive = (id: string) =>
  useAccountChange((active: boolean) => apiFetch<Account>(`/api/admin/accounts/${encodeURIComponent(id)}/${active ? 'reactivate' : 'deactivate'}`, { method: 'POST' }));

export type AuditFilters = Omit<AuditQuery, 'limit' | 'cursor'>;

export function useAuditLog(filters: AuditFilters, cursor: string | undefined) {
  return useQuery({
    queryKey: ['admin', 'audit-log', filters, cursor ?? null],
    queryFn: ({ signal }) => apiFetch<AuditPage>(withQuery('/api/admin/audit-log', { ...filters, limit: PAGE_SIZE, cursor }), { signal }),
    placeholderData: keepPreviousData,
    retry: false,
  });
}

/** The filtered log as a CSV file (the export is audited by the server). */
export function downloadAuditLog(filters: AuditFilters, today: string) {
  return apiDownload(withQuery('/api/admin/audit-log.csv', { ...filters }), `journal-audit-${today}.csv`);
}

/** The mails the service sent (or queued), newest first. */
export function useOutbox(cursor: string | undefined) {
  return useQuery({
    queryKey: ['admin', 'outbox', cursor ?? null],
    queryFn: ({ signal }) => apiFetch<OutboxPage>(withQuery('/api/admin/outbox', { limit: PAGE_SIZE, cursor }), { signal }),
    placeholderData: keepPreviousData,
  });
}

/** One mail with its text body. */
export function useOutboxMessage(id: string | null) {
  return useQuery({
    queryKey: ['admin', 'outbox', 'message', id],
    queryFn: ({ signal }) => apiFetch<OutboxMailDetail>(`/api/admin/outbox/${encodeURIComponent(id ?? '')}`, { signal }),
    enabled: id !== null,
  });
}
