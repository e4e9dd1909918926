import { queryOptions, useMutation, useQuery, useQueryClient, type QueryClient } from '@tanstack/react-query';
import { useNavigate } from 'react-router-dom';
import type { AuthConfig, DemoAccount, Session } from '../../../../shared/contracts/auth.ts';
import { apiFetch, isApiError, setCsrfToken } from '../../../api/client.ts';

export const sessionKey = ['auth', 'session'] as const;

/** The signed-in person, or null when nobody is signed in (401 is not an error here). */
async function fetchSession(): Promise<Session | null> {
  try {
    const session = await apiFetch<Session>('/api/auth/session');
    setCsrfToken(session.csrfToken);
    return session;
  } catch (error) {
    if (isApiError(error, 401)) {
      setCsrfToken(null);
      return null;
    }
    throw error;
  }
}

const sessionQuery = queryOptions({ queryKey: sessionKey, queryFn: fetchSession, staleTime: 60_000 });
const authConfigQuery = queryOptions({
  queryKey: ['auth', 'config'],
  queryFn: () => apiFetch<AuthConfig>('/api/auth/config'),
  staleTime: Infinity,
});
const demoAccountsQuery = queryOptions({
  queryKey: ['auth', 'demo-accounts'],
  queryFn: () => apiFetch<DemoAccount[]>('/api/auth/demo-accounts'),
  staleTime: Infinity,
});

export function useSession() {
  return useQuery(sessionQuery);
}

export function useAuthConfig() {
  return useQuery(authConfigQuery);
}

export function useDemoAccounts(enabled: boolean) {
  return useQuery({ ...demoAccountsQuery, enabled });
}

/**
 * Asks the server, before the interface is first drawn, what every page reads at once (the
 * session) and, on the sign-in page, the ways to sign in and the demo accounts: on a slow link
 * these answers then travel while the scripts run, not after.
 */
export function prefetchFirstPage(queryClient: QueryClient, pathname: string) {
  void queryClient.prefetchQuery(sessionQuery);
  if (!pathname.toLowerCase().startsWith('/connexion')) return;
  void queryClient.fetchQuery(authConfigQuery).then(
    (config) => (config.demoMode ? queryClient.prefetchQuery(demoAccountsQuery) : undefined),
    () => undefined,
  );
}

export function useDemoLogin() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (accountId: string) =>
      apiFetch<Session>('/api/auth/demo-login', { method: 'POST', body: { accountId } }),
    onSuccess: (session) => {
      setCsrfToken(session.csrfToken);
      // Nothing read under the previous identity may be shown to the new one.
      queryClient.removeQueries({ predicate: (query) => query.queryKey[0] !== 'auth' });
      queryClient.setQueryData(sessionKey, session);
    },
  });
}

/** Signs out and lands on the public home page (leaving first, so no protected page reacts). */
export function useLogout() {
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  return useMutation({
    mutationFn: () => apiFetch<void>('/api/auth/logout', { method: 'POST' }),
    onSuccess: async () => {
      await navigate('/', { replace: true });
      setCsrfToken(null);
      queryClient.removeQueries({ predicate: (query) => query.queryKey[0] !== 'auth' });
      queryClient.setQueryData(sessionKey, null);
    },
    // The server is the judge of whether the session still exists.
    onError: () => queryClient.invalidateQueries({ queryKey: sessionKey }),
  });
}

export function oidcLoginUrl(returnTo: string): string {
  return `/api/auth/oidc/login?returnTo=${encodeURIComponent(returnTo)}`;
}
