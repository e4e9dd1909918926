import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';
import { recordAudit, type ActionContext } from '../../audit/audit-log.ts';
import { mayBeMemberOf } from '../../policies/index.ts';
import { conflictError, impossible, invalid } from './errors.ts';
import { loadManagedContactPoint } from './load-contact-point.ts';
import { contactPointFacts } from './facts.ts';
import { findPersonWithGrants } from './repository.ts';

/**
 * Adds a person who answers for a contact point (a cell is shared by its members): someone holding
 * the `contact_point` role in its académie. Audited.
 */
export async function addMember(db: Kysely<DB>, ctx: ActionContext, id: string, personId: string): Promise<void> {
  await db.transaction().execute(async (trx) => {
    const { row, territories } = await loadManagedContactPoint(trx, ctx.user, id);
    if (row.archived_at) throw impossible('Cet interlocuteur est archivé : on ne peut plus lui ajouter de membre.');
    if (row.kind === 'external_partner' || row.kind === 'adviser') {
      throw impossible('Un partenaire extérieur ou une fiche de conseillers n’a pas de membres dans ProxiRH : les orientations y sont seulement enregistrées.');
    }
    const person = await findPersonWithGrants(trx, personId);
    if (!person || !person.active) throw invalid([{ field: 'personId', message: 'Cette personne est introuvable ou son compte est désactivé.' }]);
    if (!mayBeMemberOf(person.grants, contactPointFacts(row, territories))) {
      throw invalid([{ field: 'personId', message: 'Cette personne n’a pas le rôle d’interlocuteur RH dans cette académie : un administrateur doit d’abord le lui attribuer.' }]);
    }
    const added = await trx.insertInto('contact_point_members').values({ contact_point_id: id, person_id: personId, added_by: ctx.user.id })
      .onConflict((oc) => oc.doNothing()).returning('person_id').executeTakeFirst();
    if (!added) throw conflictError('Cette personne est déjà membre de cet interlocuteur.');
    await recordAudit(trx, ctx, { action: 'contact_point.member_add', targetType: 'contact_point', targetId: id, academieCode: row.academie_code,
      details: { personId } });
  });
}
