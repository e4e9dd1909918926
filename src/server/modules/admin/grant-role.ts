import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';
import { recordAudit, type ActionContext } from '../../audit/audit-log.ts';
import { AppError, forbidden } from '../../errors/app-error.ts';
import { can } from '../../policies/index.ts';
import type { Account, RoleGrantBody } from '../../../shared/contracts/admin.ts';
import { findAccount } from './repository.ts';
import { loadAccount } from './load-account.ts';
import { grantTerritory } from './role-territory.ts';
import { presentAccount } from './presenter.ts';

/**
 * Grants a role on a territory the administrator administers (a national administrator:
 * anywhere). The person's open sessions hold it at once (the database announces the change).
 */
export async function grantRole(db: Kysely<DB>, ctx: ActionContext, personId: string, body: RoleGrantBody): Promise<Account> {
  const territory = grantTerritory(body, { granting: true });
  return db.transaction().execute(async (trx) => {
    const account = await loadAccount(trx, ctx.user, personId, { lock: true });
    if (!can(ctx.user, 'territory.administer', territory)) {
      throw forbidden('Vous ne pouvez attribuer un rôle que sur le territoire que vous administrez.');
    }
    if (account.grants.some((g) => g.role === body.role && g.territory_level === territory.level && g.territory_code === territory.code)) {
      throw new AppError('conflict', 'Cette personne a déjà ce rôle sur ce territoire.');
    }
    await trx.insertInto('role_assignments').values({ person_id: personId, role: body.role, territory_level: territory.level, territory_code: territory.code }).execute();
    await recordAudit(trx, ctx, {
      action: 'account.grant_role', targetType: 'person', targetId: personId, academieCode: account.academie_code, actorRole: 'admin',
      details: { role: body.role, level: territory.level, code: territory.code },
    });
    return presentAccount((await findAccount(trx, ctx.user, personId))!);
  });
}
