import type { Transaction } from 'kysely';
import type { DB } from '../../db/schema.ts';
import type { ReferralMails } from './notifications.ts';

/** Tells the staff member who oriented the request that its target answered (reference and link only). */
export async function tellOrientingStaff(trx: Transaction<DB>, mails: ReferralMails, referralId: string) {
  const facts = await trx.selectFrom('referrals as ref')
    .innerJoin('requests as r', 'r.id', 'ref.request_id').innerJoin('contact_points as cp', 'cp.id', 'ref.contact_point_id')
    .innerJoin('persons as p', 'p.id', 'ref.created_by')
    .select(['r.id', 'r.reference', 'r.academie_code', 'cp.name', 'p.email', 'p.active'])
    .where('ref.id', '=', referralId)
    .executeTakeFirst();
  if (!facts || !facts.active) return;
  await mails.answered(trx, { requestId: facts.id, reference: facts.reference, contactPointName: facts.name, academieCode: facts.academie_code, to: facts.email });
}
