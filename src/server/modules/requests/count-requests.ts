import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';
import type { ActionContext } from '../../audit/audit-log.ts';
import { isRequestStaff } from '../../policies/index.ts';
import type { RequestCounts } from '../../../shared/contracts/requests.ts';
import { countRequestsVisibleTo, countUnreadFor } from './repository.ts';

const DAY = 86_400_000;

/** The counters of the queue's filters, and the unread requests (one's own, or assigned to one). */
export async function countRequests(db: Kysely<DB>, ctx: ActionContext, now = new Date()): Promise<RequestCounts> {
  const c = await countRequestsVisibleTo(db, ctx.user, now, new Date(now.getTime() + 7 * DAY));
  const staff = isRequestStaff(ctx.user);
  return {
    active: c.active, open: c.open, inProgress: c.in_progress, waitingAgent: c.waiting_agent, closed: c.closed,
    overdue: c.overdue, dueThisWeek: c.due_this_week, assignedToMe: c.assigned_to_me, unassigned: c.unassigned,
    unread: await countUnreadFor(db, ctx.user, staff ? 'assigned' : 'own', now),
  };
}
