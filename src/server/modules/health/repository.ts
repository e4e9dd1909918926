import { sql } from 'kysely';
import type { Executor } from '../../db/schema.ts';

/** Does the database answer a trivial query? */
export async function databaseAnswers(db: Executor): Promise<boolean> {
  try {
    await sql`select 1`.execute(db);
    return true;
  } catch {
    return false;
  }
}
