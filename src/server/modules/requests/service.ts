import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';
import { recordAudit, type ActionContext } from '../../audit/audit-log.ts';
import { notFound } from '../../errors/app-error.ts';
import { decodeCursor, encodeCursor } from '../../http/pagination.ts';
import { findRequestVisibleTo, findRequestsVisibleTo } from './repository.ts';
import { presentRequestDetail, presentRequestSummary } from './presenter.ts';
import { grantsOf } from '../../auth/current-user.ts';

export interface ListRequestsInput {
  status?: string | undefined;
  topic?: string | undefined;
  assignedTo?: 'me' | undefined;
  overdue?: boolean | undefined;
  limit?: number | undefined;
  cursor?: string | undefined;
}

export async function listRequests(db: Kysely<DB>, ctx: ActionContext, input: ListRequestsInput) {
  const limit = input.limit ?? 50;
  const after = decodeCursor(input.cursor, 2);
  const rows = await findRequestsVisibleTo(db, ctx.user, {
    status: input.status,
    topic: input.topic,
    assignedToMe: input.assignedTo === 'me',
    overdue: input.overdue,
    after: after ? { createdAt: String(after[0]), id: String(after[1]) } : undefined,
    limit,
  });
  const page = rows.slice(0, limit);
  const last = page.at(-1);
  return {
    items: page.map((row) => presentRequestSummary(row, ctx.user)),
    nextCursor: rows.length > limit && last ? encodeCursor([last.created_at.toISOString(), last.id]) : null,
  };
}

/** One request. A staff read is audited in the same transaction; an unseen one is 404. */
export async function getRequest(db: Kysely<DB>, ctx: ActionContext, id: string) {
  if (!/^[0-9a-f-]{36}$/i.test(id)) throw notFound('Cette demande est introuvable.');
  return db.transaction().execute(async (trx) => {
    const row = await findRequestVisibleTo(trx, ctx.user, id);
    if (!row) throw notFound('Cette demande est introuvable.');
    if (row.agent_id !== ctx.user.id) {
      const asAssignee = row.assignee_id === ctx.user.id;
      await recordAudit(trx, ctx, {
        action: 'request.read',
        targetType: 'request',
        targetId: row.id,
        academieCode: row.academie_code,
        actorRole: asAssignee || grantsOf(ctx.user, 'coordinator').length === 0 ? 'adviser' : 'coordinator',
      });
    }
    return presentRequestDetail(row, ctx.user);
  });
}
