import type { Executor } from '../../db/schema.ts';
import type { KeyDates, KeyDatesQuery } from '../../../shared/contracts/key-dates.ts';
import { publicKeyDates } from './repository.ts';
import { presentKeyDates } from './presenter.ts';

/** Public: the key dates of an académie (and the national ones) for a category of staff, soonest first. */
export async function listKeyDates(db: Executor, query: KeyDatesQuery): Promise<KeyDates> {
  const rows = await publicKeyDates(db, query).limit(1000).execute();
  return { items: await presentKeyDates(db, rows, query.academie ?? null) };
}
