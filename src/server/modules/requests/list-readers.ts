import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';
import type { ActionContext } from '../../audit/audit-log.ts';
import { notFound } from '../../errors/app-error.ts';
import { ROLE_LABELS, type Role } from '../../../shared/glossary.ts';
import type { Readers } from '../../../shared/contracts/requests.ts';
import { findReadsOf, isOwnRequest } from './repository.ts';

/**
 * Who read my request: the staff reads of the audit log, as the agent is shown them
 * (name, role, date). Only the agent of the request may ask; anybody else: 404.
 */
export async function listReaders(db: Kysely<DB>, ctx: ActionContext, requestId: string): Promise<Readers> {
  if (!(await isOwnRequest(db, ctx.user, requestId))) throw notFound('Cette demande est introuvable.');
  const rows = await findReadsOf(db, requestId, ctx.user.id);
  return rows.map((r) => ({
    readerName: r.display_name ?? 'Compte supprimé',
    role: r.actor_role && r.actor_role in ROLE_LABELS ? ROLE_LABELS[r.actor_role as Role] : 'Personnel',
    at: r.occurred_at.toISOString(),
    breakGlass: r.action === 'request.break_glass',
  }));
}
