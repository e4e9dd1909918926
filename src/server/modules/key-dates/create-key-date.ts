import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';
import { recordAudit, type ActionContext } from '../../audit/audit-log.ts';
import { forbidden } from '../../errors/app-error.ts';
import { can } from '../../policies/index.ts';
import type { KeyDate, KeyDateBody } from '../../../shared/contracts/key-dates.ts';
import { selectKeyDates } from './repository.ts';
import { presentKeyDates } from './presenter.ts';
import { keyDateColumns } from './key-date-fields.ts';

/** An editor adds a key date to their académie's calendar (a national editor, to the national one). */
export async function createKeyDate(db: Kysely<DB>, ctx: ActionContext, body: KeyDateBody): Promise<KeyDate> {
  if (!can(ctx.user, 'keyDate.manage', { academieCode: body.academie })) {
    throw forbidden(body.academie === null ? 'Seul un éditeur national publie des dates-clés nationales.' : 'Vous n’êtes pas éditeur de cette académie.');
  }
  const columns = keyDateColumns(body);
  const id = await db.transaction().execute(async (trx) => {
    const row = await trx.insertInto('key_dates').values({
      academie_code: body.academie, kind: body.kind, title: body.title.trim(), starts_on: body.startsOn, ends_on: columns.ends_on ?? body.startsOn,
      ...columns, created_by: ctx.user.id, updated_by: ctx.user.id,
    }).returning('id').executeTakeFirstOrThrow();
    await recordAudit(trx, ctx, { action: 'key_date.create', targetType: 'key_date', targetId: row.id, academieCode: body.academie, actorRole: 'editor' });
    return row.id;
  });
  const [created] = await presentKeyDates(db, [await selectKeyDates(db).where('id', '=', id).executeTakeFirstOrThrow()], body.academie);
  return created!;
}
