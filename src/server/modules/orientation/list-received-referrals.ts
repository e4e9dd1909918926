import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';
import type { CurrentUser } from '../../auth/current-user.ts';
import { decodeCursor, paginate } from '../../http/pagination.ts';
import { parisDate } from '../../clock.ts';
import type { ReceivedReferralPage, ReceivedReferralsQuery } from '../../../shared/contracts/orientation.ts';
import { findReceivedReferrals } from './repository.ts';
import { presentReceivedReferral } from './presenter.ts';

/** « Orientations reçues »: the referrals addressed to the caller's contact points, newest first. */
export async function listReceivedReferrals(db: Kysely<DB>, user: CurrentUser, query: ReceivedReferralsQuery, now = new Date()): Promise<ReceivedReferralPage> {
  const limit = query.limit ?? 50;
  const after = decodeCursor(query.cursor, ['timestamp', 'uuid'] as const);
  const rows = await findReceivedReferrals(db, user, { status: query.status, after, limit });
  const today = parisDate(now);
  return paginate(rows, limit, (r) => presentReceivedReferral(r, today), (r) => [r.created_at.toISOString(), r.id]);
}
