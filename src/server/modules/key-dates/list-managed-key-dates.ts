import type { Executor } from '../../db/schema.ts';
import type { CurrentUser } from '../../auth/current-user.ts';
import type { KeyDates, ManagedKeyDatesQuery } from '../../../shared/contracts/key-dates.ts';
import { editedAcademies } from '../../policies/index.ts';
import { managedKeyDates } from './repository.ts';
import { presentKeyDates } from './presenter.ts';

/** The editor's list: the key dates they write (cancelled ones included), soonest first. */
export async function listManagedKeyDates(db: Executor, user: CurrentUser, query: ManagedKeyDatesQuery): Promise<KeyDates> {
  let rows = managedKeyDates(db, editedAcademies(user)).orderBy('starts_on').orderBy('id');
  if (query.academie) rows = rows.where((eb) => eb.or([eb('academie_code', '=', query.academie!), eb('academie_code', 'is', null)]));
  return { items: await presentKeyDates(db, await rows.limit(1000).execute(), query.academie ?? null) };
}
