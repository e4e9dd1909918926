import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';
import { auditRow, type ActionContext } from '../../audit/audit-log.ts';
import { allows, can, isRequestStaff, readingRole } from '../../policies/index.ts';
import { notFound } from '../../errors/app-error.ts';
import { decodeCursor, paginate } from '../../http/pagination.ts';
import { countRequestsVisibleTo, countUnreadFor, findRequestVisibleTo, findRequestsVisibleTo, requestVisibleTo } from './repository.ts';
import { factsOf, presentRequestDetail, presentRequestSummary } from './presenter.ts';
import { readTimeline } from './timeline.ts';
import { UUID } from './load.ts';

export interface ListRequestsInput {
  status?: string | undefined;
  topic?: string | undefined;
  assignedTo?: 'me' | 'nobody' | undefined;
  overdue?: boolean | undefined;
  dueThisWeek?: boolean | undefined;
  departement?: string | undefined;
  q?: string | undefined;
  sort?: 'newest' | 'due' | undefined;
  limit?: number | undefined;
  cursor?: string | undefined;
}

const DAY = 86_400_000;

export async function listRequests(db: Kysely<DB>, ctx: ActionContext, input: ListRequestsInput, now = new Date()) {
  const limit = input.limit ?? 50;
  const sort = input.sort ?? 'newest';
  const after = decodeCursor(input.cursor, ['timestamp', 'uuid'] as const);
  const rows = await findRequestsVisibleTo(db, ctx.user, {
    status: input.status,
    topic: input.topic,
    assignedToMe: input.assignedTo === 'me',
    unassigned: input.assignedTo === 'nobody',
    overdue: input.overdue,
    dueBefore: input.dueThisWeek ? new Date(now.getTime() + 7 * DAY) : undefined,
    departementCode: input.departement,
    search: input.q?.trim() || undefined,
    sort,
    after,
    limit,
    now,
  });
  const key = (r: (typeof rows)[number]) => (sort === 'due' ? (r.first_response_due_at ?? new Date('9999-12-31T00:00:00Z')) : r.created_at).toISOString();
  return paginate(rows, limit, (row) => presentRequestSummary(row, ctx.user, now), (r) => [key(r), r.id]);
}

export async function countRequests(db: Kysely<DB>, ctx: ActionContext, now = new Date()) {
  const c = await countRequestsVisibleTo(db, ctx.user, now, new Date(now.getTime() + 7 * DAY));
  const staff = isRequestStaff(ctx.user);
  return {
    active: c.active, open: c.open, inProgress: c.in_progress, waitingAgent: c.waiting_agent, closed: c.closed,
    overdue: c.overdue, dueThisWeek: c.due_this_week, assignedToMe: c.assigned_to_me, unassigned: c.unassigned,
    unread: await countUnreadFor(db, ctx.user, staff ? 'assigned' : 'own'),
  };
}

/**
 * One request. A staff read is audited in the statement that reads its timeline; an unseen one
 * is 404. The read is remembered for the unread counters. Staff: two statements, the request
 * (and whether the reader may see it, and its content), then its timeline with the writes of
 * the read. An agent: one.
 */
export async function getRequest(db: Kysely<DB>, ctx: ActionContext, id: string, now = new Date()) {
  if (!UUID.test(id)) throw notFound('Cette demande est introuvable.');
  if (!allows(ctx.user, 'requests.handle')) {
    // Not staff: the only requests this person sees are their own, whose whole content is
    // theirs, so the request and its timeline are read in one statement.
    const own = await readTimeline(db, id, { staff: false, withContent: true, readerId: ctx.user.id, at: now, audit: null },
      requestVisibleTo(db, ctx.user, id));
    if (!own.row || own.row.agent_id !== ctx.user.id) throw notFound('Cette demande est introuvable.');
    return presentRequestDetail(own.row, ctx.user, { timeline: own.items, attachments: own.attachments });
  }
  const row = await findRequestVisibleTo(db, ctx.user, id);
  if (!row) throw notFound('Cette demande est introuvable.');
  const isOwn = row.agent_id === ctx.user.id;
  const facts = factsOf(row);
  const audit = isOwn ? null : auditRow(ctx, {
    action: 'request.read',
    targetType: 'request',
    targetId: row.id,
    academieCode: row.academie_code,
    actorRole: readingRole(ctx.user, facts),
  });
  const { items, attachments } = await readTimeline(db, row.id, {
    staff: !isOwn, withContent: can(ctx.user, 'request.readContent', facts), readerId: ctx.user.id, at: now, audit,
  });
  return presentRequestDetail(row, ctx.user, { timeline: items, attachments });
}
