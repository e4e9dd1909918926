import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';
import { recordAudit, type ActionContext } from '../../audit/audit-log.ts';
import { impossible } from '../../errors/app-error.ts';
import { loadManagedContactPoint } from './load-contact-point.ts';

/**
 * Takes an HR actor out of the directory: it is no longer listed nor oriented to. Its past
 * referrals stay, and those still awaiting an answer stay with its members. Audited.
 */
export async function archiveContactPoint(db: Kysely<DB>, ctx: ActionContext, id: string): Promise<void> {
  await db.transaction().execute(async (trx) => {
    const { row } = await loadManagedContactPoint(trx, ctx.user, id);
    if (row.archived_at) throw impossible('Cet interlocuteur est déjà archivé.');
    await trx.updateTable('contact_points').set({ archived_at: new Date(), updated_at: new Date() }).where('id', '=', id).execute();
    await recordAudit(trx, ctx, { action: 'contact_point.archive', targetType: 'contact_point', targetId: id, academieCode: row.academie_code });
  });
}
