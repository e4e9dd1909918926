import { sql, type Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';

/**
 * Appointments follow the retention rule of requests: an appointment booked from a request is
 * anonymised once its request is (requests module, at the end of the académie's retention
 * period); one booked without a request when that period has passed since it ended. The agent
 * link and every free text go (the messages of a cancellation or a move); what the reports count
 * stays: the adviser, the territory, the reason, the mode, the place, the times and the status.
 * The agent's wishes of an earlier slot go with them.
 */
export async function anonymiseExpiredAppointments(db: Kysely<DB>, now = new Date()): Promise<number> {
  const academies = await db.selectFrom('academies as a').leftJoin('academie_settings as s', 's.academie_code', 'a.code')
    .select(['a.code', sql<number>`coalesce(s.retention_years, 5)`.as('years')]).execute();
  let anonymised = 0;
  for (const academie of academies) {
    const limit = new Date(now);
    limit.setUTCFullYear(limit.getUTCFullYear() - academie.years);
    const rows = await db.updateTable('appointments')
      .set({ agent_id: null, cancel_message: null, move_message: null, cancelled_by: null, moved_by: null, anonymised_at: now })
      .where('academie_code', '=', academie.code).where('anonymised_at', 'is', null)
      .where((eb) => eb.or([
        eb('request_id', 'in', eb.selectFrom('requests').select('id').where('anonymised_at', 'is not', null)),
        eb.and([eb('request_id', 'is', null), eb('ends_at', '<', limit)]),
      ]))
      .returning('id').execute();
    anonymised += rows.length;
    // A wish not withdrawn for as long: nothing to offer any more.
    await db.deleteFrom('earlier_slot_wishes').where('academie_code', '=', academie.code).where('created_at', '<', limit).execute();
  }
  return anonymised;
}
