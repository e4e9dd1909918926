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

/** A message the service sent (or queued), as listed by `GET /api/admin/outbox`. */
export interface OutboxMessage {
  id: string;
  template: string;
  recipient: string;
  subject: string;
  createdAt: string;
  sentAt: string | null;
  transport: 'smtp' | 'outbox';
}

/** One message with its text body, from `GET /api/admin/outbox/:id`. */
export interface OutboxMessageDetail extends OutboxMessage {
  textBody: string;
}

export function useOutbox(cursor: string | undefined) {
  return useQuery({
    queryKey: ['admin', 'outbox', cursor ?? null],
    queryFn: ({ signal }) =>
      apiFetch<Page<OutboxMessage>>(withQuery('/api/admin/outbox', { limit: PAGE_SIZE, cursor }), { signal }),
    placeholderData: keepPreviousData,
  });
}

export function useOutboxMessage(id: string | null) {
  return useQuery({
    queryKey: ['admin', 'outbox', 'message', id],
    queryFn: ({ signal }) =>
      apiFetch<OutboxMessageDetail>(`/api/admin/outbox/${encodeURIComponent(id ?? '')}`, { signal }),
    enabled: id !== null,
  });
}
