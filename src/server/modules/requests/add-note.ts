import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';
import { recordAudit, type ActionContext } from '../../audit/audit-log.ts';
import type { Created } from '../../../shared/contracts/requests.ts';
import { loadRequestFor } from './load-request.ts';

/** An internal note: staff only, in a table the agent's side never reads. */
export async function addNote(db: Kysely<DB>, ctx: ActionContext, requestId: string, body: string, now = new Date()): Promise<Created> {
  return db.transaction().execute(async (trx) => {
    const request = await loadRequestFor(trx, ctx.user, requestId, 'request.note');
    const note = await trx.insertInto('request_notes')
      .values({ request_id: request.id, author_id: ctx.user.id, body: body.trim(), created_at: now })
      .returning(['id', 'created_at']).executeTakeFirstOrThrow();
    await recordAudit(trx, ctx, { action: 'request.note', targetType: 'request', targetId: request.id, academieCode: request.academie_code });
    return { id: note.id, createdAt: note.created_at.toISOString() };
  });
}
