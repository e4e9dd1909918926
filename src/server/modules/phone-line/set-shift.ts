import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';
import type { ActionContext } from '../../audit/audit-log.ts';
import { recordAudit } from '../../audit/audit-log.ts';
import { invalid } from '../../errors/app-error.ts';
import type { Rota, SetShiftBody } from '../../../shared/contracts/phone-line.ts';
import { academieOf } from '../../../shared/territories.ts';
import { lineAdvisers, plannedLine } from './territory.ts';
import { getRota } from './get-rota.ts';

/** The coordinator puts advisers on the line for a half-day (the list replaces the previous one); returns the week. */
export async function setShift(db: Kysely<DB>, ctx: ActionContext, body: SetShiftBody): Promise<Rota> {
  const territory = plannedLine(ctx.user, body.territory);
  const allowed = new Set((await lineAdvisers(db, territory)).map((a) => a.id));
  if (body.adviserIds.some((id) => !allowed.has(id))) {
    throw invalid([{ field: 'adviserIds', message: 'Choisissez des conseillers de ce territoire.' }]);
  }
  await db.transaction().execute(async (trx) => {
    await trx.deleteFrom('phone_line_shifts').where('territory_level', '=', territory.level).where('territory_code', '=', territory.code)
      .where('day', '=', body.day).where('half_day', '=', body.halfDay).execute();
    if (body.adviserIds.length) {
      await trx.insertInto('phone_line_shifts').values(body.adviserIds.map((adviserId) => ({
        territory_level: territory.level, territory_code: territory.code, day: body.day, half_day: body.halfDay, adviser_id: adviserId, created_by: ctx.user.id,
      }))).execute();
    }
    await recordAudit(trx, ctx, { action: 'phone_line.rota', targetType: 'phone_line', targetId: `${territory.level}:${territory.code}`,
      academieCode: territory.level === 'academie' ? territory.code : academieOf(territory.code) ?? null,
      details: { day: body.day, halfDay: body.halfDay, advisers: body.adviserIds.length } });
  });
  return getRota(db, ctx.user, { ...territory, week: body.day });
}
