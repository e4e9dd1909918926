import type { ColumnType, Generated, Insertable, Kysely, Selectable, Transaction } from 'kysely';
import type {
  AgentCategory, Channel, ContactPreference, EmploymentStatus, Gender, RequestStatus, ResponseType, Role, Topic,
} from '../../shared/glossary.ts';
import type { TerritoryLevel } from '../../shared/territories.ts';

/** A timestamp read as a Date, written as a Date or an ISO string. */
type Timestamp = ColumnType<Date, Date | string, Date | string>;
type CreatedAt = ColumnType<Date, Date | string | undefined, never>;

export interface AcademiesTable { code: string; name: string; reference_prefix: string }
export interface DepartementsTable { code: string; name: string; academie_code: string }
export interface BassinsTable { code: string; name: string; departement_code: string }
export interface EstablishmentsTable {
  uai: string; name: string; kind: string; commune: string; departement_code: string; bassin_code: string | null;
}

export interface PersonsTable {
  id: Generated<string>;
  email: string;
  display_name: string;
  given_name: string | null;
  family_name: string | null;
  phone: string | null;
  oidc_issuer: string | null;
  oidc_subject: string | null;
  category: AgentCategory | null;
  employment_status: EmploymentStatus | null;
  gender: Gender | null;
  birth_year: number | null;
  establishment_uai: string | null;
  departement_code: string | null;
  academie_code: string | null;
  working_share: number | null;
  active: Generated<boolean>;
  created_at: CreatedAt;
}

export interface RoleAssignmentsTable {
  id: Generated<string>;
  person_id: string;
  role: Role;
  territory_level: TerritoryLevel;
  territory_code: string;
  created_at: CreatedAt;
}

export interface SessionsTable {
  token_hash: string;
  person_id: string;
  csrf_token: string;
  auth_method: 'oidc' | 'demo';
  created_at: CreatedAt;
  last_seen_at: ColumnType<Date, Date | string | undefined, Date | string>;
  expires_at: Timestamp;
}

export interface OidcFlowsTable {
  state: string; code_verifier: string; nonce: string; return_to: string; expires_at: Timestamp;
}

export interface DemoAccountsTable { person_id: string; description: string; position: number }

export interface AuditLogTable {
  id: Generated<number>;
  occurred_at: CreatedAt;
  actor_id: string | null;
  actor_role: string | null;
  action: string;
  target_type: string;
  target_id: string | null;
  academie_code: string | null;
  ip: string | null;
  request_id: string | null;
  details: ColumnType<Record<string, unknown>, string | undefined, never>;
}

export interface RequestCountersTable { academie_code: string; year: number; last_number: number }

export interface RequestsTable {
  id: Generated<string>;
  reference: string;
  agent_id: string;
  academie_code: string;
  departement_code: string;
  topic: Topic;
  subject: string;
  description: string | null;
  status: ColumnType<RequestStatus, RequestStatus | undefined, RequestStatus>;
  sensitive: ColumnType<boolean, boolean | undefined, boolean>;
  channel: ColumnType<Channel, Channel | undefined, Channel>;
  contact_preference: ContactPreference;
  consent_to_share: ColumnType<boolean, boolean | undefined, boolean>;
  assignee_id: string | null;
  created_by_id: string | null;
  created_at: ColumnType<Date, Date | string | undefined, never>;
  acknowledged_at: Timestamp | null;
  first_response_due_at: Timestamp | null;
  first_responded_at: Timestamp | null;
  closed_at: Timestamp | null;
  response_type: ResponseType | null;
  closing_summary: string | null;
  paused_at: Timestamp | null;
  first_response_working_days: number | null;
  closure_working_days: number | null;
  holding_sent_at: Timestamp | null;
  overdue_alerted_at: Timestamp | null;
  reopened_count: ColumnType<number, number | undefined, number>;
  last_activity_at: ColumnType<Date, Date | string | undefined, Date | string>;
  anonymised_at: Timestamp | null;
  requester_category: ColumnType<AgentCategory | null, AgentCategory | null | undefined, never>;
  requester_gender: ColumnType<Gender | null, Gender | null | undefined, never>;
  requester_birth_year: ColumnType<number | null, number | null | undefined, never>;
  /** The request's random key for the reports' rounding (migration 2026_11_26_0001): never shown. */
  stat_key: ColumnType<number, never, never>;
}

export interface AcademieSettingsTable {
  academie_code: string;
  commitment_days: ColumnType<number, number | undefined, number>;
  holding_days_before: ColumnType<number, number | undefined, number>;
  retention_years: ColumnType<number, number | undefined, number>;
  reopen_days: ColumnType<number, number | undefined, number>;
  survey_delay_days: ColumnType<number, number | undefined, number>;
  /** The listening line shown by the assistant when it hands over (migration 2026_12_05_0001). */
  listening_line_label: ColumnType<string | null, string | null | undefined, string | null>;
  listening_line_phone: ColumnType<string | null, string | null | undefined, string | null>;
  listening_line_hours: ColumnType<string | null, string | null | undefined, string | null>;
}

export interface RequestMessagesTable {
  id: Generated<string>; request_id: string; author_id: string | null; from_staff: boolean; body: string | null; created_at: CreatedAt;
}
export interface RequestNotesTable {
  id: Generated<string>; request_id: string; author_id: string; body: string | null; created_at: CreatedAt;
}
export interface RequestEventsTable {
  id: Generated<number>; request_id: string; kind: string; actor_id: string | null; visible_to_agent: ColumnType<boolean, boolean | undefined, never>;
  data: ColumnType<Record<string, unknown>, string | undefined, never>; created_at: CreatedAt;
}
export interface RequestPausesTable { id: Generated<number>; request_id: string; started_at: Timestamp; ended_at: Timestamp | null }
export interface RequestAttachmentsTable {
  id: Generated<string>; request_id: string; message_id: string | null; uploaded_by: string; filename: string; media_type: string;
  size_bytes: number; sha256: string; created_at: CreatedAt; removed_at: Timestamp | null;
}
export interface AttachmentContentsTable { attachment_id: string; content: Buffer }
export interface RequestSharesTable { request_id: string; person_id: string; shared_by: string | null; reason: string; created_at: CreatedAt }
export interface RequestReadsTable { request_id: string; person_id: string; read_at: Timestamp }
export interface AdviserAbsencesTable { id: Generated<string>; adviser_id: string; starts_on: ColumnType<string, string, string>; ends_on: ColumnType<string, string, string>; created_at: CreatedAt }

export interface MailOutboxTable {
  id: string; template: string; recipient: string; subject: string; text_body: string; html_body: string; created_at: CreatedAt;
  sent_at: Timestamp | null; transport: 'smtp' | 'outbox'; message_id: string | null; academie_code: string | null;
}

export interface SatisfactionSurveysTable {
  id: Generated<string>; request_id: string; academie_code: string; departement_code: string;
  /** The hash of the link's token, set when the invitation leaves (null until then). */
  token_hash: string | null;
  sent_at: ColumnType<Date, Date | string | undefined, never>; expires_at: Timestamp; answered_at: Timestamp | null;
  ease: number | null; delay: number | null; listening: number | null; clarity: number | null; usefulness: number | null;
  overall: number | null; improvement: string | null;
  /** The survey's random key for the reports' rounding: never shown. */
  stat_key: ColumnType<number, never, never>;
}
export interface SurveyPanelsTable {
  id: Generated<string>; seed: string; period_from: ColumnType<string, string, never>; period_to: ColumnType<string, string, never>;
  per_departement: number; created_by: string; created_at: CreatedAt; sent_at: Timestamp | null;
}
export interface SurveyPanelMembersTable {
  id: Generated<string>; panel_id: string; person_id: string; departement_code: string; category: AgentCategory;
  token_hash: string | null; sent_at: Timestamp | null; expires_at: Timestamp | null; answered_at: Timestamp | null;
}
export interface SurveyPanelAnswersTable {
  id: Generated<string>; panel_id: string; departement_code: string; category: AgentCategory;
  answers: ColumnType<Record<string, unknown>, string, never>;
}
export interface MonthlyReportsTable {
  id: Generated<string>; scope_level: 'national' | 'academie' | 'departement'; scope_code: string; month: string;
  xlsx: Buffer | null; created_at: CreatedAt;
}

/** Settings of the service as a whole, one row per name (e.g. `public_url`), shared by every instance. */
export interface ServiceSettingsTable { name: string; value: string; updated_at: ColumnType<Date, Date | string | undefined, Date | string> }

/** The orientation network (migration 2026_11_30_0001): contact points, their territories and members, referrals. */
export interface ContactPointsTable {
  id: Generated<string>; kind: string; name: string; academie_code: string | null; description: string | null;
  email: string | null; phone: string | null; hours: string | null; address: string | null; website: string | null;
  topics: ColumnType<string[], string | undefined, string>; categories: ColumnType<string[], string | undefined, string>;
  created_at: CreatedAt; updated_at: ColumnType<Date, Date | string | undefined, Date | string>; archived_at: Timestamp | null;
}
export interface ContactPointTerritoriesTable {
  contact_point_id: string; level: 'national' | 'academie' | 'departement' | 'bassin'; code: string; departement_code: string | null; label: string | null;
}
export interface ContactPointMembersTable { contact_point_id: string; person_id: string; added_by: string | null; added_at: CreatedAt }
export interface ReferralsTable {
  id: Generated<string>; request_id: string; contact_point_id: string; kind: 'internal_referral' | 'external_referral'; created_by: string | null;
  note: string | null; share_description: boolean; agent_consented_at: Timestamp | null;
  status: ColumnType<'sent' | 'accepted' | 'declined' | 'answered' | 'revoked', 'sent' | undefined, 'accepted' | 'declined' | 'answered' | 'revoked'>;
  expected_by: ColumnType<string | null, string | null | undefined, string | null>; responded_by: string | null;
  accepted_at: Timestamp | null; declined_at: Timestamp | null; decline_reason: string | null; answered_at: Timestamp | null;
  outcome: string | null; outcome_summary: string | null; revoked_at: Timestamp | null; revoked_by: string | null;
  overdue_alerted_at: Timestamp | null; created_at: CreatedAt;
  /** The referral's random key for the reports' rounding (migration 2026_11_30_0020): never shown. */
  stat_key: ColumnType<number, never, never>;
}
export interface ReferralMessagesTable {
  id: Generated<string>; referral_id: string; author_id: string | null; from_target: boolean; body: string | null; created_at: CreatedAt;
}
export interface ReferralEventsTable {
  id: Generated<number>; referral_id: string; request_id: string; kind: string; actor_id: string | null;
  visible_to_agent: ColumnType<boolean, boolean | undefined, never>; data: ColumnType<Record<string, unknown>, string | undefined, never>; created_at: CreatedAt;
}

/** An adviser's office hours (« permanence »); its slots are computed, never stored. */
export interface OfficeHoursTable {
  id: Generated<string>; adviser_id: string; academie_code: string; departement_code: string;
  place_kind: 'establishment' | 'dsden' | 'rectorat' | 'visio' | 'phone'; place_label: string; place_address: string | null;
  establishment_uai: string | null; visio_url: string | null;
  recurrence: string; starts_on: ColumnType<string, string, string>; ends_on: ColumnType<string | null, string | null | undefined, string | null>;
  start_time: string; duration_minutes: number; slot_minutes: number;
  reasons: ColumnType<string[], string, string>; min_delay_hours: number; max_delay_days: number;
  reserved_to: ColumnType<{ level: TerritoryLevel; code: string } | null, string | null | undefined, string | null>;
  except_dates: ColumnType<string[], string | undefined, string>;
  created_by: string | null; created_at: CreatedAt; updated_at: ColumnType<Date, Date | string | undefined, Date | string>; closed_at: Timestamp | null;
}

export interface AppointmentsTable {
  id: Generated<string>; office_hour_id: string; adviser_id: string; agent_id: ColumnType<string, string, string | null>; request_id: string | null;
  academie_code: string; departement_code: string; reason: string; starts_at: Timestamp; ends_at: Timestamp;
  mode: 'in_person' | 'visio' | 'phone'; place_kind: string; place_label: string; place_address: string | null; visio_url: string | null;
  status: Generated<'booked' | 'cancelled' | 'held' | 'no_show' | 'excused'>; sequence: Generated<number>;
  cancelled_at: Timestamp | null; cancelled_by: string | null; cancel_message: string | null; reminder_sent_at: Timestamp | null; created_at: CreatedAt;
  /** The appointment's random key for the reports' rounding (migration 2026_12_07_0001): never shown. */
  stat_key: ColumnType<number, never, never>;
  /** The agenda (migration 2026_12_03_0010): who marked the outcome and when; the last move and its message. */
  status_changed_at: Timestamp | null; status_changed_by: string | null;
  moved_at: Timestamp | null; moved_by: string | null; move_message: string | null;
  /**
   * Set with `agent_id` to null when the appointment follows its request (or the retention period) into
   * anonymity. Every read of an appointment joins its agent, which leaves those rows to the counts only;
   * hence `agent_id` is read as a string.
   */
  anonymised_at: Timestamp | null;
}

/** An agent waiting for an earlier slot (migration 2026_12_03_0010). */
export interface EarlierSlotWishesTable {
  id: Generated<string>; agent_id: string; academie_code: string; departement_code: string; reason: string;
  mode: 'in_person' | 'visio' | 'phone' | null; created_at: CreatedAt; withdrawn_at: Timestamp | null;
}
/** A slot freed by a cancellation or a move, offered once to the waiting agents. */
export interface FreedSlotsTable {
  id: Generated<string>; appointment_id: string; office_hour_id: string; starts_at: Timestamp;
  freed_at: ColumnType<Date, Date | string | undefined, Date | string>; offered_at: Timestamp | null;
}
export interface SlotOffersTable { id: Generated<string>; freed_slot_id: string; wish_id: string; created_at: CreatedAt }
/** A person's private calendar feed: only the SHA-256 of its secret. */
export interface CalendarFeedsTable { person_id: string; token_hash: string; created_at: ColumnType<Date, Date | string | undefined, Date | string>; last_read_at: Timestamp | null }

export interface AppointmentSettingsTable { academie_code: string; agent_cancel_hours: number }

/** A collective session (information meeting, workshop, webinar); `registered_count` is the capacity's guard. */
export interface CollectiveSessionsTable {
  id: Generated<string>; academie_code: string; departement_code: string; title: string;
  kind: 'information_meeting' | 'workshop' | 'webinar'; description: Generated<string>;
  starts_at: Timestamp; ends_at: Timestamp;
  place_kind: 'establishment' | 'dsden' | 'rectorat' | 'visio'; place_label: string; place_address: string | null;
  establishment_uai: string | null; visio_url: string | null;
  capacity: number; registered_count: Generated<number>;
  audience_departements: ColumnType<string[], string | undefined, string>; audience_categories: ColumnType<string[], string | undefined, string>;
  organiser_id: string; status: Generated<'scheduled' | 'cancelled'>; sequence: Generated<number>; cancelled_at: Timestamp | null;
  created_by: string | null; stat_key: ColumnType<number, never, never>; created_at: CreatedAt; updated_at: ColumnType<Date, Date | string | undefined, Date | string>;
}
export interface CollectiveSessionRegistrationsTable {
  id: Generated<string>; session_id: string; agent_id: string; status: 'registered' | 'waiting' | 'cancelled';
  queued_at: ColumnType<Date, Date | string | undefined, Date | string>; promoted_at: Timestamp | null; cancelled_at: Timestamp | null;
  attendance: 'present' | 'absent' | null; reminder_sent_at: Timestamp | null; stat_key: ColumnType<number, never, never>; created_at: CreatedAt;
}

/** The phone line's number and hours, per académie or département. */
export interface PhoneLineSettingsTable {
  territory_level: 'academie' | 'departement'; territory_code: string; phone_number: string;
  morning_opens: string | null; morning_closes: string | null; afternoon_opens: string | null; afternoon_closes: string | null;
  updated_at: ColumnType<Date, Date | string | undefined, Date | string>;
}
/** An adviser on the phone line for a half-day (« planning de permanence »). */
export interface PhoneLineShiftsTable {
  id: Generated<string>; territory_level: 'academie' | 'departement'; territory_code: string;
  day: ColumnType<string, string, string>; half_day: 'morning' | 'afternoon'; adviser_id: string; created_by: string | null; created_at: CreatedAt;
}

/** A key date of the school year (migration 2026_12_06_0001): national when `academie_code` is null. */
export interface KeyDatesTable {
  id: Generated<string>; academie_code: string | null; kind: string; title: string; description: Generated<string>;
  starts_on: ColumnType<string, string, string>; ends_on: ColumnType<string, string, string>;
  audience: ColumnType<string[], string | undefined, string>; article_id: string | null;
  reminder_days: ColumnType<number[], string | undefined, string>;
  status: Generated<'scheduled' | 'cancelled'>; sequence: Generated<number>;
  created_by: string | null; updated_by: string | null; created_at: CreatedAt;
  updated_at: ColumnType<Date, Date | string | undefined, Date | string>;
}

/** An issue of the HR newsletter (migration 2026_12_06_0010). */
export interface NewsletterIssuesTable {
  id: Generated<string>; academie_code: string; kind: 'quarterly' | 'weekly_flash'; title: string; editorial: Generated<string>;
  items: ColumnType<unknown[], string | undefined, string>; sections: ColumnType<unknown[], string | undefined, string>;
  audience_departements: ColumnType<string[], string | undefined, string>; audience_categories: ColumnType<string[], string | undefined, string>;
  status: Generated<'draft' | 'submitted' | 'approved' | 'sending' | 'sent' | 'cancelled'>;
  send_at: Timestamp | null; created_by: string; updated_by: string; submitted_by: string | null;
  approved_by: string | null; approved_at: Timestamp | null; sending_started_at: Timestamp | null; sent_at: Timestamp | null;
  recipient_count: number | null; created_at: CreatedAt; updated_at: ColumnType<Date, Date | string | undefined, Date | string>;
}
/** One recipient of one issue: unique (issue, person). Its id is also its mail's id. */
export interface NewsletterSendsTable {
  id: Generated<string>; issue_id: string; person_id: string; category: string | null;
  status: Generated<'pending' | 'queued' | 'sent' | 'failed'>; token_hash: string | null;
  queued_at: Timestamp | null; sent_at: Timestamp | null; unsubscribed_at: Timestamp | null;
}
export interface NewsletterSubscriptionsTable {
  person_id: string; kind: 'quarterly' | 'weekly_flash'; subscribed: boolean; updated_at: ColumnType<Date, Date | string | undefined, Date | string>;
}
export interface NewsletterDefaultsTable { academie_code: string; quarterly: Generated<boolean>; weekly_flash: Generated<boolean> }

export interface DB {
  academies: AcademiesTable;
  departements: DepartementsTable;
  bassins: BassinsTable;
  establishments: EstablishmentsTable;
  persons: PersonsTable;
  role_assignments: RoleAssignmentsTable;
  sessions: SessionsTable;
  oidc_flows: OidcFlowsTable;
  demo_accounts: DemoAccountsTable;
  audit_log: AuditLogTable;
  request_counters: RequestCountersTable;
  requests: RequestsTable;
  mail_outbox: MailOutboxTable;
  academie_settings: AcademieSettingsTable;
  request_messages: RequestMessagesTable;
  request_notes: RequestNotesTable;
  request_events: RequestEventsTable;
  request_pauses: RequestPausesTable;
  request_attachments: RequestAttachmentsTable;
  attachment_contents: AttachmentContentsTable;
  request_shares: RequestSharesTable;
  request_reads: RequestReadsTable;
  adviser_absences: AdviserAbsencesTable;
  satisfaction_surveys: SatisfactionSurveysTable;
  survey_panels: SurveyPanelsTable;
  survey_panel_members: SurveyPanelMembersTable;
  survey_panel_answers: SurveyPanelAnswersTable;
  monthly_reports: MonthlyReportsTable;
  service_settings: ServiceSettingsTable;
  contact_points: ContactPointsTable;
  contact_point_territories: ContactPointTerritoriesTable;
  contact_point_members: ContactPointMembersTable;
  referrals: ReferralsTable;
  referral_messages: ReferralMessagesTable;
  referral_events: ReferralEventsTable;
  office_hours: OfficeHoursTable;
  appointments: AppointmentsTable;
  earlier_slot_wishes: EarlierSlotWishesTable;
  freed_slots: FreedSlotsTable;
  slot_offers: SlotOffersTable;
  calendar_feeds: CalendarFeedsTable;
  appointment_settings: AppointmentSettingsTable;
  key_dates: KeyDatesTable;
  newsletter_issues: NewsletterIssuesTable;
  newsletter_sends: NewsletterSendsTable;
  newsletter_subscriptions: NewsletterSubscriptionsTable;
  newsletter_defaults: NewsletterDefaultsTable;
  collective_sessions: CollectiveSessionsTable;
  collective_session_registrations: CollectiveSessionRegistrationsTable;
  phone_line_settings: PhoneLineSettingsTable;
  phone_line_shifts: PhoneLineShiftsTable;
  articles: ArticlesTable;
  article_versions: ArticleVersionsTable;
  article_reviews: ArticleReviewsTable;
  article_attachments: ArticleAttachmentsTable;
  article_related: ArticleRelatedTable;
  article_contact_points: ArticleContactPointsTable;
  search_synonyms: SearchSynonymsTable;
  curated_questions: CuratedQuestionsTable;
  curated_question_articles: CuratedQuestionArticlesTable;
  search_lexicon: SearchLexiconTable;
  unanswered_searches: UnansweredSearchesTable;
  article_views: ArticleViewsTable;
  knowledge_generation: KnowledgeGenerationTable;
}

export type Person = Selectable<PersonsTable>;
export type NewPerson = Insertable<PersonsTable>;
export type RequestRow = Selectable<RequestsTable>;

/**
 * Where a statement runs: the database, or the transaction an operation opened. Repositories
 * take one and never open a transaction themselves (docs/decisions/0007-transactions.md).
 */
export type Executor = Kysely<DB> | Transaction<DB>;

// ─── The knowledge base (migration 2026_12_05_0001) ───────────────────────────────────────────

type TextArray = ColumnType<string[], string[] | undefined, string[]>;
type UpdatedAt = ColumnType<Date, Date | string | undefined, Date | string>;

/** An article: a slug in a scope (national when `academie_code` is null); its text is in its versions. */
export interface ArticlesTable {
  id: Generated<string>; slug: string; academie_code: string | null;
  status: ColumnType<'draft' | 'in_review' | 'published' | 'archived', 'draft' | 'in_review' | 'published' | 'archived' | undefined, 'draft' | 'in_review' | 'published' | 'archived'>;
  review_due_on: ColumnType<string | null, string | null | undefined, string | null>;
  contact_point_kinds: TextArray;
  current_version_id: string | null; published_version_id: string | null;
  published_at: Timestamp | null; submitted_at: Timestamp | null;
  created_by: string; created_at: CreatedAt; updated_at: UpdatedAt;
}
/** A save of an article; `search` is generated (title A, summary B, body C, french_unaccent). */
export interface ArticleVersionsTable {
  id: Generated<string>; article_id: string; number: number; author_id: string; created_at: CreatedAt;
  kind: string; theme: string; title: string; summary: string; body: string; body_html: string; body_text: string;
  audiences: TextArray; hr_staff_only: ColumnType<boolean, boolean | undefined, boolean>; situations: TextArray;
  scheme: ColumnType<{ forWhom: string; gives: string; howToAsk: string } | null, string | null | undefined, string | null>;
  live: ColumnType<boolean, boolean | undefined, boolean>;
  search: ColumnType<string, never, never>;
  head_search: ColumnType<string, never, never>;
}
export interface ArticleReviewsTable {
  id: Generated<string>; article_id: string; version_id: string; reviewer_id: string;
  decision: 'published' | 'changes_requested'; comment: string | null; created_at: CreatedAt;
}
export interface ArticleAttachmentsTable {
  id: Generated<string>; article_id: string; kind: 'document' | 'image'; label: string; alt: string | null;
  file_name: string; media_type: string; size: number; content: Buffer; created_by: string; created_at: CreatedAt;
}
export interface ArticleRelatedTable { article_id: string; related_id: string; position: ColumnType<number, number | undefined, number> }
export interface ArticleContactPointsTable { article_id: string; contact_point_id: string; position: ColumnType<number, number | undefined, number> }
export interface SearchSynonymsTable {
  id: Generated<string>; academie_code: string | null; term: string; synonyms: TextArray;
  created_by: string | null; created_at: CreatedAt; updated_at: UpdatedAt;
}
export interface CuratedQuestionsTable {
  id: Generated<string>; academie_code: string | null; question: string; lexemes: ColumnType<string[], never, never>;
  created_by: string | null; created_at: CreatedAt; updated_at: UpdatedAt;
}
export interface CuratedQuestionArticlesTable { question_id: string; article_id: string; position: ColumnType<number, number | undefined, number> }
export interface SearchLexiconTable { word: string }
/** One row, raised by the database at every change of what a search may answer (migration 2026_12_08_0001). */
export interface KnowledgeGenerationTable { id: ColumnType<boolean, never, never>; generation: ColumnType<string, never, never> }
export interface UnansweredSearchesTable {
  day: string; words: string; source: 'search' | 'assistant'; academie_code: ColumnType<string, string | undefined, string>;
  count: ColumnType<number, number | undefined, number>;
}
export interface ArticleViewsTable { article_id: string; day: string; count: ColumnType<number, number | undefined, number> }
