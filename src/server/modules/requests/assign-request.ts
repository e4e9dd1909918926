import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';
import { recordAudit, type ActionContext } from '../../audit/audit-log.ts';
import { impossible, invalid } from '../../errors/app-error.ts';
import { isAdviserFor } from './assignment.ts';
import { recordEvent } from './events.ts';
import { loadRequestFor } from './load-request.ts';
import { touchRequest } from './repository.ts';

/** The coordinator (re)assigns; the assignee hands over to a colleague; an adviser takes an unassigned one. */
export async function assignRequest(db: Kysely<DB>, ctx: ActionContext, requestId: string, adviserId: string, now = new Date()) {
  const taking = adviserId === ctx.user.id;
  await db.transaction().execute(async (trx) => {
    const request = await loadRequestFor(trx, ctx.user, requestId, taking ? 'request.take' : 'request.assign')
      .catch(async (error) => {
        if (!taking) throw error;
        // The assignee taking their own request, or a coordinator who is also an adviser: the general rule.
        return loadRequestFor(trx, ctx.user, requestId, 'request.assign');
      });
    if (!(await isAdviserFor(trx, adviserId, request.departement_code, request.academie_code))) {
      throw invalid([{ field: 'adviserId', message: 'Cette personne n’est pas conseiller RH de proximité pour ce territoire.' }]);
    }
    if (request.assignee_id === adviserId) throw impossible('La demande est déjà attribuée à ce conseiller.');
    await trx.updateTable('requests').set({ assignee_id: adviserId }).where('id', '=', request.id).execute();
    await recordEvent(trx, request.id, 'assigned', ctx.user.id, { data: { assigneeId: adviserId, previousAssigneeId: request.assignee_id }, at: now });
    await recordAudit(trx, ctx, { action: 'request.assign', targetType: 'request', targetId: request.id, academieCode: request.academie_code, details: { adviserId } });
    await touchRequest(trx, request.id, now);
  });
}
