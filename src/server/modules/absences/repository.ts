import type { Executor } from '../../db/schema.ts';

/** An adviser's absences that end on `today` or later, soonest first. */
export async function findCurrentAbsences(db: Executor, adviserId: string, today: string) {
  return db.selectFrom('adviser_absences').select(['id', 'starts_on', 'ends_on'])
    .where('adviser_id', '=', adviserId).where('ends_on', '>=', today).orderBy('starts_on').execute();
}

export async function insertAbsence(db: Executor, adviserId: string, startsOn: string, endsOn: string) {
  return db.insertInto('adviser_absences').values({ adviser_id: adviserId, starts_on: startsOn, ends_on: endsOn })
    .returning(['id', 'starts_on', 'ends_on']).executeTakeFirstOrThrow();
}

/** Deletes one of the adviser's own absences; false when they have none of that id. */
export async function deleteAbsence(db: Executor, adviserId: string, id: string): Promise<boolean> {
  const deleted = await db.deleteFrom('adviser_absences').where('id', '=', id).where('adviser_id', '=', adviserId).executeTakeFirst();
  return deleted.numDeletedRows > 0n;
}

export type AbsenceRow = Awaited<ReturnType<typeof findCurrentAbsences>>[number];
