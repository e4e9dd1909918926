/** Shapes of the server's answers, as published in /work/shared/API.md. */
import type { Channel, ContactPreference, RequestStatus, ResponseType, Role, Topic } from '../../shared/glossary.ts';
import type { Territory } from '../../shared/territories.ts';

export interface RoleGrant {
  role: Role;
  territory: Territory;
}

export interface SessionUser {
  id: string;
  displayName: string;
  email: string;
}

export interface Session {
  user: SessionUser;
  roles: RoleGrant[];
  csrfToken: string;
}

export interface AuthConfig {
  demoMode: boolean;
  oidcEnabled: boolean;
}

export interface DemoAccount extends SessionUser {
  roles: RoleGrant[];
  description?: string;
}

export interface Page<T> {
  items: T[];
  nextCursor: string | null;
}

export interface PersonRef {
  id: string;
  displayName: string;
}

export interface RequestSummary {
  id: string;
  reference: string;
  topic: Topic;
  subject: string;
  status: RequestStatus;
  sensitive: boolean;
  channel: Channel;
  createdAt: string;
  acknowledgedAt?: string | null;
  firstResponseDueAt: string | null;
  firstRespondedAt: string | null;
  closedAt: string | null;
  responseType: ResponseType | null;
  /** Decided by the server (it knows when the clock is paused); absent from older answers. */
  overdue?: boolean;
  assignee: PersonRef | null;
  agent?: PersonRef;
}

export interface AttachmentRef {
  id: string;
  filename: string;
  mediaType: string;
  sizeBytes: number;
}

export interface TimelineEntry {
  /** 'message', 'note' (internal, staff only) or an event: submitted, assigned, status_changed… */
  kind: string;
  at: string;
  label: string;
  id?: string;
  author?: (PersonRef & { staff: boolean }) | null;
  /** Messages and internal notes carry their text. */
  body?: string | null;
  attachments?: AttachmentRef[];
}

/** What the viewer may do with a request, decided by the server. */
export interface RequestAbilities {
  reply?: boolean;
  note?: boolean;
  changeStatus?: boolean;
  close?: boolean;
  reopen?: boolean;
  assign?: boolean;
  take?: boolean;
  breakGlass?: boolean;
}

export interface AgentProfile {
  category: string | null;
  employmentStatus: string | null;
  establishmentUai: string | null;
  establishmentName: string | null;
}

export interface RequestDetail extends RequestSummary {
  departementCode: string;
  description?: string;
  contentHidden?: boolean;
  anonymised?: boolean;
  abilities?: RequestAbilities;
  contactPreference?: ContactPreference;
  consentToShare?: boolean;
  closingSummary?: string | null;
  attachments?: AttachmentRef[];
  agentProfile?: AgentProfile;
  agentContact?: { email: string; phone: string | null };
  timeline: TimelineEntry[];
}

export interface SubmitRequestInput {
  topic: Topic;
  subject: string;
  description: string;
  contactPreference: ContactPreference;
  contactAvailability?: string;
  consentToShare?: boolean;
  sensitive?: boolean;
  agentId?: string;
  channel?: Channel;
}

export interface SubmittedRequest extends RequestDetail {
  acknowledgement: { reference: string; handledBy: string; firstResponseDueAt: string | null };
}

export interface RequestCounts {
  active: number;
  open: number;
  inProgress: number;
  waitingAgent: number;
  closed: number;
  overdue: number;
  dueThisWeek: number;
  assignedToMe: number;
  unassigned: number;
  unread: number;
}

/** « Qui a consulté ma demande ». */
export interface RequestReader {
  readerName: string;
  role: string;
  at: string;
  breakGlass: boolean;
}

export interface AgentSearchResult {
  id: string;
  displayName: string;
  email: string;
  departementCode: string | null;
  establishmentName: string | null;
}

export interface AdviserOption {
  id: string;
  displayName: string;
  absent: boolean;
}

export interface Absence {
  id: string;
  /** YYYY-MM-DD */
  startsOn: string;
  endsOn: string;
}

export interface AdminAccount extends SessionUser {
  roles: RoleGrant[];
  active?: boolean;
}

export interface AuditEntry {
  id: string;
  occurredAt: string;
  actor: PersonRef | null;
  actorRole: string | null;
  action: string;
  targetType: string | null;
  targetId: string | null;
}

export interface AcademieOption {
  code: string;
  name: string;
  departements: Array<{ code: string; name: string }>;
}
