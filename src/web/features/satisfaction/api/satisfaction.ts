import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  CommentsPage, CommentsQuery, DrawInput, PanelAnswer, PanelDetail, PanelList, PanelSurveyView, SurveyAnswer, SurveyView, Thanks,
} from '../../../../shared/contracts/satisfaction.ts';
import { apiDownload, apiFetch, withQuery } from '../../../api/client.ts';

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
    mutationFn: (answer: SurveyAnswer) => apiFetch<Thanks>(`/api/surveys/${encodeURIComponent(token)}`, { method: 'POST', body: answer }),
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
    mutationFn: (answer: PanelAnswer) => apiFetch<Thanks>(`/api/panel-surveys/${encodeURIComponent(token)}`, { method: 'POST', body: answer }),
    onSettled: () => queryClient.invalidateQueries({ queryKey: surveyKey('panel-survey', token) }),
  });
}

export function useSatisfactionComments(filters: CommentsQuery, cursor: string | undefined) {
  return useQuery({
    queryKey: ['satisfaction', 'comments', filters, cursor ?? null],
    queryFn: ({ signal }) =>
      apiFetch<CommentsPage>(withQuery('/api/satisfaction/comments', { ...filters, limit: 50, cursor }), { signal }),
    placeholderData: keepPreviousData,
  });
}

export function downloadCommentsCsv(filters: CommentsQuery): Promise<void> {
  return apiDownload(withQuery('/api/satisfaction/comments.csv', { ...filters }), `commentaires-${filters.academie.toLowerCase()}.csv`);
}

const panelsKey = ['satisfaction', 'panels'] as const;

export function usePanels() {
  return useQuery({
    queryKey: panelsKey,
    queryFn: ({ signal }) => apiFetch<PanelList>('/api/panels', { signal }),
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
