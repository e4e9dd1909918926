import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';
import { recordAudit, type ActionContext } from '../../audit/audit-log.ts';
import { can } from '../../policies/index.ts';
import { forbidden, impossible } from '../../errors/app-error.ts';
import type { ContactPoint, UpdateContactPointBody } from '../../../shared/contracts/orientation.ts';
import { territoriesToStore } from './territories.ts';
import { contactPointFacts } from './facts.ts';
import { findContactPoint } from './repository.ts';
import { presentFull } from './get-contact-point.ts';
import { loadManagedContactPoint } from './load-contact-point.ts';
import { blankToNull } from './create-contact-point.ts';

/** Changes what the directory says of an HR actor; its new territories must stay in the manager's. Audited (the fields changed). */
export async function updateContactPoint(db: Kysely<DB>, ctx: ActionContext, id: string, body: UpdateContactPointBody): Promise<ContactPoint> {
  await db.transaction().execute(async (trx) => {
    const { row } = await loadManagedContactPoint(trx, ctx.user, id);
    if (row.archived_at) throw impossible('Cet interlocuteur est archivé : il ne peut plus être modifié.');
    if (body.territories) {
      const territories = await territoriesToStore(trx, row.academie_code, body.territories);
      if (!can(ctx.user, 'contactPoint.manage', contactPointFacts(row, territories))) {
        throw forbidden('Ce territoire n’est pas le vôtre : vous ne pouvez pas y étendre cet interlocuteur.');
      }
      await trx.deleteFrom('contact_point_territories').where('contact_point_id', '=', id).execute();
      await trx.insertInto('contact_point_territories').values(territories.map((t) => ({ contact_point_id: id, ...t }))).execute();
    }
    const text = (key: 'description' | 'email' | 'phone' | 'hours' | 'address' | 'website') =>
      (body[key] === undefined ? {} : { [key]: blankToNull(body[key]) });
    await trx.updateTable('contact_points').set({
      ...(body.name === undefined ? {} : { name: body.name.trim() }),
      ...text('description'), ...text('email'), ...text('phone'), ...text('hours'), ...text('address'), ...text('website'),
      ...(body.topics === undefined ? {} : { topics: JSON.stringify(body.topics) }),
      ...(body.categories === undefined ? {} : { categories: JSON.stringify(body.categories) }),
      updated_at: new Date(),
    }).where('id', '=', id).execute();
    await recordAudit(trx, ctx, { action: 'contact_point.update', targetType: 'contact_point', targetId: id, academieCode: row.academie_code,
      details: { fields: Object.keys(body).sort() } });
  });
  return presentFull(db, ctx.user, (await findContactPoint(db, id))!);
}
