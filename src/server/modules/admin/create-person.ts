import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';
import { recordAudit, type ActionContext } from '../../audit/audit-log.ts';
import { AppError, forbidden, invalid, type FieldError } from '../../errors/app-error.ts';
import { can } from '../../policies/index.ts';
import { ACADEMIES, academieOf } from '../../../shared/territories.ts';
import type { Account, CreatePersonBody } from '../../../shared/contracts/admin.ts';
import { emailTaken, findAccount } from './repository.ts';
import { presentAccount } from './presenter.ts';

/** Plain enough to refuse a typo, loose enough for every real address: one @, a dot in the domain, no space. */
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export const duplicateEmail = () => new AppError('conflict', 'Un compte existe déjà avec cette adresse électronique.',
  [{ field: 'email', message: 'Un compte existe déjà avec cette adresse électronique : recherchez-le dans la liste des comptes.' }]);

/**
 * An administrator creates a person of the territory they administer, with no role yet (roles
 * are granted next, one by one). The person signs in through the identity provider, which binds
 * to them by e-mail on the first sign-in (docs/decisions/0005-oidc-person-matching.md).
 */
export async function createPerson(db: Kysely<DB>, ctx: ActionContext, body: CreatePersonBody): Promise<Account> {
  const email = body.email.trim();
  const academie = body.academie.trim().toUpperCase();
  const departement = body.departement?.trim().toUpperCase() || undefined;
  const errors: FieldError[] = [];
  if (!EMAIL.test(email)) errors.push({ field: 'email', message: 'Indiquez une adresse électronique valide, par exemple prenom.nom@ac-amiens.fr.' });
  if (!ACADEMIES.some((a) => a.code === academie)) errors.push({ field: 'academie', message: 'Choisissez une académie de la liste.' });
  else if (departement !== undefined && academieOf(departement) !== academie) {
    errors.push({ field: 'departement', message: 'Ce département n’appartient pas à l’académie choisie.' });
  }
  if (errors.length > 0) throw invalid(errors);

  const home = departement ? { level: 'departement' as const, code: departement } : { level: 'academie' as const, code: academie };
  if (!can(ctx.user, 'territory.administer', home)) throw forbidden('Vous ne pouvez créer un compte que dans le territoire que vous administrez.');

  return db.transaction().execute(async (trx) => {
    if (await emailTaken(trx, email)) throw duplicateEmail();
    const givenName = body.givenName.trim();
    const familyName = body.familyName.trim();
    let id: string;
    try {
      ({ id } = await trx.insertInto('persons').values({
        email, given_name: givenName, family_name: familyName, display_name: `${givenName} ${familyName}`,
        academie_code: academie, departement_code: departement ?? null, category: body.category ?? null,
      }).returning('id').executeTakeFirstOrThrow());
    } catch (error) {
      // Two administrators creating the same address at once: the unique index decides.
      if ((error as { code?: string }).code === '23505') throw duplicateEmail();
      throw error;
    }
    await recordAudit(trx, ctx, { action: 'account.create', targetType: 'person', targetId: id, academieCode: academie, actorRole: 'admin' });
    return presentAccount((await findAccount(trx, ctx.user, id))!);
  });
}
