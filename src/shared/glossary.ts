/**
 * The one place where a code name meets its French label (DOMAIN.md glossary).
 * Code speaks English; the interface shows these labels.
 */
export const ROLES = ['agent', 'adviser', 'coordinator', 'contact_point', 'editor', 'steering', 'admin'] as const;
export type Role = (typeof ROLES)[number];

export const ROLE_LABELS: Record<Role, string> = {
  agent: 'Agent',
  adviser: 'Conseiller RH de proximité',
  coordinator: 'Coordonnateur du service RH de proximité',
  contact_point: 'Interlocuteur RH',
  editor: 'Éditeur de contenus',
  steering: 'Pilotage',
  admin: 'Administrateur',
};

/** The home space of each role, as named in the interface (PRODUCT.md). */
export const ROLE_SPACES: Record<Role, { label: string; path: string }> = {
  agent: { label: 'Mon espace', path: '/mon-espace' },
  adviser: { label: 'Ma file', path: '/ma-file' },
  coordinator: { label: 'Coordination', path: '/coordination' },
  contact_point: { label: 'Orientations reçues', path: '/orientations' },
  editor: { label: 'Contenus', path: '/contenus' },
  steering: { label: 'Pilotage', path: '/pilotage' },
  admin: { label: 'Administration', path: '/administration' },
};

export const TERRITORY_LEVEL_LABELS = {
  national: 'National',
  academie: 'Académie',
  departement: 'Département',
} as const;

export const AGENT_CATEGORIES = ['first_degree', 'second_degree', 'biatss', 'leadership'] as const;
export type AgentCategory = (typeof AGENT_CATEGORIES)[number];
export const AGENT_CATEGORY_LABELS: Record<AgentCategory, string> = {
  first_degree: 'Professeurs des écoles (1er degré)',
  second_degree: 'Professeurs du second degré et personnels d’éducation',
  biatss: 'Personnels BIATSS',
  leadership: 'Personnels d’encadrement',
};

export const EMPLOYMENT_STATUSES = ['tenured', 'trainee', 'contract'] as const;
export type EmploymentStatus = (typeof EMPLOYMENT_STATUSES)[number];
export const EMPLOYMENT_STATUS_LABELS: Record<EmploymentStatus, string> = {
  tenured: 'Titulaire',
  trainee: 'Stagiaire',
  contract: 'Contractuel',
};

export const GENDERS = ['female', 'male', 'unspecified'] as const;
export type Gender = (typeof GENDERS)[number];
export const GENDER_LABELS: Record<Gender, string> = { female: 'Femme', male: 'Homme', unspecified: 'Non renseigné' };

export const TOPICS = [
  'career_project', 'work_difficulties', 'health_wellbeing', 'application_support',
  'training_project', 'managerial_support', 'protection',
] as const;
export type Topic = (typeof TOPICS)[number];
export const TOPIC_LABELS: Record<Topic, string> = {
  career_project: 'Accompagnement d’un projet professionnel',
  work_difficulties: 'Difficultés professionnelles',
  health_wellbeing: 'Santé et qualité de vie au travail',
  application_support: 'Aide à la constitution de dossiers',
  training_project: 'Projet de formation',
  managerial_support: 'Appui managérial',
  protection: 'Atteinte à l’image ou à l’intégrité',
};
/** Topics whose requests are sensitive by default (special-category data). */
export const SENSITIVE_TOPICS: readonly Topic[] = ['health_wellbeing', 'protection'];

export const REQUEST_STATUSES = ['open', 'in_progress', 'waiting_agent', 'closed'] as const;
export type RequestStatus = (typeof REQUEST_STATUSES)[number];
export const REQUEST_STATUS_LABELS: Record<RequestStatus, string> = {
  open: 'Nouvelle',
  in_progress: 'En cours',
  waiting_agent: 'En attente de votre réponse',
  closed: 'Clôturée',
};

export const RESPONSE_TYPES = ['information_individual', 'information_collective', 'internal_referral', 'external_referral'] as const;
export type ResponseType = (typeof RESPONSE_TYPES)[number];
export const RESPONSE_TYPE_LABELS: Record<ResponseType, string> = {
  information_individual: 'Information individuelle',
  information_collective: 'Information collective',
  internal_referral: 'Orientation vers un interlocuteur de l’Éducation nationale',
  external_referral: 'Orientation vers un interlocuteur externe',
};

export const CHANNELS = ['web', 'phone', 'email', 'in_person'] as const;
export type Channel = (typeof CHANNELS)[number];
export const CHANNEL_LABELS: Record<Channel, string> = {
  web: 'Formulaire en ligne', phone: 'Téléphone', email: 'Courriel', in_person: 'Sur place',
};

export const CONTACT_PREFERENCES = ['email', 'phone', 'visio', 'in_person'] as const;
export type ContactPreference = (typeof CONTACT_PREFERENCES)[number];
export const CONTACT_PREFERENCE_LABELS: Record<ContactPreference, string> = {
  email: 'Par courriel', phone: 'Par téléphone', visio: 'En visioconférence', in_person: 'En rendez-vous',
};

export const ESTABLISHMENT_KINDS = ['ecole', 'college', 'lycee', 'circonscription', 'dsden', 'rectorat', 'service'] as const;
export type EstablishmentKind = (typeof ESTABLISHMENT_KINDS)[number];

/** How a member of the national panel learned of the service (« conditions d’accès »). */
export const HEARD_FROM = ['colleague', 'hierarchy', 'website', 'newsletter', 'meeting', 'other'] as const;
export type HeardFrom = (typeof HEARD_FROM)[number];
export const HEARD_FROM_LABELS: Record<HeardFrom, string> = {
  colleague: 'Par un collègue',
  hierarchy: 'Par ma hiérarchie ou mon chef d’établissement',
  website: 'Par le site ou l’intranet de l’académie',
  newsletter: 'Par une lettre d’information RH',
  meeting: 'Lors d’une réunion ou d’une rencontre',
  other: 'Autrement',
};

// ─── The orientation network (contracts/orientation.ts) ─────────────────────────────────────────

/** Every kind of HR actor (API.md). `adviser` entries of the public list are the advisers of the service. */
export const CONTACT_POINT_KINDS = [
  'adviser', 'career_adviser', 'social_worker', 'occupational_doctor', 'occupational_psychologist', 'disability_correspondent',
  'equality_officer', 'cell', 'management_office', 'leadership_mission', 'hr_correspondent', 'external_partner',
] as const;
export type ContactPointKind = (typeof CONTACT_POINT_KINDS)[number];
export const CONTACT_POINT_KIND_LABELS: Record<ContactPointKind, string> = {
  adviser: 'Conseiller RH de proximité',
  career_adviser: 'Conseiller mobilité carrière',
  social_worker: 'Service social des personnels',
  occupational_doctor: 'Médecine du travail',
  occupational_psychologist: 'Psychologue du travail',
  disability_correspondent: 'Correspondant handicap',
  equality_officer: 'Référent égalité et diversité',
  cell: 'Cellule spécialisée',
  management_office: 'Bureau de gestion',
  leadership_mission: 'Mission d’accompagnement des personnels d’encadrement',
  hr_correspondent: 'Correspondant RH de bassin',
  external_partner: 'Partenaire extérieur',
};

export const REFERRAL_STATUSES = ['sent', 'accepted', 'declined', 'answered', 'revoked'] as const;
export type ReferralStatus = (typeof REFERRAL_STATUSES)[number];
export const REFERRAL_OUTCOMES = ['resolved', 'partly_resolved', 'not_resolved', 'redirected'] as const;
export type ReferralOutcome = (typeof REFERRAL_OUTCOMES)[number];
export const REFERRAL_OUTCOME_LABELS: Record<ReferralOutcome, string> = {
  resolved: 'Situation prise en charge et résolue',
  partly_resolved: 'Situation en partie résolue',
  not_resolved: 'Situation non résolue',
  redirected: 'Réorientée vers un autre interlocuteur',
};

/**
 * The synoptic document (« tous les acteurs de l’accompagnement individuel et collectif »): the
 * kinds of actor in three parts, the same on the page and in the PDF.
 */
export const SYNOPTIC_GROUPS: ReadonlyArray<{ key: string; title: string; intro: string; kinds: readonly ContactPointKind[] }> = [
  {
    key: 'individuel', title: 'L’accompagnement individuel',
    intro: 'Un interlocuteur vous reçoit, vous écoute et vous conseille personnellement, en toute confidentialité.',
    kinds: ['adviser', 'career_adviser', 'social_worker', 'occupational_doctor', 'occupational_psychologist', 'disability_correspondent',
      'equality_officer', 'leadership_mission'],
  },
  {
    key: 'collectif', title: 'L’accompagnement collectif et la gestion',
    intro: 'Relais dans les bassins, cellules et services de gestion : informations collectives, campagnes et actes de gestion.',
    kinds: ['hr_correspondent', 'cell', 'management_office'],
  },
  {
    key: 'partenaires', title: 'Les partenaires extérieurs',
    intro: 'Des organismes hors de l’Éducation nationale vers lesquels un conseiller peut vous orienter.',
    kinds: ['external_partner'],
  },
];

// ─── Appointments (contracts/appointments.ts) ──────────────────────────────────────────────────

/** What an appointment is for: a request topic, or one of the two appointments of their own. */
export const APPOINTMENT_REASONS = [...TOPICS, 'end_of_career', 'mobility_file'] as const;
export type AppointmentReason = (typeof APPOINTMENT_REASONS)[number];
export const APPOINTMENT_REASON_LABELS: Record<AppointmentReason, string> = {
  ...TOPIC_LABELS,
  end_of_career: 'Rendez-vous de fin de carrière',
  mobility_file: 'Préparation d’un dossier de mobilité',
};

export const APPOINTMENT_MODES = ['in_person', 'visio', 'phone'] as const;
export type AppointmentMode = (typeof APPOINTMENT_MODES)[number];
export const APPOINTMENT_MODE_LABELS: Record<AppointmentMode, string> = { in_person: 'Sur place', visio: 'En visioconférence', phone: 'Par téléphone' };

export const APPOINTMENT_STATUSES = ['booked', 'cancelled', 'held', 'no_show', 'excused'] as const;
export type AppointmentStatus = (typeof APPOINTMENT_STATUSES)[number];
export const APPOINTMENT_STATUS_LABELS: Record<AppointmentStatus, string> = {
  booked: 'Confirmé', cancelled: 'Annulé', held: 'Honoré', no_show: 'Absence non excusée', excused: 'Absence excusée',
};

export const PLACE_KINDS = ['establishment', 'dsden', 'rectorat', 'visio', 'phone'] as const;
export type PlaceKind = (typeof PLACE_KINDS)[number];
export const PLACE_KIND_LABELS: Record<PlaceKind, string> = {
  establishment: 'Établissement', dsden: 'DSDEN', rectorat: 'Rectorat', visio: 'Visioconférence', phone: 'Téléphone',
};

// ─── Collective sessions (contracts/collective-sessions.ts) ────────────────────────────────────

export const SESSION_KINDS = ['information_meeting', 'workshop', 'webinar'] as const;
export type SessionKind = (typeof SESSION_KINDS)[number];
export const SESSION_KIND_LABELS: Record<SessionKind, string> = {
  information_meeting: 'Réunion d’information', workshop: 'Atelier', webinar: 'Webinaire',
};
/** Where a collective session is held: a place, or a visio link. */
export const SESSION_PLACE_KINDS = ['establishment', 'dsden', 'rectorat', 'visio'] as const;
export type SessionPlaceKind = (typeof SESSION_PLACE_KINDS)[number];
export const REGISTRATION_STATUSES = ['registered', 'waiting', 'cancelled'] as const;
export type RegistrationStatus = (typeof REGISTRATION_STATUSES)[number];
export const REGISTRATION_STATUS_LABELS: Record<RegistrationStatus, string> = {
  registered: 'Inscrit', waiting: 'Sur liste d’attente', cancelled: 'Désinscrit',
};
export const ATTENDANCES = ['present', 'absent'] as const;
export type Attendance = (typeof ATTENDANCES)[number];
export const ATTENDANCE_LABELS: Record<Attendance, string> = { present: 'Présent', absent: 'Absent' };

// ─── Phone line (contracts/phone-line.ts) ──────────────────────────────────────────────────────

export const HALF_DAYS = ['morning', 'afternoon'] as const;
export type HalfDay = (typeof HALF_DAYS)[number];
export const HALF_DAY_LABELS: Record<HalfDay, string> = { morning: 'Matin', afternoon: 'Après-midi' };

// ─── The knowledge base (contracts/knowledge-base.ts) ──────────────────────────────────────────

/** fiche, FAQ, guide, dispositif. */
export const ARTICLE_KINDS = ['sheet', 'faq', 'guide', 'scheme'] as const;
export type ArticleKind = (typeof ARTICLE_KINDS)[number];
export const ARTICLE_KIND_LABELS: Record<ArticleKind, string> = { sheet: 'Fiche', faq: 'Question fréquente', guide: 'Guide', scheme: 'Dispositif' };

export const ARTICLE_THEMES = [
  'mobility', 'career', 'training', 'health_worklife', 'social_action', 'protection', 'end_of_career', 'telework', 'managerial_support',
] as const;
export type ArticleTheme = (typeof ARTICLE_THEMES)[number];
export const ARTICLE_THEME_LABELS: Record<ArticleTheme, string> = {
  mobility: 'Mobilité',
  career: 'Carrière',
  training: 'Formation',
  health_worklife: 'Santé et qualité de vie au travail',
  social_action: 'Action sociale',
  protection: 'Protection des personnels',
  end_of_career: 'Fin de carrière',
  telework: 'Télétravail',
  managerial_support: 'Appui managérial',
};

/** The life of an article: written, proofread by a second editor, online, withdrawn. */
export const ARTICLE_STATUSES = ['draft', 'in_review', 'published', 'archived'] as const;
export type ArticleStatus = (typeof ARTICLE_STATUSES)[number];
export const ARTICLE_STATUS_LABELS: Record<ArticleStatus, string> = {
  draft: 'Brouillon', in_review: 'En relecture', published: 'Publié', archived: 'Archivé',
};

/** The situations of the « mallette de l’accompagnement ». */
export const ARTICLE_SITUATIONS = [
  'starting', 'changing_job', 'in_difficulty', 'preparing_retirement', 'developing_skills', 'managing_a_team', 'family_and_life',
] as const;
export type ArticleSituation = (typeof ARTICLE_SITUATIONS)[number];
export const ARTICLE_SITUATION_LABELS: Record<ArticleSituation, { title: string; intro: string }> = {
  starting: { title: 'Je débute', intro: 'Vous entrez dans le métier ou arrivez dans l’académie : les premiers repères et les personnes à connaître.' },
  changing_job: { title: 'Je veux changer de poste', intro: 'Mutation, détachement, reconversion : préparer un projet de mobilité et se faire accompagner.' },
  in_difficulty: { title: 'Je suis en difficulté', intro: 'Santé, conflit, difficultés professionnelles : vous n’êtes pas seul, des interlocuteurs peuvent vous aider.' },
  preparing_retirement: { title: 'Je prépare ma retraite', intro: 'Estimer ses droits, préparer son dossier, envisager la fin de carrière sereinement.' },
  developing_skills: { title: 'Je veux me former', intro: 'Formation continue, congé de formation, bilan de compétences, validation des acquis.' },
  managing_a_team: { title: 'J’encadre une équipe', intro: 'Appui aux personnels de direction et d’encadrement dans la gestion de leurs équipes.' },
  family_and_life: { title: 'Ma vie personnelle et familiale', intro: 'Temps partiel, congés, aides sociales : concilier vie professionnelle et vie personnelle.' },
};

// ─── Key dates and the newsletter (contracts/key-dates.ts, contracts/newsletters.ts) ─────────────

/** What a key date is about: the campaigns and deadlines of the school year. */
export const KEY_DATE_KINDS = [
  'mobility_inter', 'mobility_intra', 'promotions', 'career_appointments', 'training_plan', 'telework', 'time_savings_account', 'retirement', 'other',
] as const;
export type KeyDateKind = (typeof KEY_DATE_KINDS)[number];
export const KEY_DATE_KIND_LABELS: Record<KeyDateKind, string> = {
  mobility_inter: 'Mobilité inter-académique',
  mobility_intra: 'Mobilité intra-académique',
  promotions: 'Promotions et avancement',
  career_appointments: 'Rendez-vous de carrière',
  training_plan: 'Plan de formation',
  telework: 'Campagne de télétravail',
  time_savings_account: 'Compte épargne-temps',
  retirement: 'Dossiers de retraite',
  other: 'Autre échéance',
};
export const KEY_DATE_STATUSES = ['scheduled', 'cancelled'] as const;
export type KeyDateStatus = (typeof KEY_DATE_STATUSES)[number];
export const KEY_DATE_STATUS_LABELS: Record<KeyDateStatus, string> = { scheduled: 'Programmée', cancelled: 'Annulée' };

/** The two kinds of newsletter: the quarterly HR letter and the weekly flash. */
export const NEWSLETTER_KINDS = ['quarterly', 'weekly_flash'] as const;
export type NewsletterKind = (typeof NEWSLETTER_KINDS)[number];
export const NEWSLETTER_KIND_LABELS: Record<NewsletterKind, string> = {
  quarterly: 'Lettre RH trimestrielle',
  weekly_flash: 'Flash hebdomadaire',
};
/** The life of an issue: composed, submitted for approval, approved (waiting for its time), sending, sent; or cancelled. */
export const NEWSLETTER_STATUSES = ['draft', 'submitted', 'approved', 'sending', 'sent', 'cancelled'] as const;
export type NewsletterStatus = (typeof NEWSLETTER_STATUSES)[number];
export const NEWSLETTER_STATUS_LABELS: Record<NewsletterStatus, string> = {
  draft: 'Brouillon', submitted: 'À valider', approved: 'Validée, envoi programmé', sending: 'En cours d’envoi', sent: 'Envoyée', cancelled: 'Annulée',
};
