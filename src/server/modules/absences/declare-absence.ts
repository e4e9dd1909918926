import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';
import type { ActionContext } from '../../audit/audit-log.ts';
import { recordAudit } from '../../audit/audit-log.ts';
import { invalid } from '../../errors/app-error.ts';
import { parisDate } from '../../clock.ts';
import type { Absence, DeclareAbsenceBody } from '../../../shared/contracts/absences.ts';
import { insertAbsence } from './repository.ts';
import { presentAbsence } from './presenter.ts';

/** An adviser declares a period of absence (both days included): new requests skip them meanwhile. */
export async function declareAbsence(db: Kysely<DB>, ctx: ActionContext, { startsOn, endsOn }: DeclareAbsenceBody): Promise<Absence> {
  if (endsOn < startsOn) throw invalid([{ field: 'endsOn', message: 'La fin de l’absence doit suivre son début.' }]);
  if (endsOn < parisDate(new Date())) throw invalid([{ field: 'endsOn', message: 'Cette absence est déjà passée.' }]);
  const row = await db.transaction().execute(async (trx) => {
    const created = await insertAbsence(trx, ctx.user.id, startsOn, endsOn);
    await recordAudit(trx, ctx, { action: 'absence.declare', targetType: 'person', targetId: ctx.user.id, academieCode: ctx.user.academieCode });
    return created;
  });
  return presentAbsence(row);
}
