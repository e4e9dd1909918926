import { sql, type Transaction } from 'kysely';
import type { DB } from '../../db/schema.ts';
import type { CurrentUser } from '../../auth/current-user.ts';
import { can } from '../../policies/index.ts';
import type { RequestAction, RequestFacts } from '../../policies/index.ts';
import { forbidden, impossible, notFound } from '../../errors/app-error.ts';
import { visibleTo } from './repository.ts';

export const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Loads a request the caller may see, locked for the change about to be made, with the facts
 * the policy decides on. Unknown or not visible: 404. Visible but not allowed: 403.
 */
export async function loadRequestFor(trx: Transaction<DB>, user: CurrentUser, id: string, action: RequestAction) {
  if (!UUID.test(id)) throw notFound('Cette demande est introuvable.');
  const row = await trx.selectFrom('requests as r')
    .select(['r.id', 'r.reference', 'r.agent_id', 'r.assignee_id', 'r.departement_code', 'r.academie_code', 'r.sensitive', 'r.status',
      'r.subject', 'r.topic', 'r.created_at', 'r.closed_at', 'r.first_responded_at', 'r.first_response_due_at', 'r.paused_at', 'r.anonymised_at'])
    .select((eb) => eb.exists(eb.selectFrom('request_shares as s').select('s.person_id')
      .whereRef('s.request_id', '=', 'r.id').where('s.person_id', '=', user.id)).as('shared_with_viewer'))
    .where('r.id', '=', id)
    .where(visibleTo(user))
    .forUpdate('r')
    .executeTakeFirst();
  if (!row) throw notFound('Cette demande est introuvable.');
  const facts: RequestFacts = {
    agentId: row.agent_id, assigneeId: row.assignee_id, departementCode: row.departement_code, academieCode: row.academie_code,
    sensitive: row.sensitive, status: row.status, sharedWithViewer: Boolean(row.shared_with_viewer),
  };
  if (row.anonymised_at) throw impossible('Cette demande a été anonymisée à la fin de sa durée de conservation.');
  if (!can(user, action, facts)) {
    if (row.status === 'closed' && action !== 'request.reopen' && action !== 'request.note') {
      throw impossible('Cette demande est clôturée : rouvrez-la d’abord.');
    }
    if (row.status !== 'closed' && action === 'request.reopen') throw impossible('Cette demande n’est pas clôturée.');
    throw forbidden('Votre rôle ne permet pas cette action sur cette demande.');
  }
  return { ...row, facts };
}

export type LoadedRequest = Awaited<ReturnType<typeof loadRequestFor>>;

/** Marks activity on a request (unread counters compare against it). */
export async function touchRequest(trx: Transaction<DB>, id: string, at: Date) {
  await trx.updateTable('requests').set({ last_activity_at: at }).where('id', '=', id).execute();
}

export const nowSql = sql<Date>`now()`;
