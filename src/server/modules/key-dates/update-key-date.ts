import { sql, type Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';
import { recordAudit, type ActionContext } from '../../audit/audit-log.ts';
import { impossible, notFound } from '../../errors/app-error.ts';
import { can, editedAcademies } from '../../policies/index.ts';
import type { KeyDate, UpdateKeyDateBody } from '../../../shared/contracts/key-dates.ts';
import { managedKeyDates, selectKeyDates } from './repository.ts';
import { presentKeyDates } from './presenter.ts';
import { keyDateColumns } from './key-date-fields.ts';

/**
 * An editor changes a key date, or cancels it (`cancel`): the row stays, marked cancelled. Either
 * raises its SEQUENCE, so the calendars that subscribed to the feed replace their copy.
 */
export async function updateKeyDate(db: Kysely<DB>, ctx: ActionContext, id: string, change: UpdateKeyDateBody | 'cancel'): Promise<KeyDate> {
  const academie = await db.transaction().execute(async (trx) => {
    const row = await managedKeyDates(trx, editedAcademies(ctx.user)).where('id', '=', id).forUpdate().executeTakeFirst();
    if (!row || !can(ctx.user, 'keyDate.manage', { academieCode: row.academie_code })) throw notFound('Cette date-clé est introuvable.');
    if (row.status === 'cancelled') throw impossible('Cette date-clé est annulée : elle ne peut plus être modifiée.');
    const columns = change === 'cancel' ? { status: 'cancelled' as const } : keyDateColumns(change, row);
    await trx.updateTable('key_dates')
      .set({ ...columns, sequence: sql<number>`sequence + 1`, updated_by: ctx.user.id, updated_at: new Date() })
      .where('id', '=', id).execute();
    await recordAudit(trx, ctx, { action: change === 'cancel' ? 'key_date.cancel' : 'key_date.update', targetType: 'key_date', targetId: id,
      academieCode: row.academie_code, actorRole: 'editor' });
    return row.academie_code;
  });
  const [updated] = await presentKeyDates(db, [await selectKeyDates(db).where('id', '=', id).executeTakeFirstOrThrow()], academie);
  return updated!;
}
