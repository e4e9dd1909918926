import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { ActivityReport, ReportQuery, ReportScopes } from '../../../../shared/contracts/reports.ts';
import { apiFetch, withQuery } from '../../../api/client.ts';

/** A report as asked from the address bar: the server checks the level and answers 400 to an unknown one. */
export type ReportRequest = Omit<ReportQuery, 'level'> & { level: string };

export function useReportScopes() {
  return useQuery({
    queryKey: ['reports', 'scopes'],
    queryFn: ({ signal }) => apiFetch<ReportScopes>('/api/reports/scopes', { signal }),
    staleTime: 5 * 60_000,
  });
}

export const reportPath = (query: ReportRequest, format?: 'csv' | 'xlsx') =>
  withQuery(`/api/reports/activity${format ? `.${format}` : ''}`, { level: query.level, code: query.level === 'adviser' ? undefined : query.code, from: query.from, to: query.to });

export function useActivityReport(query: ReportRequest | null) {
  return useQuery({
    queryKey: ['reports', 'activity', query],
    queryFn: ({ signal }) => apiFetch<ActivityReport>(reportPath(query!), { signal }),
    enabled: query !== null,
    placeholderData: keepPreviousData,
  });
}
