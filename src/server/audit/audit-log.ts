import type { Kysely, Transaction } from 'kysely';
import type { DB } from '../db/schema.ts';
import type { CurrentUser } from '../auth/current-user.ts';
import type { Role } from '../../shared/glossary.ts';

/** Who acts, and from where: handed from the route to the service, written into audit rows. */
export interface ActionContext {
  user: CurrentUser;
  ip: string;
  requestId: string;
}

export interface AuditEntry {
  action: string;
  targetType: string;
  targetId?: string | null;
  academieCode?: string | null;
  /** The role under which the actor acted (adviser, coordinator…). */
  actorRole?: Role | null;
  details?: Record<string, unknown>;
}

/**
 * Appends one row to the audit log. Call it explicitly, in the same transaction as the read
 * or change it records. The table refuses updates and deletes (database trigger).
 * `details` must never hold a request's content: ids and codes only.
 */
export async function recordAudit(executor: Kysely<DB> | Transaction<DB>, context: ActionContext | null, entry: AuditEntry) {
  await executor.insertInto('audit_log').values(auditRow(context, entry)).execute();
}

/** The row `recordAudit` appends, for a statement that writes it together with the read it records. */
export function auditRow(context: ActionContext | null, entry: AuditEntry) {
  return {
    actor_id: context?.user.id ?? null,
    actor_role: entry.actorRole ?? null,
    action: entry.action,
    target_type: entry.targetType,
    target_id: entry.targetId ?? null,
    academie_code: entry.academieCode ?? null,
    ip: context?.ip ?? null,
    request_id: context?.requestId ?? null,
    details: JSON.stringify(entry.details ?? {}),
  };
}
