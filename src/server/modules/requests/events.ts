import type { Executor } from '../../db/schema.ts';

/** What can happen to a request; the timeline shows them in order. */
export type RequestEventKind =
  | 'submitted' | 'acknowledged' | 'assigned' | 'status_changed' | 'first_response'
  | 'closed' | 'reopened' | 'holding_message_sent' | 'overdue_alerted' | 'break_glass' | 'attachment_added' | 'anonymised'
  // The steps of its referrals (the orientation module), `data` naming the contact point.
  | 'referral_sent' | 'referral_accepted' | 'referral_declined' | 'referral_answered' | 'referral_revoked'
  | 'referral_consented' | 'referral_overdue_alerted'
  // The appointments booked from the request (the appointments module), `data` naming the time and the adviser.
  | 'appointment_booked' | 'appointment_cancelled' | 'appointment_moved';

/**
 * Appends an event. `data` holds codes and ids, never free text of the request.
 * Events not visible to the agent (an overdue alert to the coordinator) stay on the staff side.
 */
export async function recordEvent(db: Executor, requestId: string, kind: RequestEventKind,
  actorId: string | null, options: { visibleToAgent?: boolean; data?: Record<string, unknown>; at?: Date } = {}) {
  await db.insertInto('request_events').values({
    request_id: requestId,
    kind,
    actor_id: actorId,
    visible_to_agent: options.visibleToAgent ?? true,
    data: JSON.stringify(options.data ?? {}),
    ...(options.at ? { created_at: options.at } : {}),
  }).execute();
}
