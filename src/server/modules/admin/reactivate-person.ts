import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';
import { recordAudit, type ActionContext } from '../../audit/audit-log.ts';
import { impossible } from '../../errors/app-error.ts';
import type { Account } from '../../../shared/contracts/admin.ts';
import { findAccount } from './repository.ts';
import { loadAccount } from './load-account.ts';
import { assertAdministersEveryGrant } from './every-grant.ts';
import { presentAccount } from './presenter.ts';

/** Reactivates a person: they may sign in again, with the roles they still hold. */
export async function reactivatePerson(db: Kysely<DB>, ctx: ActionContext, personId: string): Promise<Account> {
  return db.transaction().execute(async (trx) => {
    const account = await loadAccount(trx, ctx.user, personId, { lock: true });
    if (account.active) throw impossible('Ce compte est déjà actif.');
    assertAdministersEveryGrant(ctx.user, account.grants, 'réactiver');
    await trx.updateTable('persons').set({ active: true }).where('id', '=', personId).execute();
    await recordAudit(trx, ctx, { action: 'account.reactivate', targetType: 'person', targetId: personId, academieCode: account.academie_code, actorRole: 'admin' });
    return presentAccount((await findAccount(trx, ctx.user, personId))!);
  });
}
