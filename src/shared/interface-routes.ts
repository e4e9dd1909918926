/**
 * The pages of the interface, one pattern each (`:name` stands for one path segment). The
 * interface's router is built from this list (src/web/routes.tsx, which must give every page an
 * element), and the server reads it to answer 404 for an address that is no page
 * (src/server/http/web-assets.ts): one list, so the two cannot disagree.
 */
export const INTERFACE_PAGES = {
  home: '/',
  signIn: '/connexion',
  accessibility: '/accessibilite',
  mySpace: '/mon-espace',
  newRequest: '/mon-espace/nouvelle-demande',
  myRequest: '/mes-demandes/:id',
  myAppointments: '/mes-rendez-vous',
  // Agents: their calendar feed and their wishes of an earlier slot (the offers mailed link here).
  myCalendar: '/mes-rendez-vous/calendrier',
  // The adviser's day and week views.
  agenda: '/agenda',
  bookAppointment: '/prendre-rendez-vous',
  officeHours: '/mes-permanences',
  newOfficeHour: '/mes-permanences/nouvelle',
  officeHour: '/mes-permanences/:id',
  myQueue: '/ma-file',
  logCall: '/ma-file/nouvelle-demande',
  request: '/demandes/:id',
  coordination: '/coordination',
  coordinationComments: '/coordination/avis',
  panels: '/enquete-nationale',
  survey: '/enquete/:token',
  panelSurvey: '/enquete-nationale/:token',
  referrals: '/orientations',
  referral: '/orientations/:id',
  directory: '/annuaire',
  whoToContact: '/qui-contacter',
  whoToContactAcademie: '/qui-contacter/:academie',
  whoToContactDepartement: '/qui-contacter/:academie/departement/:departement',
  whoToContactSynoptic: '/qui-contacter/:academie/synoptique',
  whoToContactOrgChart: '/qui-contacter/:academie/organigramme',
  contents: '/contenus',
  // The knowledge base: « Informations RH » (search and themes), an article, the assistant, the « mallette ».
  helpCenter: '/informations',
  article: '/informations/:slug',
  assistant: '/poser-une-question',
  malletteIndex: '/mallette',
  mallette: '/mallette/:academie',
  // The editors' side of the knowledge base.
  contentsNewArticle: '/contenus/nouvel-article',
  contentsArticle: '/contenus/articles/:id',
  // Collective sessions: the agents' list; the organisers' list and one session (registered people, attendance).
  sessions: '/ateliers-et-reunions',
  organisedSessions: '/ateliers-et-reunions/organisation',
  organisedSession: '/ateliers-et-reunions/organisation/:id',
  // The phone line: the coordinator's rota; the adviser's shifts and the call logged in one step.
  phoneLineRota: '/permanence-telephonique/planning',
  phoneLine: '/permanence-telephonique',
  keyDates: '/dates-cles',
  myKeyDates: '/mon-espace/dates-cles',
  mySubscriptions: '/mon-espace/lettres-d-information',
  newsletterArchive: '/lettres-rh/:academie',
  newsletterArchiveIssue: '/lettres-rh/:academie/:id',
  contentsKeyDates: '/contenus/dates-cles',
  contentsNewsletters: '/contenus/lettres',
  contentsNewsletter: '/contenus/lettres/:id',
  steering: '/pilotage',
  administration: '/administration',
} as const;

export type InterfacePage = keyof typeof INTERFACE_PAGES;

const segmentsOf = (path: string) => path.split('/').filter((segment) => segment !== '');
const PATTERNS = Object.values(INTERFACE_PAGES).map(segmentsOf);

/**
 * Whether a path (no query string) is a page of the interface, as the router matches it:
 * letter case ignored, one trailing slash allowed, a `:name` segment matching any one segment.
 */
export function isInterfacePath(pathname: string): boolean {
  if (!pathname.startsWith('/') || pathname.includes('//')) return false;
  const segments = segmentsOf(pathname);
  return PATTERNS.some((pattern) => pattern.length === segments.length
    && pattern.every((part, i) => part.startsWith(':') || part.toLowerCase() === segments[i]!.toLowerCase()));
}
