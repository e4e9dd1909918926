import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';
import type { CurrentUser } from '../../auth/current-user.ts';
import { forbidden } from '../../errors/app-error.ts';
import { can } from '../../policies/index.ts';
import { parisDate } from '../../clock.ts';
import { academieOf } from '../../../shared/territories.ts';
import type { AdviserOption } from '../../../shared/contracts/people.ts';
import { findAdvisers } from './repository.ts';
import { presentAdviser } from './presenter.ts';

/** The advisers of a département the caller may hand a request to, with whether they are absent today. */
export async function listAdvisers(db: Kysely<DB>, user: CurrentUser, departementCode: string): Promise<AdviserOption[]> {
  const territory = { level: 'departement' as const, code: departementCode };
  const academie = academieOf(departementCode);
  if (!academie || !can(user, 'advisers.list', territory)) throw forbidden('Ce département n’est pas dans votre territoire.');
  return (await findAdvisers(db, departementCode, academie, parisDate(new Date()))).map(presentAdviser);
}
