import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { AccountPage, AuditPage } from '../../../../shared/contracts/admin.ts';
import type { OutboxMailDetail, OutboxPage } from '../../../../shared/contracts/outbox.ts';
import { apiFetch, withQuery } from '../../../api/client.ts';

const PAGE_SIZE = 50;

export function useAdminAccounts(q: string, cursor: string | undefined) {
  return useQuery({
    queryKey: ['admin', 'accounts', q, cursor ?? null],
    queryFn: ({ signal }) => apiFetch<AccountPage>(withQuery('/api/admin/accounts', { q, limit: PAGE_SIZE, cursor }), { signal }),
    placeholderData: keepPreviousData,
  });
}

export function useAuditLog(cursor: string | undefined) {
  return useQuery({
    queryKey: ['admin', 'audit-log', cursor ?? null],
    queryFn: ({ signal }) => apiFetch<AuditPage>(withQuery('/api/admin/audit-log', { limit: PAGE_SIZE, cursor }), { signal }),
    placeholderData: keepPreviousData,
  });
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
