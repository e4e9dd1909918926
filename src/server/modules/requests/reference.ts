import { sql, type Kysely, type Transaction } from 'kysely';
import type { DB } from '../../db/schema.ts';

/**
 * The next human reference of an académie for a year, e.g. AMI-2026-000042. The counter row
 * is incremented atomically, so two instances never hand out the same number.
 */
export async function nextReferences(db: Kysely<DB> | Transaction<DB>, academieCode: string, year: number, count = 1): Promise<string[]> {
  const row = await sql<{ last_number: number; reference_prefix: string }>`
    with bumped as (
      insert into request_counters (academie_code, year, last_number) values (${academieCode}, ${year}, ${count})
      on conflict (academie_code, year) do update set last_number = request_counters.last_number + ${count}
      returning last_number
    )
    select bumped.last_number, a.reference_prefix from bumped, academies a where a.code = ${academieCode}`.execute(db);
  const result = row.rows[0];
  if (!result) throw new Error(`Unknown académie ${academieCode}`);
  const first = result.last_number - count + 1;
  return Array.from({ length: count }, (_, i) => `${result.reference_prefix}-${year}-${String(first + i).padStart(6, '0')}`);
}
