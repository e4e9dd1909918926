import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';
import type { ActionContext } from '../../audit/audit-log.ts';
import { recordAudit } from '../../audit/audit-log.ts';
import { forbidden, invalid } from '../../errors/app-error.ts';
import { mayHoldOfficeHoursIn } from '../../policies/index.ts';
import type { CreateOfficeHourBody, OfficeHour } from '../../../shared/contracts/appointments.ts';
import { officeHourColumns } from './office-hour-fields.ts';
import { officeHoursWithAdviser } from './repository.ts';
import { presentOfficeHour } from './presenter.ts';

/**
 * An adviser opens office hours of their own; a coordinator opens them for an adviser of their
 * territory. They belong to the département of the establishment, else of the adviser.
 */
export async function createOfficeHour(db: Kysely<DB>, ctx: ActionContext, body: CreateOfficeHourBody): Promise<OfficeHour> {
  const adviserId = body.adviserId ?? ctx.user.id;
  const adviser = await db.selectFrom('persons').select(['id', 'departement_code', 'academie_code'])
    .where('id', '=', adviserId).where('active', '=', true)
    .where('id', 'in', db.selectFrom('role_assignments').select('person_id').where('role', '=', 'adviser'))
    .executeTakeFirst();
  if (!adviser) {
    throw invalid([{ field: 'adviserId', message: body.adviserId ? 'Ce conseiller est introuvable.' : 'Seul un conseiller tient des permanences : choisissez le conseiller.' }]);
  }
  const { columns, establishmentDepartement } = await officeHourColumns(db, body);
  const departementCode = establishmentDepartement ?? adviser.departement_code;
  const academie = departementCode
    ? await db.selectFrom('departements').select('academie_code').where('code', '=', departementCode).executeTakeFirst() : undefined;
  if (!departementCode || !academie) throw invalid([{ field: 'adviserId', message: 'Le département de ce conseiller n’est pas renseigné.' }]);
  if (!mayHoldOfficeHoursIn(ctx.user, adviserId, departementCode)) {
    throw forbidden('Vous ne pouvez ouvrir de permanence que pour vous-même, ou pour un conseiller de votre territoire.');
  }
  const id = await db.transaction().execute(async (trx) => {
    const row = await trx.insertInto('office_hours').values({
      ...columns, adviser_id: adviserId, departement_code: departementCode, academie_code: academie.academie_code, created_by: ctx.user.id,
    }).returning('id').executeTakeFirstOrThrow();
    await recordAudit(trx, ctx, { action: 'office_hour.create', targetType: 'office_hour', targetId: row.id, academieCode: academie.academie_code });
    return row.id;
  });
  return presentOfficeHour(await officeHoursWithAdviser(db).where('o.id', '=', id).executeTakeFirstOrThrow());
}
