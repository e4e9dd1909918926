import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';
import { recordAudit, type ActionContext } from '../../audit/audit-log.ts';
import { forbidden, impossible, notFound } from '../../errors/app-error.ts';
import { can, isAdministratorGrant } from '../../policies/index.ts';
import type { Account, RoleGrantBody } from '../../../shared/contracts/admin.ts';
import { findAccount } from './repository.ts';
import { loadAccount } from './load-account.ts';
import { grantTerritory } from './role-territory.ts';
import { presentAccount } from './presenter.ts';

/**
 * Withdraws a role the administrator's territory covers. Nobody withdraws their own last
 * administrator role: the territory would be left without anyone to administer it by mistake.
 * The person's open sessions lose the role at once (the database announces the change).
 */
export async function withdrawRole(db: Kysely<DB>, ctx: ActionContext, personId: string, body: RoleGrantBody): Promise<Account> {
  const territory = grantTerritory(body, { granting: false });
  return db.transaction().execute(async (trx) => {
    const account = await loadAccount(trx, ctx.user, personId, { lock: true });
    const grant = account.grants.find((g) => g.role === body.role && g.territory_level === territory.level && g.territory_code === territory.code);
    if (!grant) throw notFound('Cette personne n’a pas ce rôle sur ce territoire.');
    if (!can(ctx.user, 'territory.administer', territory)) {
      throw forbidden('Vous ne pouvez retirer un rôle que sur le territoire que vous administrez.');
    }
    if (personId === ctx.user.id && isAdministratorGrant(grant) && account.grants.filter(isAdministratorGrant).length === 1) {
      throw impossible('Vous ne pouvez pas retirer votre dernier rôle d’administrateur : demandez-le à un autre administrateur.');
    }
    await trx.deleteFrom('role_assignments').where('person_id', '=', personId).where('role', '=', body.role)
      .where('territory_level', '=', territory.level).where('territory_code', '=', territory.code).execute();
    await recordAudit(trx, ctx, {
      action: 'account.withdraw_role', targetType: 'person', targetId: personId, academieCode: account.academie_code, actorRole: 'admin',
      details: { role: body.role, level: territory.level, code: territory.code },
    });
    return presentAccount((await findAccount(trx, ctx.user, personId))!);
  });
}
