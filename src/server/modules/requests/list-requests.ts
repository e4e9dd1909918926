import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';
import type { ActionContext } from '../../audit/audit-log.ts';
import { decodeCursor, paginate } from '../../http/pagination.ts';
import type { ListRequestsQuery, RequestPage } from '../../../shared/contracts/requests.ts';
import { presentRequestSummary } from './presenter.ts';
import { isRequestStaff } from '../../policies/index.ts';
import { findRequestsVisibleTo } from './repository.ts';

const DAY = 86_400_000;
/** Where requests without a due date sort when listed by due date: last. */
const NO_DUE_DATE = new Date('9999-12-31T00:00:00Z');

/** The requests the caller may see, newest first or by due date, one page at a time. */
export async function listRequests(db: Kysely<DB>, ctx: ActionContext, query: ListRequestsQuery, now = new Date()): Promise<RequestPage> {
  const limit = query.limit ?? 50;
  const sort = query.sort ?? 'newest';
  const after = decodeCursor(query.cursor, ['timestamp', 'uuid'] as const);
  // The same scope as the unread counter (count-requests.ts): the filter shows what it counts.
  const newsFor = isRequestStaff(ctx.user) ? 'assigned' : 'own';
  const rows = await findRequestsVisibleTo(db, ctx.user, {
    status: query.status,
    topic: query.topic,
    assignedToMe: query.assignedTo === 'me',
    unassigned: query.assignedTo === 'nobody',
    overdue: query.overdue,
    dueBefore: query.dueThisWeek ? new Date(now.getTime() + 7 * DAY) : undefined,
    departementCode: query.departement,
    search: query.q?.trim() || undefined,
    unread: query.unread ? newsFor : undefined,
    newsFor,
    sort,
    after,
    limit,
    now,
  });
  const sortedAt = (r: (typeof rows)[number]) => (sort === 'due' ? (r.first_response_due_at ?? NO_DUE_DATE) : r.created_at).toISOString();
  return paginate(rows, limit, (row) => presentRequestSummary(row, ctx.user, now), (r) => [sortedAt(r), r.id]);
}
