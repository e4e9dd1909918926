import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';
import type { CurrentUser } from '../../auth/current-user.ts';
import { notFound } from '../../errors/app-error.ts';

/** The agent no longer wants offers for this wish; another agent's wish is unknown (404). */
export async function withdrawEarlierSlotWish(db: Kysely<DB>, user: CurrentUser, id: string, now = new Date()): Promise<void> {
  const withdrawn = await db.updateTable('earlier_slot_wishes').set({ withdrawn_at: now })
    .where('id', '=', id).where('agent_id', '=', user.id).where('withdrawn_at', 'is', null).returning('id').executeTakeFirst();
  if (!withdrawn) throw notFound('Cette demande d’être prévenu est introuvable.');
}
