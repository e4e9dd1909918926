import { lazy, Suspense } from 'react';
import type { RouteObject } from 'react-router-dom';
import { Loading } from './components/QueryStates.tsx';
import { Layout } from './components/Layout.tsx';
import { RequireRole } from './components/RequireRole.tsx';
import { RouteError } from './components/RouteError.tsx';
import { AdminPage } from './pages/admin/AdminPage.tsx';
import { LogCallPage } from './pages/adviser/LogCallPage.tsx';
import { MyQueuePage } from './pages/adviser/MyQueuePage.tsx';
import { MySpacePage } from './pages/agent/MySpacePage.tsx';
import { NewRequestPage } from './pages/agent/NewRequestPage.tsx';
import { SignInPage } from './pages/auth/SignInPage.tsx';
import { ReferralsPage } from './pages/contact-point/ReferralsPage.tsx';
import { CoordinationPage } from './pages/coordinator/CoordinationPage.tsx';
import { PanelsPage } from './pages/coordinator/PanelsPage.tsx';
import { SatisfactionCommentsPage } from './pages/coordinator/SatisfactionCommentsPage.tsx';
import { PanelSurveyPage } from './pages/survey/PanelSurveyPage.tsx';
import { SurveyPage } from './pages/survey/SurveyPage.tsx';
import { ContentsPage } from './pages/editor/ContentsPage.tsx';
import { AccessibilityPage } from './pages/public/AccessibilityPage.tsx';
import { HomePage } from './pages/public/HomePage.tsx';
import { NotFoundPage } from './pages/public/NotFoundPage.tsx';
import { RequestPage } from './pages/requests/RequestPage.tsx';

// The reports page brings the chart library: loaded only when opened.
const SteeringPage = lazy(async () => ({ default: (await import('./pages/steering/SteeringPage.tsx')).SteeringPage }));

/** Staff who read requests in full pages (`/demandes/:id`). */
const REQUEST_STAFF = ['adviser', 'coordinator'] as const;

export const routes: RouteObject[] = [
  {
    element: <Layout />,
    children: [
      {
        // Pathless: a rendering error shows inside the layout, header and footer kept.
        errorElement: <RouteError />,
        children: [
          { index: true, element: <HomePage /> },
          { path: 'connexion', element: <SignInPage /> },
          { path: 'accessibilite', element: <AccessibilityPage /> },
          { path: 'mon-espace', element: <RequireRole roles={['agent']}><MySpacePage /></RequireRole> },
          {
            path: 'mon-espace/nouvelle-demande',
            element: <RequireRole roles={['agent']}><NewRequestPage /></RequireRole>,
          },
          {
            path: 'mes-demandes/:id',
            element: <RequireRole roles={['agent']}><RequestPage audience="agent" /></RequireRole>,
          },
          { path: 'ma-file', element: <RequireRole roles={['adviser']}><MyQueuePage /></RequireRole> },
          {
            // Advisers and coordinators log a call, an e-mail or a visit for an agent.
            path: 'ma-file/nouvelle-demande',
            element: <RequireRole roles={REQUEST_STAFF}><LogCallPage /></RequireRole>,
          },
          {
            path: 'demandes/:id',
            element: <RequireRole roles={REQUEST_STAFF}><RequestPage audience="staff" /></RequireRole>,
          },
          { path: 'coordination', element: <RequireRole roles={['coordinator']}><CoordinationPage /></RequireRole> },
          { path: 'coordination/avis', element: <RequireRole roles={['coordinator']}><SatisfactionCommentsPage /></RequireRole> },
          // The national survey panel (the server lets only a national coordinator in).
          { path: 'enquete-nationale', element: <RequireRole roles={['coordinator']}><PanelsPage /></RequireRole> },
          // Questionnaires reached from an e-mail: no sign-in, the link is the key.
          { path: 'enquete/:token', element: <SurveyPage /> },
          { path: 'enquete-nationale/:token', element: <PanelSurveyPage /> },
          { path: 'orientations', element: <RequireRole roles={['contact_point']}><ReferralsPage /></RequireRole> },
          { path: 'contenus', element: <RequireRole roles={['editor']}><ContentsPage /></RequireRole> },
          {
            // Steering roles their territories; coordinators their académie; advisers their own requests.
            path: 'pilotage',
            element: <RequireRole roles={['steering', 'coordinator', 'adviser']}><Suspense fallback={<Loading label="Chargement du rapport…" />}><SteeringPage /></Suspense></RequireRole>,
          },
          { path: 'administration', element: <RequireRole roles={['admin']}><AdminPage /></RequireRole> },
          { path: '*', element: <NotFoundPage /> },
        ],
      },
    ],
  },
];
