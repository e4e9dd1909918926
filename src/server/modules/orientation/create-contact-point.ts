import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';
import { recordAudit, type ActionContext } from '../../audit/audit-log.ts';
import { can } from '../../policies/index.ts';
import { forbidden } from '../../errors/app-error.ts';
import type { ContactPoint, CreateContactPointBody } from '../../../shared/contracts/orientation.ts';
import { territoriesToStore } from './territories.ts';
import { contactPointFacts } from './facts.ts';
import { findContactPoint } from './repository.ts';
import { presentFull } from './get-contact-point.ts';

const blankToNull = (value: string | null | undefined) => (value === undefined || value === null || value.trim() === '' ? null : value.trim());

/** Adds an HR actor to the directory of a territory its author manages; audited. */
export async function createContactPoint(db: Kysely<DB>, ctx: ActionContext, body: CreateContactPointBody): Promise<ContactPoint> {
  const id = await db.transaction().execute(async (trx) => {
    const territories = await territoriesToStore(trx, body.academieCode, body.territories);
    if (!can(ctx.user, 'contactPoint.manage', contactPointFacts({ academie_code: body.academieCode }, territories))) {
      throw forbidden('Ce territoire n’est pas le vôtre : vous ne pouvez pas y ajouter d’interlocuteur.');
    }
    const { id } = await trx.insertInto('contact_points').values({
      kind: body.kind, name: body.name.trim(), academie_code: body.academieCode,
      description: blankToNull(body.description), email: blankToNull(body.email), phone: blankToNull(body.phone),
      hours: blankToNull(body.hours), address: blankToNull(body.address), website: blankToNull(body.website),
      topics: JSON.stringify(body.topics), categories: JSON.stringify(body.categories),
    }).returning('id').executeTakeFirstOrThrow();
    await trx.insertInto('contact_point_territories').values(territories.map((t) => ({ contact_point_id: id, ...t }))).execute();
    await recordAudit(trx, ctx, { action: 'contact_point.create', targetType: 'contact_point', targetId: id, academieCode: body.academieCode,
      details: { kind: body.kind } });
    return id;
  });
  return presentFull(db, ctx.user, (await findContactPoint(db, id))!);
}

export { blankToNull };
