import type { CurrentUser } from '../../auth/current-user.ts';
import { can } from '../../policies/index.ts';
import { academieLabel, departementName } from '../../../shared/territories.ts';
import type { AgentCategory, Topic } from '../../../shared/glossary.ts';
import {
  CONTACT_POINT_KINDS, type ContactPoint, type ContactPointKind, type CoveredTerritory, type CreatedReferral, type PublicContactPoint,
  type ReceivedReferral, type ReferralDetail, type ReferralMessage, type ReferralOutcome, type RequestReferral,
} from '../../../shared/contracts/orientation.ts';
import {
  descriptionShared, isOverdue, type ContactPointRow, type MemberRow, type ReferralDetailRow, type ReferralMessageRow, type ReferralRow,
  type TerritoryRow,
} from './repository.ts';
import { contactPointFacts } from './facts.ts';

export function presentTerritory(t: TerritoryRow): CoveredTerritory {
  const label = t.level === 'national' ? 'France entière'
    : t.level === 'academie' ? academieLabel(t.code)
      : t.level === 'departement' ? `${departementName(t.code)} (${t.code})`
        : t.label ?? t.code;
  return { level: t.level, code: t.code, label, departementCode: t.departement_code };
}

const KIND_ORDER = new Map(CONTACT_POINT_KINDS.map((k, i) => [k, i]));

/** Advisers first, then the other actors in the order of the kinds, each by name. */
export function byKindThenName(a: { kind: string; name: string }, b: { kind: string; name: string }) {
  return (KIND_ORDER.get(a.kind as ContactPointKind)! - KIND_ORDER.get(b.kind as ContactPointKind)!) || a.name.localeCompare(b.name, 'fr');
}

/** The public view: the service's own contacts, never a member's. */
export function presentPublicContactPoint(cp: ContactPointRow, territories: TerritoryRow[]): PublicContactPoint {
  return {
    id: cp.id,
    kind: cp.kind as ContactPointKind,
    name: cp.name,
    email: cp.email,
    phone: cp.phone,
    territories: territories.filter((t) => t.contact_point_id === cp.id).map(presentTerritory),
    topics: cp.topics as Topic[],
    categories: cp.categories as AgentCategory[],
    description: cp.description,
    hours: cp.hours,
    address: cp.address,
    website: cp.website,
  };
}

/** A contact point with no member is nobody's to answer; an external partner is recorded only (nothing leaves). */
export const acceptsReferrals = (cp: { kind: string; archived_at: Date | null }, memberCount: number) =>
  cp.archived_at === null && cp.kind !== 'adviser' && (cp.kind === 'external_partner' || memberCount > 0);

export function presentContactPoint(user: CurrentUser, cp: ContactPointRow, territories: TerritoryRow[], members: MemberRow[]): ContactPoint {
  const own = territories.filter((t) => t.contact_point_id === cp.id);
  const ownMembers = members.filter((m) => m.contact_point_id === cp.id);
  return {
    ...presentPublicContactPoint(cp, own),
    academieCode: cp.academie_code,
    members: ownMembers.map((m) => ({ id: m.id, displayName: m.display_name, email: m.email })),
    acceptsReferrals: acceptsReferrals(cp, ownMembers.length),
    archived: cp.archived_at !== null,
    abilities: { manage: can(user, 'contactPoint.manage', contactPointFacts(cp, own)) },
  };
}

const summaryOf = (r: ReferralRow) => ({
  id: r.contact_point_id, kind: r.cp_kind as ContactPointKind, name: r.cp_name, email: r.cp_email, phone: r.cp_phone, hours: r.cp_hours, address: r.cp_address,
});

const outcomeOf = (r: ReferralRow, withSummary: boolean) => (r.outcome && r.answered_at
  ? { outcome: r.outcome as ReferralOutcome, at: r.answered_at.toISOString(), ...(withSummary && r.outcome_summary ? { summary: r.outcome_summary } : {}) }
  : null);

export function presentCreatedReferral(r: ReferralRow): CreatedReferral {
  return {
    id: r.id, status: r.status, kind: r.kind, contactPoint: summaryOf(r), createdAt: r.created_at.toISOString(),
    expectedBy: r.expected_by, descriptionShared: descriptionShared(r),
  };
}

export const presentMessage = (m: ReferralMessageRow): ReferralMessage => ({
  id: m.id, author: m.author_id && m.author_name ? { id: m.author_id, displayName: m.author_name } : null,
  fromTarget: m.from_target, body: m.body, createdAt: m.created_at.toISOString(),
});

/** A referral on the request's page: staff see the target's answer in full and the exchange, the agent its outcome's code. */
export function presentRequestReferral(r: ReferralRow, viewer: { staff: boolean; mayRevoke: boolean; mayWrite: boolean; isAgent: boolean },
  today: string, messages: ReferralMessageRow[] = []): RequestReferral {
  const shared = descriptionShared(r);
  return {
    id: r.id,
    status: r.status,
    kind: r.kind,
    contactPoint: summaryOf(r),
    note: r.note,
    from: r.created_by && r.from_name ? { id: r.created_by, displayName: r.from_name } : null,
    createdAt: r.created_at.toISOString(),
    expectedBy: r.expected_by,
    shareDescriptionAsked: r.share_description,
    descriptionShared: shared,
    ...(viewer.staff ? { declineReason: r.decline_reason, messages: messages.filter((m) => m.referral_id === r.id).map(presentMessage) } : {}),
    outcome: outcomeOf(r, viewer.staff),
    overdue: isOverdue(r, today),
    abilities: {
      revoke: viewer.mayRevoke && r.status !== 'revoked' && r.status !== 'declined',
      consent: viewer.isAgent && r.share_description && !shared && r.status !== 'revoked' && r.status !== 'declined',
      write: viewer.mayWrite && r.kind === 'internal_referral' && r.status !== 'revoked' && r.status !== 'declined',
    },
  };
}

export function presentReceivedReferral(r: ReferralRow, today: string): ReceivedReferral {
  return {
    id: r.id,
    status: r.status,
    contactPoint: { id: r.contact_point_id, kind: r.cp_kind as ContactPointKind, name: r.cp_name },
    request: { reference: r.reference, topic: r.topic },
    from: r.created_by && r.from_name ? { id: r.created_by, displayName: r.from_name } : null,
    createdAt: r.created_at.toISOString(),
    expectedBy: r.expected_by,
    overdue: isOverdue(r, today),
  };
}

/** The target's view: the note, and the description only when shared (asked and consented). */
export function presentReferralDetail(user: CurrentUser, r: ReferralDetailRow, messages: ReferralMessageRow[]): ReferralDetail {
  const shared = descriptionShared(r);
  const facts = { targetMember: true, status: r.status };
  return {
    id: r.id,
    status: r.status,
    note: r.note,
    request: { reference: r.reference, topic: r.topic, ...(shared && r.description !== null ? { description: r.description } : {}) },
    agent: { displayName: r.agent_name, email: r.agent_email },
    from: r.created_by && r.from_name && r.from_email ? { id: r.created_by, displayName: r.from_name, email: r.from_email } : null,
    contactPoint: { id: r.contact_point_id, kind: r.cp_kind as ContactPointKind, name: r.cp_name },
    createdAt: r.created_at.toISOString(),
    expectedBy: r.expected_by,
    descriptionShared: shared,
    declineReason: r.decline_reason,
    outcome: outcomeOf(r, true),
    messages: messages.map(presentMessage),
    abilities: {
      write: can(user, 'referral.write', facts),
      accept: can(user, 'referral.accept', facts),
      decline: can(user, 'referral.decline', facts),
      recordOutcome: can(user, 'referral.recordOutcome', facts),
    },
  };
}
