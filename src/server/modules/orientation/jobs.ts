import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';
import type { JobDefinition } from '../../jobs/queue.ts';
import { parisDate } from '../../clock.ts';
import { appendReferralEvent, coordinatorEmails } from './repository.ts';
import type { ReferralMails } from './notifications.ts';

const BATCH = 200;

/**
 * Flags once, to the adviser (who oriented, and the request's assignee) and the coordinators, a
 * referral whose expected answer date has passed without an answer. Each referral is claimed by
 * a conditional update in the transaction of its notice: with several instances, one alert each.
 */
export async function alertOverdueReferrals(db: Kysely<DB>, mails: ReferralMails, now = new Date()): Promise<number> {
  const today = parisDate(now);
  const candidates = await db.selectFrom('referrals').select(['id'])
    .where('status', 'in', ['sent', 'accepted']).where('overdue_alerted_at', 'is', null)
    .where('expected_by', '<', today)
    .orderBy('expected_by').limit(BATCH).execute();
  let alerted = 0;
  for (const candidate of candidates) {
    alerted += await db.transaction().execute(async (trx) => {
      const claimed = await trx.updateTable('referrals').set({ overdue_alerted_at: now })
        .where('id', '=', candidate.id).where('overdue_alerted_at', 'is', null).where('status', 'in', ['sent', 'accepted'])
        .returning(['id', 'request_id', 'created_by', 'contact_point_id']).executeTakeFirst();
      if (!claimed) return 0;
      const facts = await trx.selectFrom('requests as r').crossJoin('contact_points as cp')
        .leftJoin('persons as assignee', 'assignee.id', 'r.assignee_id')
        .select(['r.reference', 'r.academie_code', 'r.departement_code', 'cp.name', 'assignee.email as assignee_email', 'assignee.active as assignee_active'])
        .where('r.id', '=', claimed.request_id).where('cp.id', '=', claimed.contact_point_id)
        .executeTakeFirstOrThrow();
      const author = claimed.created_by
        ? await trx.selectFrom('persons').select(['email', 'active']).where('id', '=', claimed.created_by).executeTakeFirst()
        : undefined;
      const to = [
        ...(author?.active ? [author.email] : []),
        ...(facts.assignee_email && facts.assignee_active ? [facts.assignee_email] : []),
        ...await coordinatorEmails(trx, facts.academie_code, facts.departement_code),
      ];
      await appendReferralEvent(trx, { referralId: claimed.id, requestId: claimed.request_id, kind: 'referral_overdue_alerted', actorId: null,
        visibleToAgent: false, at: now });
      await mails.overdue(trx, { requestId: claimed.request_id, reference: facts.reference, contactPointName: facts.name, academieCode: facts.academie_code, to });
      return 1;
    });
  }
  return alerted;
}

/**
 * When a request is anonymised at the end of its retention period (requests module), the free
 * text of its referrals goes too: the note, the reason of a decline, the summary of an outcome,
 * the messages.
 * What the reports count (kinds, statuses, outcomes, dates) stays.
 */
export async function anonymiseReferralsOfAnonymisedRequests(db: Kysely<DB>): Promise<number> {
  const rows = await db.updateTable('referrals').set({ note: null, decline_reason: null, outcome_summary: null })
    .where('request_id', 'in', db.selectFrom('requests').select('id').where('anonymised_at', 'is not', null))
    .where((eb) => eb.or([eb('note', 'is not', null), eb('decline_reason', 'is not', null), eb('outcome_summary', 'is not', null)]))
    .returning('id').execute();
  await db.updateTable('referral_messages').set({ body: null }).where('body', 'is not', null)
    .where('referral_id', 'in', db.selectFrom('referrals').select('id')
      .where('request_id', 'in', db.selectFrom('requests').select('id').where('anonymised_at', 'is not', null)))
    .execute();
  return rows.length;
}

export function orientationJobDefinitions(db: Kysely<DB>, mails: ReferralMails): JobDefinition<object>[] {
  return [
    { name: 'orientation.overdue-referrals', schedule: '*/30 * * * *', retryLimit: 3, handler: async () => { await alertOverdueReferrals(db, mails); } },
    { name: 'orientation.anonymise-referrals', schedule: '45 2 * * *', retryLimit: 3, handler: async () => { await anonymiseReferralsOfAnonymisedRequests(db); } },
  ];
}
