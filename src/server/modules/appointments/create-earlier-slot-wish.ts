import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';
import type { CurrentUser } from '../../auth/current-user.ts';
import { AppError, impossible, invalid } from '../../errors/app-error.ts';
import type { CreateEarlierSlotWishBody, EarlierSlotWish } from '../../../shared/contracts/appointments.ts';
import { loadEarlierSlotWishes } from './earlier-slot-wishes.ts';

/** Active wishes one agent may hold at once. */
export const MAX_WISHES = 5;

/**
 * An agent asks to be told of an earlier slot, for a reason, in a département, maybe in one mode.
 * The wish names no request and holds no text: only what a slot is matched on.
 */
export async function createEarlierSlotWish(db: Kysely<DB>, user: CurrentUser, body: CreateEarlierSlotWishBody, now = new Date()): Promise<EarlierSlotWish> {
  const departement = await db.selectFrom('departements').select(['code', 'academie_code']).where('code', '=', body.departement).executeTakeFirst();
  if (!departement) throw invalid([{ field: 'departement', message: 'Ce département est inconnu.' }]);
  const id = await db.transaction().execute(async (trx) => {
    const held = await trx.selectFrom('earlier_slot_wishes').select('id').where('agent_id', '=', user.id).where('withdrawn_at', 'is', null).forUpdate().execute();
    if (held.length >= MAX_WISHES) {
      throw impossible(`Vous attendez déjà un créneau pour ${MAX_WISHES} motifs : retirez une demande avant d’en ajouter une.`);
    }
    const inserted = await trx.insertInto('earlier_slot_wishes').values({
      agent_id: user.id, academie_code: departement.academie_code, departement_code: departement.code, reason: body.reason, mode: body.mode ?? null,
      created_at: now,
    }).onConflict((oc) => oc.doNothing()).returning('id').executeTakeFirst();
    if (!inserted) throw new AppError('conflict', 'Vous êtes déjà prévenu des créneaux plus tôt pour ce motif dans ce département.');
    return inserted.id;
  });
  const [wish] = await loadEarlierSlotWishes(db, user, now, id);
  return wish!;
}
