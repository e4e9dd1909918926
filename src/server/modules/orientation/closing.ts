import type { Executor } from '../../db/schema.ts';
import type { ResponseType } from '../../../shared/glossary.ts';
import type { ContactPointKind } from '../../../shared/contracts/orientation.ts';

/**
 * The kinds of referral a request has had that count for its closing (not withdrawn, not
 * declined): closing it as `internal_referral` or `external_referral` needs one of that kind.
 * For the requests module (close-request.ts), inside its transaction.
 */
export async function referralKindsOf(db: Executor, requestId: string): Promise<Array<Extract<ResponseType, 'internal_referral' | 'external_referral'>>> {
  const rows = await db.selectFrom('referrals').select('kind').distinct()
    .where('request_id', '=', requestId).where('status', 'in', ['sent', 'accepted', 'answered']).execute();
  return rows.map((r) => r.kind).sort();
}

/** The French message the requests module gives when the rule above refuses a closing. */
export const MISSING_REFERRAL_MESSAGES: Record<'internal_referral' | 'external_referral', string> = {
  internal_referral: 'Pour clôturer par une orientation interne, orientez d’abord la demande vers un interlocuteur de l’Éducation nationale.',
  external_referral: 'Pour clôturer par une orientation externe, enregistrez d’abord l’orientation vers le partenaire extérieur.',
};

export interface ReferralTimelineEvent {
  kind: 'referral_sent' | 'referral_accepted' | 'referral_declined' | 'referral_answered' | 'referral_revoked' | 'referral_consented' | 'referral_overdue_alerted';
  at: Date;
  actor: { id: string; displayName: string } | null;
  referralId: string;
  contactPoint: { id: string; kind: ContactPointKind; name: string };
  /** The outcome's code, on `referral_answered`. */
  outcome: string | null;
}

/**
 * The steps of the referrals of a request, oldest first, for its timeline: the agent sees each
 * step but the staff-only ones (overdue alerts); never the note, reason or summary (the request's
 * page reads them from `GET /api/requests/:id/referrals`). Call it once the request was found visible.
 */
export async function referralTimelineEvents(db: Executor, requestId: string, viewer: { staff: boolean }): Promise<ReferralTimelineEvent[]> {
  let query = db.selectFrom('referral_events as e')
    .innerJoin('referrals as ref', 'ref.id', 'e.referral_id')
    .innerJoin('contact_points as cp', 'cp.id', 'ref.contact_point_id')
    .leftJoin('persons as actor', 'actor.id', 'e.actor_id')
    .select(['e.kind', 'e.created_at', 'e.actor_id', 'actor.display_name as actor_name', 'e.referral_id', 'cp.id as cp_id', 'cp.kind as cp_kind',
      'cp.name as cp_name', 'e.data'])
    .where('e.request_id', '=', requestId);
  if (!viewer.staff) query = query.where('e.visible_to_agent', '=', true);
  const rows = await query.orderBy('e.id').execute();
  return rows.map((r) => ({
    kind: r.kind as ReferralTimelineEvent['kind'],
    at: r.created_at,
    actor: r.actor_id && r.actor_name ? { id: r.actor_id, displayName: r.actor_name } : null,
    referralId: r.referral_id,
    contactPoint: { id: r.cp_id, kind: r.cp_kind as ContactPointKind, name: r.cp_name },
    outcome: typeof r.data.outcome === 'string' ? r.data.outcome : null,
  }));
}
