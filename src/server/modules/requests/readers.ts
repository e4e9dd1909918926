import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';
import type { ActionContext } from '../../audit/audit-log.ts';
import { notFound } from '../../errors/app-error.ts';
import { ROLE_LABELS, type Role } from '../../../shared/glossary.ts';
import { UUID } from './load.ts';

/**
 * Who read my request: the staff reads of the audit log, as the agent is shown them
 * (name, role, date). Only the agent of the request may ask.
 */
export async function listReaders(db: Kysely<DB>, ctx: ActionContext, requestId: string) {
  if (!UUID.test(requestId)) throw notFound('Cette demande est introuvable.');
  const own = await db.selectFrom('requests').select('id').where('id', '=', requestId).where('agent_id', '=', ctx.user.id).executeTakeFirst();
  if (!own) throw notFound('Cette demande est introuvable.');
  const rows = await db.selectFrom('audit_log as a')
    .leftJoin('persons as p', 'p.id', 'a.actor_id')
    .select(['a.occurred_at', 'a.actor_role', 'a.action', 'p.display_name'])
    .where('a.target_type', '=', 'request').where('a.target_id', '=', requestId)
    .where('a.action', 'in', ['request.read', 'request.break_glass'])
    .where('a.actor_id', '!=', ctx.user.id)
    .orderBy('a.id', 'desc').limit(500)
    .execute();
  return rows.map((r) => ({
    readerName: r.display_name ?? 'Compte supprimé',
    role: r.actor_role && r.actor_role in ROLE_LABELS ? ROLE_LABELS[r.actor_role as Role] : 'Personnel',
    at: r.occurred_at.toISOString(),
    breakGlass: r.action === 'request.break_glass',
  }));
}
