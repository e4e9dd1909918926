import { lazy, Suspense } from 'react';
import type { RouteObject } from 'react-router-dom';
import { Loading } from './components/QueryStates.tsx';
import { Layout } from './components/Layout.tsx';
import { RequireAbility } from './components/RequireAbility.tsx';
import { RouteError } from './components/RouteError.tsx';
import { AdminPage } from './features/admin/pages/AdminPage.tsx';
import { LogCallPage } from './features/requests/pages/LogCallPage.tsx';
import { MyQueuePage } from './features/requests/pages/MyQueuePage.tsx';
import { MySpacePage } from './features/requests/pages/MySpacePage.tsx';
import { NewRequestPage } from './features/requests/pages/NewRequestPage.tsx';
import { SignInPage } from './features/auth/pages/SignInPage.tsx';
import { ReferralsPage } from './features/referrals/pages/ReferralsPage.tsx';
import { CoordinationPage } from './features/requests/pages/CoordinationPage.tsx';
import { PanelsPage } from './features/satisfaction/pages/PanelsPage.tsx';
import { SatisfactionCommentsPage } from './features/satisfaction/pages/SatisfactionCommentsPage.tsx';
import { PanelSurveyPage } from './features/satisfaction/pages/PanelSurveyPage.tsx';
import { SurveyPage } from './features/satisfaction/pages/SurveyPage.tsx';
import { ContentsPage } from './features/contents/pages/ContentsPage.tsx';
import { AccessibilityPage } from './features/site/pages/AccessibilityPage.tsx';
import { HomePage } from './features/site/pages/HomePage.tsx';
import { NotFoundPage } from './features/site/pages/NotFoundPage.tsx';
import { RequestPage } from './features/requests/pages/RequestPage.tsx';

// The reports page brings the chart library: loaded only when opened.
const SteeringPage = lazy(async () => ({ default: (await import('./features/reports/pages/SteeringPage.tsx')).SteeringPage }));

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
          { path: 'mon-espace', element: <RequireAbility ability="submitRequests"><MySpacePage /></RequireAbility> },
          {
            path: 'mon-espace/nouvelle-demande',
            element: <RequireAbility ability="submitRequests"><NewRequestPage /></RequireAbility>,
          },
          {
            path: 'mes-demandes/:id',
            element: <RequireAbility ability="submitRequests"><RequestPage audience="agent" /></RequireAbility>,
          },
          { path: 'ma-file', element: <RequireAbility ability="adviseRequests"><MyQueuePage /></RequireAbility> },
          {
            // Advisers and coordinators log a call, an e-mail or a visit for an agent.
            path: 'ma-file/nouvelle-demande',
            element: <RequireAbility ability="handleRequests"><LogCallPage /></RequireAbility>,
          },
          {
            path: 'demandes/:id',
            element: <RequireAbility ability="handleRequests"><RequestPage audience="staff" /></RequireAbility>,
          },
          { path: 'coordination', element: <RequireAbility ability="coordinateRequests"><CoordinationPage /></RequireAbility> },
          { path: 'coordination/avis', element: <RequireAbility ability="coordinateRequests"><SatisfactionCommentsPage /></RequireAbility> },
          // The national survey panel (the server lets only a national coordinator in).
          { path: 'enquete-nationale', element: <RequireAbility ability="coordinateRequests"><PanelsPage /></RequireAbility> },
          // Questionnaires reached from an e-mail: no sign-in, the link is the key.
          { path: 'enquete/:token', element: <SurveyPage /> },
          { path: 'enquete-nationale/:token', element: <PanelSurveyPage /> },
          { path: 'orientations', element: <RequireAbility ability="receiveReferrals"><ReferralsPage /></RequireAbility> },
          { path: 'contenus', element: <RequireAbility ability="editContent"><ContentsPage /></RequireAbility> },
          {
            // Steering roles their territories; coordinators their académie; advisers their own requests.
            path: 'pilotage',
            element: <RequireAbility ability="readReports"><Suspense fallback={<Loading label="Chargement du rapport…" />}><SteeringPage /></Suspense></RequireAbility>,
          },
          { path: 'administration', element: <RequireAbility ability="administer"><AdminPage /></RequireAbility> },
          { path: '*', element: <NotFoundPage /> },
        ],
      },
    ],
  },
];
