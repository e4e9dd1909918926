import type { Transaction } from 'kysely';
import type { DB } from '../../db/schema.ts';
import type { CurrentUser } from '../../auth/current-user.ts';
import { can, type RequestAction, type RequestFacts } from '../../policies/index.ts';
import { forbidden, impossible, notFound } from '../../errors/app-error.ts';
import { lockRequestVisibleTo } from './repository.ts';

/**
 * Loads a request the caller may see, locked for the change about to be made, and checks that
 * the caller may do `action` to it. Unknown or not visible: 404. Visible but not allowed: 403,
 * or 409 when the request's state is what stands in the way (closed, not closed, anonymised).
 */
export async function loadRequestFor(trx: Transaction<DB>, user: CurrentUser, id: string, action: RequestAction) {
  const row = await lockRequestVisibleTo(trx, user, id);
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
  return row;
}

export type LoadedRequest = Awaited<ReturnType<typeof loadRequestFor>>;
