import type { QueryCreator } from 'kysely';
import type { DB, Executor } from '../../db/schema.ts';

/**
 * Takes `count` numbers from the académie's counter for a year, as a data-modifying common
 * table expression (`bumped`, yielding `last_number`): the row is incremented atomically, and
 * locked until the transaction ends, so two instances never hand out the same number.
 */
export function bumpCounter(db: QueryCreator<DB>, academieCode: string, year: number, count = 1) {
  return db.insertInto('request_counters').values({ academie_code: academieCode, year, last_number: count })
    .onConflict((oc) => oc.columns(['academie_code', 'year'])
      .doUpdateSet((eb) => ({ last_number: eb('request_counters.last_number', '+', count) })))
    .returning('last_number');
}

export const formatReference = (prefix: string, year: number, n: number) => `${prefix}-${year}-${String(n).padStart(6, '0')}`;

/** The next human references of an académie for a year, e.g. AMI-2026-000042. */
export async function nextReferences(db: Executor, academieCode: string, year: number, count = 1): Promise<string[]> {
  const result = await db.with('bumped', (qb) => bumpCounter(qb, academieCode, year, count))
    .selectFrom(['bumped', 'academies as a']).select(['bumped.last_number', 'a.reference_prefix'])
    .where('a.code', '=', academieCode)
    .executeTakeFirst();
  if (!result) throw new Error(`Unknown académie ${academieCode}`);
  const first = result.last_number - count + 1;
  return Array.from({ length: count }, (_, i) => formatReference(result.reference_prefix, year, first + i));
}
