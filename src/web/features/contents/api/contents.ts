import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { ArticleAttachment } from '../../../../shared/contracts/knowledge-base.ts';
import type {
  ArticleDetail, ArticleDraftBody, ArticleVersionDetail, ArticleVersions, ArticleViewStats, ChangesBody, CuratedQuestion,
  CuratedQuestionBody, CuratedQuestions, EditorArticlePage, EditorArticlesQuery, ListeningLineBody, ListeningLineSettings,
  ReviewBody, StatsQuery, Synonym, SynonymBody, Synonyms, UnansweredQuestions,
} from '../../../../shared/contracts/knowledge-base-editor.ts';
import type { PublicContactPoints } from '../../../../shared/contracts/orientation.ts';
import { apiFetch, apiUpload, withQuery } from '../../../api/client.ts';

/** Every editor query starts with this key: one invalidation after a change refreshes them all. */
export const contentsKey = ['contents'] as const;
export const PAGE_SIZE = 50;

const articlePath = (id: string, suffix = '') => `/api/editor/articles/${encodeURIComponent(id)}${suffix}`;

export type EditorArticleFilters = Omit<EditorArticlesQuery, 'limit' | 'cursor'>;

/** One page of the articles the editor may work on (their scope: national, or their académie). */
export function useEditorArticles(filters: EditorArticleFilters, cursor: string | undefined, enabled = true) {
  return useQuery({
    enabled,
    queryKey: [...contentsKey, 'articles', filters, cursor ?? null],
    queryFn: ({ signal }) => apiFetch<EditorArticlePage>(withQuery('/api/editor/articles', { ...filters, cursor, limit: PAGE_SIZE }), { signal }),
    placeholderData: keepPreviousData,
  });
}

export function useEditorArticle(id: string | undefined) {
  return useQuery({
    queryKey: [...contentsKey, 'article', id],
    queryFn: ({ signal }) => apiFetch<ArticleDetail>(articlePath(id ?? ''), { signal }),
    enabled: id !== undefined,
  });
}

export function useArticleVersions(id: string) {
  return useQuery({
    queryKey: [...contentsKey, 'article', id, 'versions'],
    queryFn: ({ signal }) => apiFetch<ArticleVersions>(articlePath(id, '/versions'), { signal }),
  });
}

export function useArticleVersion(id: string, versionId: string | null) {
  return useQuery({
    queryKey: [...contentsKey, 'article', id, 'versions', versionId],
    queryFn: ({ signal }) => apiFetch<ArticleVersionDetail>(articlePath(id, `/versions/${encodeURIComponent(versionId ?? '')}`), { signal }),
    enabled: versionId !== null,
  });
}

/** A change to the knowledge base refreshes every editor list and the public pages already read. */
function useContentsChange<V, R>(call: (variables: V) => Promise<R>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: call,
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: contentsKey });
      void queryClient.invalidateQueries({ queryKey: ['knowledge-base'] });
    },
  });
}

export const useCreateArticle = () =>
  useContentsChange((body: ArticleDraftBody) => apiFetch<ArticleDetail>('/api/editor/articles', { method: 'POST', body }));
export const useUpdateArticle = (id: string) =>
  useContentsChange((body: ArticleDraftBody) => apiFetch<ArticleDetail>(articlePath(id), { method: 'PUT', body }));
export const useSubmitArticle = (id: string) =>
  useContentsChange(() => apiFetch<ArticleDetail>(articlePath(id, '/submit'), { method: 'POST' }));
export const usePublishArticle = (id: string) =>
  useContentsChange((body: ReviewBody) => apiFetch<ArticleDetail>(articlePath(id, '/publish'), { method: 'POST', body }));
export const useRequestChanges = (id: string) =>
  useContentsChange((body: ChangesBody) => apiFetch<ArticleDetail>(articlePath(id, '/request-changes'), { method: 'POST', body }));
export const useArchiveArticle = (id: string) =>
  useContentsChange(() => apiFetch<ArticleDetail>(articlePath(id, '/archive'), { method: 'POST' }));

export const useUploadAttachment = (id: string) =>
  useContentsChange(({ file, label, alt }: { file: File; label: string; alt: string }) =>
    apiUpload<ArticleAttachment>(articlePath(id, '/attachments'), file, { fields: alt === '' ? { label } : { label, alt } }));
export const useDeleteAttachment = (id: string) =>
  useContentsChange((attachmentId: string) =>
    apiFetch<void>(articlePath(id, `/attachments/${encodeURIComponent(attachmentId)}`), { method: 'DELETE' }));

// Synonyms and « questions types »

export function useSynonyms() {
  return useQuery({
    queryKey: [...contentsKey, 'synonyms'],
    queryFn: ({ signal }) => apiFetch<Synonyms>('/api/editor/synonyms', { signal }),
  });
}
export const useCreateSynonym = () =>
  useContentsChange((body: SynonymBody) => apiFetch<Synonym>('/api/editor/synonyms', { method: 'POST', body }));
/** Puts a saved row in its list at once: the row leaving its form shows what was saved while the list is read again. */
function useReplaceInList<T extends { id: string }>(list: 'synonyms' | 'curated-questions') {
  const queryClient = useQueryClient();
  return (saved: T) => queryClient.setQueryData<{ items: T[] }>([...contentsKey, list],
    (current) => current && { items: current.items.map((item) => (item.id === saved.id ? saved : item)) });
}

export function useUpdateSynonym() {
  const replace = useReplaceInList<Synonym>('synonyms');
  return useContentsChange(async ({ id, body }: { id: string; body: SynonymBody }) => {
    const saved = await apiFetch<Synonym>(`/api/editor/synonyms/${encodeURIComponent(id)}`, { method: 'PUT', body });
    replace(saved);
    return saved;
  });
}
export const useDeleteSynonym = () =>
  useContentsChange((id: string) => apiFetch<void>(`/api/editor/synonyms/${encodeURIComponent(id)}`, { method: 'DELETE' }));

export function useCuratedQuestions() {
  return useQuery({
    queryKey: [...contentsKey, 'curated-questions'],
    queryFn: ({ signal }) => apiFetch<CuratedQuestions>('/api/editor/curated-questions', { signal }),
  });
}
export const useCreateCuratedQuestion = () =>
  useContentsChange((body: CuratedQuestionBody) => apiFetch<CuratedQuestion>('/api/editor/curated-questions', { method: 'POST', body }));
export function useUpdateCuratedQuestion() {
  const replace = useReplaceInList<CuratedQuestion>('curated-questions');
  return useContentsChange(async ({ id, body }: { id: string; body: CuratedQuestionBody }) => {
    const saved = await apiFetch<CuratedQuestion>(`/api/editor/curated-questions/${encodeURIComponent(id)}`, { method: 'PUT', body });
    replace(saved);
    return saved;
  });
}
export const useDeleteCuratedQuestion = () =>
  useContentsChange((id: string) => apiFetch<void>(`/api/editor/curated-questions/${encodeURIComponent(id)}`, { method: 'DELETE' }));

// The académie's listening line

const listeningLinePath = (academie: string) => withQuery('/api/editor/listening-line', { academie });

export function useListeningLine(academie: string | null) {
  return useQuery({
    queryKey: [...contentsKey, 'listening-line', academie],
    queryFn: ({ signal }) => apiFetch<ListeningLineSettings>(listeningLinePath(academie ?? ''), { signal }),
    enabled: academie !== null,
  });
}
export const useSaveListeningLine = (academie: string) =>
  useContentsChange((body: ListeningLineBody) => apiFetch<ListeningLineSettings>(listeningLinePath(academie), { method: 'PUT', body }));

// Figures: counts only

export function useUnansweredQuestions(query: StatsQuery) {
  return useQuery({
    queryKey: [...contentsKey, 'unanswered', query],
    queryFn: ({ signal }) => apiFetch<UnansweredQuestions>(withQuery('/api/editor/unanswered-questions', { ...query }), { signal }),
    placeholderData: keepPreviousData,
  });
}

export function useArticleViews(query: StatsQuery) {
  return useQuery({
    queryKey: [...contentsKey, 'views', query],
    queryFn: ({ signal }) => apiFetch<ArticleViewStats>(withQuery('/api/editor/article-views', { ...query }), { signal }),
    placeholderData: keepPreviousData,
  });
}

/** The actors of an académie (or national ones), to attach to an article. */
export function useContactPointChoices(academie: string | null) {
  return useQuery({
    queryKey: [...contentsKey, 'contact-points', academie],
    queryFn: ({ signal }) => apiFetch<PublicContactPoints>(withQuery('/api/contact-points', { academie: academie ?? undefined }), { signal }),
    enabled: academie !== null,
    staleTime: 5 * 60_000,
  });
}
