/** Shapes of the server's answers, as published in /work/shared/API.md. */
import type { Channel, RequestStatus, ResponseType, Role, Topic } from '../../shared/glossary.ts';
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

export interface TimelineEntry {
  kind: string;
  at: string;
  label: string;
  id?: string;
  author?: (PersonRef & { staff: boolean }) | null;
  /** Messages and internal notes carry their text. */
  body?: string | null;
}

export interface RequestDetail extends RequestSummary {
  description?: string;
  contentHidden?: boolean;
  timeline: TimelineEntry[];
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
