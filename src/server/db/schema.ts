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
  id: Generated<string>; office_hour_id: string; adviser_id: string; agent_id: string; request_id: string | null;
  academie_code: string; departement_code: string; reason: string; starts_at: Timestamp; ends_at: Timestamp;
  mode: 'in_person' | 'visio' | 'phone'; place_kind: string; place_label: string; place_address: string | null; visio_url: string | null;
  status: Generated<'booked' | 'cancelled' | 'held' | 'no_show' | 'excused'>; sequence: Generated<number>;
  cancelled_at: Timestamp | null; cancelled_by: string | null; cancel_message: string | null; reminder_sent_at: Timestamp | null; created_at: CreatedAt;
}

export interface AppointmentSettingsTable { academie_code: string; agent_cancel_hours: number }

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
  appointment_settings: AppointmentSettingsTable;
}

export type Person = Selectable<PersonsTable>;
export type NewPerson = Insertable<PersonsTable>;
export type RequestRow = Selectable<RequestsTable>;

/**
 * Where a statement runs: the database, or the transaction an operation opened. Repositories
 * take one and never open a transaction themselves (docs/decisions/0007-transactions.md).
 */
export type Executor = Kysely<DB> | Transaction<DB>;
