import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { apiFetch, withQuery } from './client.ts';

/** A count as the reports publish it: null when masked (« < 5 » if small, « secret » otherwise). */
export interface MaskedCount {
  count: number | null;
  masked?: true;
  maskReason?: 'small' | 'complementary' | 'withheld';
}
export interface Figure extends MaskedCount { previous: MaskedCount }
export interface BreakdownItem extends MaskedCount {
  key: string;
  label: string;
  share: number | null;
  previous: MaskedCount & { share: number | null };
}
export interface Measure { value: number | null; masked?: true; previous: { value: number | null; masked?: true } }

export interface ActivityReport {
  scope: { level: string; code: string; label: string };
  period: { from: string; to: string };
  previousPeriod: { from: string; to: string };
  threshold: number;
  generatedAt: string;
  totals: { received: Figure; open: Figure; closed: Figure; reopened: Figure };
  byTopic: BreakdownItem[];
  byResponseType: BreakdownItem[];
  byCategory: BreakdownItem[];
  byGender: BreakdownItem[];
  byAgeBand: BreakdownItem[];
  byChannel: BreakdownItem[];
  byTerritory: BreakdownItem[];
  byMonth: BreakdownItem[];
  delays: {
    firstAnswerMedianDays: Measure;
    firstAnswerP90Days: Measure;
    closureMedianDays: Measure;
    closureP90Days: Measure;
    answeredWithinCommitmentShare: Measure;
    overdueOpen: MaskedCount;
  };
  satisfaction: Record<
    'surveysSent' | 'answers' | 'responseRate' | 'overallMean' | 'shareEightOrMore' | 'netSatisfaction' | 'ease' | 'delay' | 'listening' | 'clarity' | 'usefulness',
    Measure
  >;
  workload: { advisers: number; openAssigned: number; medianOpenPerAdviser: number | null; maxOpenPerAdviser: number | null; unassignedOpen: number } | null;
}

export interface ReportScope { level: string; code: string; label: string }
export interface ReportQuery { level: string; code?: string; from?: string; to?: string }

export function useReportScopes() {
  return useQuery({
    queryKey: ['reports', 'scopes'],
    queryFn: ({ signal }) => apiFetch<ReportScope[]>('/api/reports/scopes', { signal }),
    staleTime: 5 * 60_000,
  });
}

export const reportPath = (query: ReportQuery, format?: 'csv' | 'xlsx') =>
  withQuery(`/api/reports/activity${format ? `.${format}` : ''}`, { level: query.level, code: query.level === 'adviser' ? undefined : query.code, from: query.from, to: query.to });

export function useActivityReport(query: ReportQuery | null) {
  return useQuery({
    queryKey: ['reports', 'activity', query],
    queryFn: ({ signal }) => apiFetch<ActivityReport>(reportPath(query!), { signal }),
    enabled: query !== null,
    placeholderData: keepPreviousData,
  });
}
