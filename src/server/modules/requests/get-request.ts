import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';
import { auditRow, type ActionContext } from '../../audit/audit-log.ts';
import { allows, can, readingRole } from '../../policies/index.ts';
import { notFound } from '../../errors/app-error.ts';
import type { RequestDetail } from '../../../shared/contracts/requests.ts';
import { factsOf, presentRequestDetail } from './presenter.ts';
import { findRequestVisibleTo, requestVisibleTo } from './repository.ts';
import { readTimeline } from './timeline.ts';

/**
 * One request. A staff read is audited in the statement that reads its timeline; an unseen one
 * is 404. The read is remembered for the unread counters. Staff: two statements, the request
 * (and whether the reader may see it, and its content), then its timeline with the writes of
 * the read. An agent: one.
 */
export async function getRequest(db: Kysely<DB>, ctx: ActionContext, id: string, now = new Date()): Promise<RequestDetail> {
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
