import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { apiFetch, withQuery } from './client.ts';
import type { AdminAccount, AuditEntry, Page } from './types.ts';

const PAGE_SIZE = 50;

export function useAdminAccounts(q: string, cursor: string | undefined) {
  return useQuery({
    queryKey: ['admin', 'accounts', q, cursor ?? null],
    queryFn: ({ signal }) =>
      apiFetch<Page<AdminAccount>>(withQuery('/api/admin/accounts', { q, limit: PAGE_SIZE, cursor }), { signal }),
    placeholderData: keepPreviousData,
  });
}

export function useAuditLog(cursor: string | undefined) {
  return useQuery({
    queryKey: ['admin', 'audit-log', cursor ?? null],
    queryFn: ({ signal }) =>
      apiFetch<Page<AuditEntry>>(withQuery('/api/admin/audit-log', { limit: PAGE_SIZE, cursor }), { signal }),
    placeholderData: keepPreviousData,
  });
}
