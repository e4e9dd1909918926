import type { Transaction } from 'kysely';
import type { DB } from '../../db/schema.ts';
import type { CurrentUser } from '../../auth/current-user.ts';
import { can } from '../../policies/index.ts';
import { impossible, notFound } from '../../errors/app-error.ts';
import { lockReferralVisibleTo } from './repository.ts';

const STATE_MESSAGES = {
  accepted: 'Cette orientation est déjà acceptée.',
  declined: 'Cette orientation a été déclinée.',
  answered: 'La suite donnée à cette orientation est déjà enregistrée.',
} as const;

/** A referral addressed to the caller's contact point, locked for their answer: unseen is 404, the wrong state 422. */
export async function loadReferralFor(trx: Transaction<DB>, user: CurrentUser, id: string,
  ability: 'referral.accept' | 'referral.decline' | 'referral.recordOutcome') {
  const row = await lockReferralVisibleTo(trx, user, id);
  if (!row) throw notFound('Cette orientation est introuvable.');
  if (!can(user, ability, { targetMember: true, status: row.status })) {
    throw impossible(row.status in STATE_MESSAGES ? STATE_MESSAGES[row.status as keyof typeof STATE_MESSAGES] : 'Cette orientation n’est plus en cours.');
  }
  return row;
}
