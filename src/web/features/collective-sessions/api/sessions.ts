import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { apiFetch, withQuery } from '../../../api/client.ts';
import type {
  AttendanceBody, CancelSessionBody, CollectiveSession, CollectiveSessions, CreateSessionBody, OrganisedSessionsQuery, Participants, RegistrationResult,
  UpdateSessionBody,
} from '../../../../shared/contracts/collective-sessions.ts';

/** Every collective-sessions query: one key, one invalidation after any change. */
const sessionsKey = ['collective-sessions'] as const;

/** The upcoming sessions offered to the agent, with their own registration. */
export function useOfferedSessions() {
  return useQuery({
    queryKey: [...sessionsKey, 'offered'],
    queryFn: ({ signal }) => apiFetch<CollectiveSessions>('/api/collective-sessions', { signal }),
  });
}

/** The sessions the caller organises (or coordinates): upcoming or past. */
export function useOrganisedSessions(when: NonNullable<OrganisedSessionsQuery['when']>) {
  return useQuery({
    queryKey: [...sessionsKey, 'organised', when],
    queryFn: ({ signal }) => apiFetch<CollectiveSessions>(withQuery('/api/collective-sessions/organised', { when }), { signal }),
  });
}

export function useSession(id: string) {
  return useQuery({
    queryKey: [...sessionsKey, 'one', id],
    queryFn: ({ signal }) => apiFetch<CollectiveSession>(`/api/collective-sessions/${encodeURIComponent(id)}`, { signal }),
  });
}

export function useParticipants(id: string) {
  return useQuery({
    queryKey: [...sessionsKey, 'participants', id],
    queryFn: ({ signal }) => apiFetch<Participants>(`/api/collective-sessions/${encodeURIComponent(id)}/participants`, { signal }),
  });
}

function useSessionsMutation<V, R>(fn: (vars: V) => Promise<R>) {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: fn, onSettled: () => { void queryClient.invalidateQueries({ queryKey: sessionsKey }); } });
}

export const useRegister = () => useSessionsMutation((id: string) =>
  apiFetch<RegistrationResult>(`/api/collective-sessions/${encodeURIComponent(id)}/registration`, { method: 'POST' }));
export const useUnregister = () => useSessionsMutation((id: string) =>
  apiFetch<null>(`/api/collective-sessions/${encodeURIComponent(id)}/registration`, { method: 'DELETE' }));
export const useCreateSession = () => useSessionsMutation((body: CreateSessionBody) =>
  apiFetch<CollectiveSession>('/api/collective-sessions', { method: 'POST', body }));
export const useUpdateSession = () => useSessionsMutation(({ id, body }: { id: string; body: UpdateSessionBody }) =>
  apiFetch<CollectiveSession>(`/api/collective-sessions/${encodeURIComponent(id)}`, { method: 'PATCH', body }));
export const useCancelSession = () => useSessionsMutation(({ id, body }: { id: string; body: CancelSessionBody }) =>
  apiFetch<CollectiveSession>(`/api/collective-sessions/${encodeURIComponent(id)}/cancel`, { method: 'POST', body }));
export const useRecordAttendance = () => useSessionsMutation(({ id, body }: { id: string; body: AttendanceBody }) =>
  apiFetch<Participants>(`/api/collective-sessions/${encodeURIComponent(id)}/attendance`, { method: 'POST', body }));
