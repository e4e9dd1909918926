import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';
import { recordAudit, type ActionContext } from '../../audit/audit-log.ts';
import { notFound } from '../../errors/app-error.ts';
import { loadManagedContactPoint } from './load-contact-point.ts';

/**
 * Removes a member: they no longer see the referrals addressed to this contact point (at once).
 * The last member may be removed; the contact point then receives no new referral. Audited.
 */
export async function removeMember(db: Kysely<DB>, ctx: ActionContext, id: string, personId: string): Promise<void> {
  await db.transaction().execute(async (trx) => {
    const { row } = await loadManagedContactPoint(trx, ctx.user, id);
    const removed = await trx.deleteFrom('contact_point_members').where('contact_point_id', '=', id).where('person_id', '=', personId).executeTakeFirst();
    if (removed.numDeletedRows === 0n) throw notFound('Cette personne n’est pas membre de cet interlocuteur.');
    await recordAudit(trx, ctx, { action: 'contact_point.member_remove', targetType: 'contact_point', targetId: id, academieCode: row.academie_code,
      details: { personId } });
  });
}
