import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  ContactPoint, ContactPointKind, ContactPointPage, CreateContactPointBody, MemberCandidates, UpdateContactPointBody,
} from '../../../../shared/contracts/orientation.ts';
import type { AcademieDetail } from '../../../../shared/contracts/territories.ts';
import { apiFetch, withQuery } from '../../../api/client.ts';

export interface DirectoryFilters {
  academie?: string | undefined;
  departement?: string | undefined;
  kind?: ContactPointKind | undefined;
  archived: boolean;
}

const path = (id: string) => `/api/contact-points/${encodeURIComponent(id)}`;

/** One page of the directory (200 entries: the page keeps those the person manages). */
export function useDirectory(filters: DirectoryFilters, cursor: string | undefined) {
  return useQuery({
    queryKey: ['directory', 'list', filters, cursor ?? null],
    queryFn: ({ signal }) => apiFetch<ContactPointPage>(withQuery('/api/directory', {
      academie: filters.academie, departement: filters.departement, kind: filters.kind, archived: filters.archived ? true : undefined,
      limit: 200, cursor,
    }), { signal }),
    placeholderData: keepPreviousData,
  });
}

export function useContactPoint(id: string | null) {
  return useQuery({
    queryKey: ['directory', 'entry', id],
    queryFn: ({ signal }) => apiFetch<ContactPoint>(path(id ?? ''), { signal }),
    enabled: id !== null,
  });
}

/** The départements and bassins of an académie, for the territories a contact point covers. */
export function useAcademie(code: string | null) {
  return useQuery({
    queryKey: ['territories', 'academie', code],
    queryFn: ({ signal }) => apiFetch<AcademieDetail>(`/api/territories/academies/${encodeURIComponent(code ?? '')}`, { signal }),
    enabled: code !== null,
    staleTime: Infinity,
  });
}

/** The people who may become members, for the person picker (the server says when there are more). */
export function useMemberCandidates(id: string, q: string, enabled: boolean) {
  return useQuery({
    queryKey: ['directory', 'candidates', id, q],
    queryFn: ({ signal }) => apiFetch<MemberCandidates>(withQuery(`${path(id)}/candidates`, { q }), { signal }),
    enabled,
    placeholderData: keepPreviousData,
  });
}

/** Every change refreshes the directory, the entry and the candidates. */
function useDirectoryChange<V, R>(call: (variables: V) => Promise<R>) {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: call, onSuccess: () => queryClient.invalidateQueries({ queryKey: ['directory'] }) });
}

export const useCreateContactPoint = () =>
  useDirectoryChange((body: CreateContactPointBody) => apiFetch<ContactPoint>('/api/contact-points', { method: 'POST', body }));

export const useUpdateContactPoint = (id: string) =>
  useDirectoryChange((body: UpdateContactPointBody) => apiFetch<ContactPoint>(path(id), { method: 'PATCH', body }));

export const useArchiveContactPoint = (id: string) =>
  useDirectoryChange(() => apiFetch<void>(`${path(id)}/archive`, { method: 'POST' }));

export const useAddMember = (id: string) =>
  useDirectoryChange((personId: string) => apiFetch<void>(`${path(id)}/members`, { method: 'POST', body: { personId } }));

export const useRemoveMember = (id: string) =>
  useDirectoryChange((personId: string) => apiFetch<void>(`${path(id)}/members/${encodeURIComponent(personId)}`, { method: 'DELETE' }));
