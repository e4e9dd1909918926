import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';
import { recordAudit, type ActionContext } from '../../audit/audit-log.ts';
import { impossible } from '../../errors/app-error.ts';
import type { Account } from '../../../shared/contracts/admin.ts';
import { findAccount } from './repository.ts';
import { loadAccount } from './load-account.ts';
import { assertAdministersEveryGrant } from './every-grant.ts';
import { presentAccount } from './presenter.ts';

/**
 * Deactivates a person: they can no longer sign in, and their open sessions end in the same
 * transaction (the database announces it to every instance at commit, so the next request of
 * that browser is refused, on whichever instance it lands). Nothing of theirs is deleted.
 */
export async function deactivatePerson(db: Kysely<DB>, ctx: ActionContext, personId: string): Promise<Account> {
  return db.transaction().execute(async (trx) => {
    const account = await loadAccount(trx, ctx.user, personId, { lock: true });
    if (personId === ctx.user.id) throw impossible('Vous ne pouvez pas désactiver votre propre compte : demandez-le à un autre administrateur.');
    if (!account.active) throw impossible('Ce compte est déjà désactivé.');
    assertAdministersEveryGrant(ctx.user, account.grants, 'désactiver');
    await trx.updateTable('persons').set({ active: false }).where('id', '=', personId).execute();
    const ended = await trx.deleteFrom('sessions').where('person_id', '=', personId).executeTakeFirst();
    await recordAudit(trx, ctx, {
      action: 'account.deactivate', targetType: 'person', targetId: personId, academieCode: account.academie_code, actorRole: 'admin',
      details: { sessionsEnded: Number(ended.numDeletedRows) },
    });
    return presentAccount((await findAccount(trx, ctx.user, personId))!);
  });
}
