import type { CollectiveSession, MyRegistration, Participant } from '../../../shared/contracts/collective-sessions.ts';
import type { AgentCategory } from '../../../shared/glossary.ts';
import type { CurrentUser } from '../../auth/current-user.ts';
import { can, type CollectiveSessionFacts, type SessionAudienceFacts } from '../../policies/index.ts';
import type { SessionRow } from './repository.ts';

export function sessionFacts(s: Pick<SessionRow, 'organiser_id' | 'academie_code' | 'departement_code' | 'status' | 'starts_at' | 'ends_at'>, now: Date): CollectiveSessionFacts {
  return { organiserId: s.organiser_id, academieCode: s.academie_code, departementCode: s.departement_code, status: s.status, startsAt: s.starts_at, endsAt: s.ends_at, now };
}

export function audienceFacts(s: Pick<SessionRow, 'academie_code' | 'audience_departements' | 'audience_categories'>, agentCategory: string | null): SessionAudienceFacts {
  return { academieCode: s.academie_code, audienceDepartements: s.audience_departements, audienceCategories: s.audience_categories, agentCategory };
}

/**
 * A session as this viewer sees it. The visio link goes to the agents holding a seat and to
 * those who manage the session; the others see « Visioconférence ».
 */
export function presentSession(s: SessionRow, viewer: CurrentUser, context: { mine: MyRegistration | null; agentCategory: string | null; now: Date }): CollectiveSession {
  const facts = sessionFacts(s, context.now);
  const manage = can(viewer, 'collectiveSession.manage', facts);
  const open = s.status === 'scheduled' && s.starts_at.getTime() > context.now.getTime();
  const showUrl = s.visio_url && (manage || context.mine?.status === 'registered');
  return {
    id: s.id,
    title: s.title,
    kind: s.kind,
    description: s.description,
    startsAt: s.starts_at.toISOString(),
    endsAt: s.ends_at.toISOString(),
    academie: s.academie_code,
    departement: s.departement_code,
    place: { kind: s.place_kind, label: s.place_label, address: s.place_address, uai: s.establishment_uai, ...(showUrl ? { url: s.visio_url! } : {}) },
    capacity: s.capacity,
    seatsLeft: Math.max(0, s.capacity - s.registered_count),
    waitingCount: s.waiting_count ?? 0,
    audience: { departements: s.audience_departements, categories: s.audience_categories as AgentCategory[] },
    organiser: { id: s.organiser_id, displayName: s.organiser_name },
    status: s.status,
    myRegistration: context.mine,
    abilities: {
      register: open && context.mine === null && can(viewer, 'collectiveSession.reach', audienceFacts(s, context.agentCategory)),
      unregister: open && context.mine !== null,
      manage,
      change: manage && open,
      recordAttendance: can(viewer, 'collectiveSession.recordAttendance', facts),
    },
  };
}

export function presentParticipant(r: { id: string; agent_id: string; agent_name: string; agent_email: string; status: Participant['status']; queued_at: Date;
  attendance: Participant['attendance'] }, position: number | null): Participant {
  return {
    registrationId: r.id, agent: { id: r.agent_id, displayName: r.agent_name, email: r.agent_email }, status: r.status, position,
    queuedAt: r.queued_at.toISOString(), attendance: r.attendance,
  };
}
