import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { AgentCategory } from '../../shared/glossary.ts';
import { apiDownload, apiFetch, withQuery } from './client.ts';
import type { Page } from './types.ts';

/** The state of a questionnaire reached by its one-time link. */
export type SurveyStatus = 'open' | 'answered' | 'expired';

export interface SurveyView {
  status: SurveyStatus;
  /** The reference of the request the survey is about (nothing else of it). */
  reference: string;
  expiresAt: string;
}

export interface SurveyAnswer {
  ease: number;
  delay: number;
  listening: number;
  clarity: number;
  usefulness: number;
  overall: number;
  improvement?: string;
}

export interface PanelSurveyView {
  status: SurveyStatus;
  expiresAt: string;
}

export const HEARD_FROM = ['colleague', 'hierarchy', 'website', 'newsletter', 'meeting', 'other'] as const;
export type HeardFrom = (typeof HEARD_FROM)[number];
export const HEARD_FROM_LABELS: Record<HeardFrom, string> = {
  colleague: 'Par un collègue',
  hierarchy: 'Par ma hiérarchie ou mon chef d’établissement',
  website: 'Par le site ou l’intranet de l’académie',
  newsletter: 'Par une lettre d’information RH',
  meeting: 'Lors d’une réunion ou d’une rencontre',
  other: 'Autrement',
};

export interface PanelAnswer {
  heardFrom: HeardFrom;
  reachEase: number;
  overall: number;
  listening: number;
  clarity: number;
  delay: number;
  usefulness: number;
  expectations?: string;
}

const surveyKey = (kind: 'survey' | 'panel-survey', token: string) => ['satisfaction', kind, token] as const;

/** A 404 is an answer here (unknown link), not a failure to retry. */
const noRetryOn4xx = (count: number, error: unknown) =>
  !(error instanceof Error && 'status' in error && typeof error.status === 'number' && error.status >= 400 && error.status < 500) && count < 2;

export function useSurvey(token: string) {
  return useQuery({
    queryKey: surveyKey('survey', token),
    queryFn: ({ signal }) => apiFetch<SurveyView>(`/api/surveys/${encodeURIComponent(token)}`, { signal }),
    retry: noRetryOn4xx,
  });
}

export function useAnswerSurvey(token: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (answer: SurveyAnswer) => apiFetch<{ status: 'answered'; message: string }>(`/api/surveys/${encodeURIComponent(token)}`, { method: 'POST', body: answer }),
    onSettled: () => queryClient.invalidateQueries({ queryKey: surveyKey('survey', token) }),
  });
}

export function usePanelSurvey(token: string) {
  return useQuery({
    queryKey: surveyKey('panel-survey', token),
    queryFn: ({ signal }) => apiFetch<PanelSurveyView>(`/api/panel-surveys/${encodeURIComponent(token)}`, { signal }),
    retry: noRetryOn4xx,
  });
}

export function useAnswerPanelSurvey(token: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (answer: PanelAnswer) => apiFetch<{ status: 'answered'; message: string }>(`/api/panel-surveys/${encodeURIComponent(token)}`, { method: 'POST', body: answer }),
    onSettled: () => queryClient.invalidateQueries({ queryKey: surveyKey('panel-survey', token) }),
  });
}

/** One free-text comment: the day, the request's topic, the overall score; never a name or a reference. */
export interface SatisfactionComment {
  answeredAt: string;
  topic: string;
  overall: number | null;
  improvement: string;
}

export interface CommentFilters {
  academie: string;
  from?: string;
  to?: string;
}

export function useSatisfactionComments(filters: CommentFilters, cursor: string | undefined) {
  return useQuery({
    queryKey: ['satisfaction', 'comments', filters, cursor ?? null],
    queryFn: ({ signal }) =>
      apiFetch<Page<SatisfactionComment>>(withQuery('/api/satisfaction/comments', { ...filters, limit: 50, cursor }), { signal }),
    placeholderData: keepPreviousData,
  });
}

export function downloadCommentsCsv(filters: CommentFilters): Promise<void> {
  return apiDownload(withQuery('/api/satisfaction/comments.csv', { ...filters }), `commentaires-${filters.academie.toLowerCase()}.csv`);
}

export interface PanelSummary {
  id: string;
  seed: string;
  from: string;
  to: string;
  perDepartement: number;
  createdAt: string;
  sentAt: string | null;
  drawn: number;
  sent: number;
  answered: number;
  responseRate: number | null;
}

export interface PanelDetail extends PanelSummary {
  byCategory: Array<{ category: AgentCategory; drawn: number }>;
  byDepartement: Array<{
    departement: string;
    name: string;
    drawn: number;
    sent: number;
    answered: number;
    byCategory: Array<{ category: AgentCategory; drawn: number }>;
  }>;
}

export interface DrawInput {
  from: string;
  to: string;
  perDepartement?: number;
  seed?: string;
}

const panelsKey = ['satisfaction', 'panels'] as const;

export function usePanels() {
  return useQuery({
    queryKey: panelsKey,
    queryFn: ({ signal }) => apiFetch<{ items: PanelSummary[] }>('/api/panels', { signal }),
  });
}

export function usePanel(id: string | null) {
  return useQuery({
    queryKey: [...panelsKey, id],
    queryFn: ({ signal }) => apiFetch<PanelDetail>(`/api/panels/${encodeURIComponent(id ?? '')}`, { signal }),
    enabled: id !== null,
  });
}

export function useDrawPanel() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: DrawInput) => apiFetch<PanelDetail>('/api/panels', { method: 'POST', body: input }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: panelsKey }),
  });
}

export function useSendPanel() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => apiFetch<PanelDetail>(`/api/panels/${encodeURIComponent(id)}/send`, { method: 'POST' }),
    onSettled: () => queryClient.invalidateQueries({ queryKey: panelsKey }),
  });
}
