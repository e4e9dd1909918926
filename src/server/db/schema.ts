import type { ColumnType, Generated, Insertable, Selectable } from 'kysely';
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
}

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
}

export type Person = Selectable<PersonsTable>;
export type NewPerson = Insertable<PersonsTable>;
export type RequestRow = Selectable<RequestsTable>;
