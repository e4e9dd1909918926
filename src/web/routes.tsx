import { lazy, Suspense, type ComponentType, type LazyExoticComponent, type ReactNode } from 'react';
import type { RouteObject } from 'react-router-dom';
import { INTERFACE_PAGES, type InterfacePage } from '../shared/interface-routes.ts';
import { Loading } from './components/QueryStates.tsx';
import { Layout } from './components/Layout.tsx';
import { RequireAbility } from './components/RequireAbility.tsx';
import { RequireAgentOrAdviser } from './features/appointments/components/RequireAgentOrAdviser.tsx';
import { RouteError } from './components/RouteError.tsx';
import { SignInPage } from './features/auth/pages/SignInPage.tsx';
import { HomePage } from './features/site/pages/HomePage.tsx';
import { NotFoundPage } from './features/site/pages/NotFoundPage.tsx';

/**
 * The pages a visitor may open first without an account (home, sign-in, « page non trouvée »)
 * come with the main script; every other page is a file of its own, loaded when it is first
 * shown (after its guard let the person in), so that the first page stays light.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- React.lazy's own constraint
type AnyPage = ComponentType<any>;
function lazyPage<K extends string, M extends { [P in K]: AnyPage }>(load: () => Promise<M>, name: K): LazyExoticComponent<M[K]> {
  return lazy(async () => ({ default: (await load())[name] }));
}

const AccessibilityPage = lazyPage(() => import('./features/site/pages/AccessibilityPage.tsx'), 'AccessibilityPage');
const MySpacePage = lazyPage(() => import('./features/requests/pages/MySpacePage.tsx'), 'MySpacePage');
const NewRequestPage = lazyPage(() => import('./features/requests/pages/NewRequestPage.tsx'), 'NewRequestPage');
const RequestPage = lazyPage(() => import('./features/requests/pages/RequestPage.tsx'), 'RequestPage');
const MyQueuePage = lazyPage(() => import('./features/requests/pages/MyQueuePage.tsx'), 'MyQueuePage');
const MyAppointmentsPage = lazyPage(() => import('./features/appointments/pages/MyAppointmentsPage.tsx'), 'MyAppointmentsPage');
const AgendaPage = lazyPage(() => import('./features/agenda/pages/AgendaPage.tsx'), 'AgendaPage');
const MyCalendarPage = lazyPage(() => import('./features/agenda/pages/MyCalendarPage.tsx'), 'MyCalendarPage');
const BookAppointmentPage = lazyPage(() => import('./features/appointments/pages/BookAppointmentPage.tsx'), 'BookAppointmentPage');
const OfficeHoursPage = lazyPage(() => import('./features/office-hours/pages/OfficeHoursPage.tsx'), 'OfficeHoursPage');
const OfficeHourFormPage = lazyPage(() => import('./features/office-hours/pages/OfficeHourFormPage.tsx'), 'OfficeHourFormPage');
const LogCallPage = lazyPage(() => import('./features/requests/pages/LogCallPage.tsx'), 'LogCallPage');
const CoordinationPage = lazyPage(() => import('./features/requests/pages/CoordinationPage.tsx'), 'CoordinationPage');
const SatisfactionCommentsPage = lazyPage(() => import('./features/satisfaction/pages/SatisfactionCommentsPage.tsx'), 'SatisfactionCommentsPage');
const PanelsPage = lazyPage(() => import('./features/satisfaction/pages/PanelsPage.tsx'), 'PanelsPage');
const SurveyPage = lazyPage(() => import('./features/satisfaction/pages/SurveyPage.tsx'), 'SurveyPage');
const PanelSurveyPage = lazyPage(() => import('./features/satisfaction/pages/PanelSurveyPage.tsx'), 'PanelSurveyPage');
const ReferralsPage = lazyPage(() => import('./features/referrals/pages/ReferralsPage.tsx'), 'ReferralsPage');
const ReferralPage = lazyPage(() => import('./features/referrals/pages/ReferralPage.tsx'), 'ReferralPage');
const DirectoryPage = lazyPage(() => import('./features/directory/pages/DirectoryPage.tsx'), 'DirectoryPage');
const WhoToContactPage = lazyPage(() => import('./features/contacts/pages/WhoToContactPage.tsx'), 'WhoToContactPage');
const AcademieContactsPage = lazyPage(() => import('./features/contacts/pages/AcademieContactsPage.tsx'), 'AcademieContactsPage');
const DepartementContactsPage = lazyPage(() => import('./features/contacts/pages/DepartementContactsPage.tsx'), 'DepartementContactsPage');
const SynopticPage = lazyPage(() => import('./features/contacts/pages/SynopticPage.tsx'), 'SynopticPage');
const OrgChartPage = lazyPage(() => import('./features/contacts/pages/OrgChartPage.tsx'), 'OrgChartPage');
const ContentsPage = lazyPage(() => import('./features/contents/pages/ContentsPage.tsx'), 'ContentsPage');
const ArticleEditorPage = lazyPage(() => import('./features/contents/pages/ArticleEditorPage.tsx'), 'ArticleEditorPage');
const HelpCenterPage = lazyPage(() => import('./features/knowledge-base/pages/HelpCenterPage.tsx'), 'HelpCenterPage');
const ArticlePage = lazyPage(() => import('./features/knowledge-base/pages/ArticlePage.tsx'), 'ArticlePage');
const AssistantPage = lazyPage(() => import('./features/knowledge-base/pages/AssistantPage.tsx'), 'AssistantPage');
const MalletteIndexPage = lazyPage(() => import('./features/knowledge-base/pages/MalletteIndexPage.tsx'), 'MalletteIndexPage');
const MallettePage = lazyPage(() => import('./features/knowledge-base/pages/MallettePage.tsx'), 'MallettePage');
// The reports page brings the chart library: it comes only with that page.
const SteeringPage = lazyPage(() => import('./features/reports/pages/SteeringPage.tsx'), 'SteeringPage');
const AdminPage = lazyPage(() => import('./features/admin/pages/AdminPage.tsx'), 'AdminPage');
const KeyDatesPage = lazyPage(() => import('./features/key-dates/pages/KeyDatesPage.tsx'), 'KeyDatesPage');
const MyKeyDatesPage = lazyPage(() => import('./features/key-dates/pages/MyKeyDatesPage.tsx'), 'MyKeyDatesPage');
const ManageKeyDatesPage = lazyPage(() => import('./features/key-dates/pages/ManageKeyDatesPage.tsx'), 'ManageKeyDatesPage');
const MySubscriptionsPage = lazyPage(() => import('./features/newsletters/pages/MySubscriptionsPage.tsx'), 'MySubscriptionsPage');
const NewsletterArchivePage = lazyPage(() => import('./features/newsletters/pages/NewsletterArchivePage.tsx'), 'NewsletterArchivePage');
const ArchivedIssuePage = lazyPage(() => import('./features/newsletters/pages/ArchivedIssuePage.tsx'), 'ArchivedIssuePage');
const NewslettersPage = lazyPage(() => import('./features/newsletters/pages/NewslettersPage.tsx'), 'NewslettersPage');
const NewsletterPage = lazyPage(() => import('./features/newsletters/pages/NewsletterPage.tsx'), 'NewsletterPage');
const SessionsPage = lazyPage(() => import('./features/collective-sessions/pages/SessionsPage.tsx'), 'SessionsPage');
const OrganisedSessionsPage = lazyPage(() => import('./features/collective-sessions/pages/OrganisedSessionsPage.tsx'), 'OrganisedSessionsPage');
const OrganisedSessionPage = lazyPage(() => import('./features/collective-sessions/pages/OrganisedSessionPage.tsx'), 'OrganisedSessionPage');
const PhoneLineRotaPage = lazyPage(() => import('./features/phone-line/pages/PhoneLineRotaPage.tsx'), 'PhoneLineRotaPage');
const PhoneLinePage = lazyPage(() => import('./features/phone-line/pages/PhoneLinePage.tsx'), 'PhoneLinePage');

/** A page loaded on demand: « Chargement… » while its file arrives. */
function later(page: ReactNode, label?: string) {
  return <Suspense fallback={<Loading {...(label === undefined ? {} : { label })} />}>{page}</Suspense>;
}

/** Every page of src/shared/interface-routes.ts, with its guard (the server reads the same list). */
const PAGES: Record<InterfacePage, ReactNode> = {
  home: <HomePage />,
  signIn: <SignInPage />,
  accessibility: later(<AccessibilityPage />),
  mySpace: <RequireAbility ability="submitRequests">{later(<MySpacePage />)}</RequireAbility>,
  newRequest: <RequireAbility ability="submitRequests">{later(<NewRequestPage />)}</RequireAbility>,
  myRequest: <RequireAbility ability="submitRequests">{later(<RequestPage audience="agent" />)}</RequireAbility>,
  // An agent's appointments, or those an adviser holds (the mails of an appointment link here).
  myAppointments: <RequireAgentOrAdviser>{later(<MyAppointmentsPage />)}</RequireAgentOrAdviser>,
  // The calendar feed (agents and advisers) and the wishes of an earlier slot (agents).
  myCalendar: <RequireAgentOrAdviser>{later(<MyCalendarPage />)}</RequireAgentOrAdviser>,
  // The adviser's day and week views of the appointments they hold.
  agenda: <RequireAbility ability="adviseRequests">{later(<AgendaPage />)}</RequireAbility>,
  // An agent books a slot (from « Mon espace », a request, or « Qui contacter ? » after signing in).
  bookAppointment: <RequireAbility ability="bookAppointments">{later(<BookAppointmentPage />)}</RequireAbility>,
  // Advisers their own office hours; coordinators those of the advisers of their territory.
  officeHours: <RequireAbility ability="manageOfficeHours">{later(<OfficeHoursPage />)}</RequireAbility>,
  newOfficeHour: <RequireAbility ability="manageOfficeHours">{later(<OfficeHourFormPage />)}</RequireAbility>,
  officeHour: <RequireAbility ability="manageOfficeHours">{later(<OfficeHourFormPage />)}</RequireAbility>,
  myQueue: <RequireAbility ability="adviseRequests">{later(<MyQueuePage />)}</RequireAbility>,
  // Advisers and coordinators log a call, an e-mail or a visit for an agent.
  logCall: <RequireAbility ability="handleRequests">{later(<LogCallPage />)}</RequireAbility>,
  request: <RequireAbility ability="handleRequests">{later(<RequestPage audience="staff" />)}</RequireAbility>,
  coordination: <RequireAbility ability="coordinateRequests">{later(<CoordinationPage />)}</RequireAbility>,
  coordinationComments: <RequireAbility ability="coordinateRequests">{later(<SatisfactionCommentsPage />)}</RequireAbility>,
  // The national survey panel (the server lets only a national coordinator in).
  panels: <RequireAbility ability="coordinateRequests">{later(<PanelsPage />)}</RequireAbility>,
  // Questionnaires reached from an e-mail: no sign-in, the link is the key.
  survey: later(<SurveyPage />),
  panelSurvey: later(<PanelSurveyPage />),
  referrals: <RequireAbility ability="receiveReferrals">{later(<ReferralsPage />)}</RequireAbility>,
  referral: <RequireAbility ability="receiveReferrals">{later(<ReferralPage />)}</RequireAbility>,
  directory: <RequireAbility ability="manageDirectory">{later(<DirectoryPage />)}</RequireAbility>,
  // « Qui contacter ? »: public, no sign-in.
  whoToContact: later(<WhoToContactPage />),
  whoToContactAcademie: later(<AcademieContactsPage />),
  whoToContactDepartement: later(<DepartementContactsPage />),
  whoToContactSynoptic: later(<SynopticPage />),
  whoToContactOrgChart: later(<OrgChartPage />),
  contents: <RequireAbility ability="editContent">{later(<ContentsPage />)}</RequireAbility>,
  contentsNewArticle: <RequireAbility ability="editContent">{later(<ArticleEditorPage />)}</RequireAbility>,
  contentsArticle: <RequireAbility ability="editContent">{later(<ArticleEditorPage />)}</RequireAbility>,
  // The knowledge base: public, no sign-in (a signed-in agent also sees the sheets of their category).
  helpCenter: later(<HelpCenterPage />),
  article: later(<ArticlePage />),
  assistant: later(<AssistantPage />),
  malletteIndex: later(<MalletteIndexPage />),
  mallette: later(<MallettePage />),
  // Steering roles their territories; coordinators their académie; advisers their own requests.
  steering: <RequireAbility ability="readReports">{later(<SteeringPage />, 'Chargement du rapport…')}</RequireAbility>,
  administration: <RequireAbility ability="administer">{later(<AdminPage />)}</RequireAbility>,
  // Key dates: public, the agent's own in « Mon espace », written by the editors (« Contenus »).
  keyDates: later(<KeyDatesPage />),
  myKeyDates: <RequireAbility ability="submitRequests">{later(<MyKeyDatesPage />)}</RequireAbility>,
  contentsKeyDates: <RequireAbility ability="editContent">{later(<ManageKeyDatesPage />)}</RequireAbility>,
  // The newsletter: the agent's subscriptions, the public archive, the editors' issues.
  mySubscriptions: <RequireAbility ability="submitRequests">{later(<MySubscriptionsPage />)}</RequireAbility>,
  newsletterArchive: later(<NewsletterArchivePage />),
  newsletterArchiveIssue: later(<ArchivedIssuePage />),
  contentsNewsletters: <RequireAbility ability="editContent">{later(<NewslettersPage />)}</RequireAbility>,
  contentsNewsletter: <RequireAbility ability="editContent">{later(<NewsletterPage />)}</RequireAbility>,
  // Collective sessions: agents register; advisers and coordinators organise.
  sessions: <RequireAbility ability="attendSessions">{later(<SessionsPage />)}</RequireAbility>,
  organisedSessions: <RequireAbility ability="organiseSessions">{later(<OrganisedSessionsPage />)}</RequireAbility>,
  organisedSession: <RequireAbility ability="organiseSessions">{later(<OrganisedSessionPage />)}</RequireAbility>,
  // The phone line: the coordinator's rota; the adviser's shifts and calls.
  phoneLineRota: <RequireAbility ability="planPhoneLine">{later(<PhoneLineRotaPage />)}</RequireAbility>,
  phoneLine: <RequireAbility ability="answerPhoneLine">{later(<PhoneLinePage />)}</RequireAbility>,
};

export const routes: RouteObject[] = [
  {
    element: <Layout />,
    children: [
      {
        // Pathless: a rendering error shows inside the layout, header and footer kept.
        errorElement: <RouteError />,
        children: [
          ...Object.entries(PAGES).map(([page, element]): RouteObject => (page === 'home'
            ? { index: true, element }
            : { path: INTERFACE_PAGES[page as InterfacePage].slice(1), element })),
          { path: '*', element: <NotFoundPage /> },
        ],
      },
    ],
  },
];
