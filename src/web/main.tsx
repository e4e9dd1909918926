import { startReactDsfr } from '@codegouvfr/react-dsfr/spa';
import { QueryCache, QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { createBrowserRouter, Link, RouterProvider } from 'react-router-dom';
import { isApiError } from './api/client.ts';
import { prefetchFirstPage, sessionKey } from './features/auth/api/session.ts';
import { routes } from './routes.tsx';

startReactDsfr({ defaultColorScheme: 'system', Link });

declare module '@codegouvfr/react-dsfr/spa' {
  interface RegisterLink {
    Link: typeof Link;
  }
}

const queryClient: QueryClient = new QueryClient({
  queryCache: new QueryCache({
    // A session that ended on the server (expiry, sign-out elsewhere): read it again, so that
    // protected pages send the person to the sign-in page instead of showing an error.
    onError: (error, query) => {
      if (isApiError(error, 401) && query.queryKey[0] !== sessionKey[0]) {
        void queryClient.invalidateQueries({ queryKey: sessionKey });
      }
    },
  }),
  defaultOptions: {
    queries: {
      staleTime: 30_000,
      refetchOnWindowFocus: false,
      // A refusal or an absence will not change by asking again.
      retry: (failureCount, error) =>
        failureCount < 2 && !(isApiError(error) && error.status >= 400 && error.status < 500),
    },
  },
});

prefetchFirstPage(queryClient, window.location.pathname);

const router = createBrowserRouter(routes);

const container = document.getElementById('root');
if (container === null) throw new Error('Élément #root introuvable');

createRoot(container).render(
  <StrictMode>
    <QueryClientProvider client={queryClient}>
      <RouterProvider router={router} />
    </QueryClientProvider>
  </StrictMode>,
);
