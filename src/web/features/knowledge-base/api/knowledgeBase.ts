import { keepPreviousData, useMutation, useQuery } from '@tanstack/react-query';
import type {
  ArticleKind, ArticleSearchQuery, ArticleSearchResults, ArticleTheme, AssistantAnswer, AssistantBody, Mallette, PublishedArticle,
} from '../../../../shared/contracts/knowledge-base.ts';
import { apiFetch, withQuery } from '../../../api/client.ts';

export const knowledgeBaseKey = ['knowledge-base'] as const;

export interface ArticleSearch {
  q: string;
  academie?: string | undefined;
  theme?: ArticleTheme | undefined;
  kind?: ArticleKind | undefined;
}

/** Published articles matching the words typed, best first; without words, those of a theme or a kind. */
export function useArticleSearch(search: ArticleSearch, enabled = true) {
  const query: ArticleSearchQuery = {
    q: search.q.trim() === '' ? undefined : search.q.trim(),
    academie: search.academie,
    theme: search.theme,
    kind: search.kind,
    limit: 50,
  };
  return useQuery({
    queryKey: [...knowledgeBaseKey, 'search', query],
    queryFn: ({ signal }) => apiFetch<ArticleSearchResults>(withQuery('/api/articles', { ...query }), { signal }),
    enabled,
    placeholderData: keepPreviousData,
  });
}

/** One published article (the server counts the view: a number, never a person). */
export function usePublishedArticle(slug: string, academie: string | undefined) {
  return useQuery({
    queryKey: [...knowledgeBaseKey, 'article', slug, academie ?? null],
    queryFn: ({ signal }) => apiFetch<PublishedArticle>(withQuery(`/api/articles/${encodeURIComponent(slug)}`, { academie }), { signal }),
    staleTime: 5 * 60_000,
  });
}

/** The « mallette » of an académie: situations → schemes, articles and actors. */
export function useMallette(academie: string) {
  return useQuery({
    queryKey: [...knowledgeBaseKey, 'mallette', academie],
    queryFn: ({ signal }) => apiFetch<Mallette>(`/api/mallette/${encodeURIComponent(academie)}`, { signal }),
    staleTime: 5 * 60_000,
  });
}

/** The assistant: passages of published articles, or the handover to an adviser. Nothing is kept. */
export function useAssistant() {
  return useMutation({
    mutationFn: (body: AssistantBody) => apiFetch<AssistantAnswer>('/api/assistant', { method: 'POST', body }),
  });
}
