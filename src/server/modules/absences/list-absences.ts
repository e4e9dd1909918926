import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';
import type { CurrentUser } from '../../auth/current-user.ts';
import { parisDate } from '../../clock.ts';
import type { Absence } from '../../../shared/contracts/absences.ts';
import { findCurrentAbsences } from './repository.ts';
import { presentAbsence } from './presenter.ts';

/** The caller's absences in progress and to come. */
export async function listAbsences(db: Kysely<DB>, user: CurrentUser): Promise<Absence[]> {
  return (await findCurrentAbsences(db, user.id, parisDate(new Date()))).map(presentAbsence);
}
