import type { Executor } from '../../db/schema.ts';
import type { ResponseType } from '../../../shared/glossary.ts';
import type { ClosingRule } from '../../dependencies.ts';

/**
 * The kinds of referral a request has had that count for its closing (not withdrawn, not
 * declined): closing it as `internal_referral` or `external_referral` needs one of that kind.
 * For the requests module (close-request.ts), inside its transaction.
 */
export async function referralKindsOf(db: Executor, requestId: string): Promise<Array<Extract<ResponseType, 'internal_referral' | 'external_referral'>>> {
  const rows = await db.selectFrom('referrals').select('kind').distinct()
    .where('request_id', '=', requestId).where('status', 'in', ['sent', 'accepted', 'answered']).execute();
  return rows.map((r) => r.kind).sort();
}

/** The French message the requests module gives when the rule above refuses a closing. */
export const MISSING_REFERRAL_MESSAGES: Record<'internal_referral' | 'external_referral', string> = {
  internal_referral: 'Pour clôturer par une orientation interne, orientez d’abord la demande vers un interlocuteur de l’Éducation nationale.',
  external_referral: 'Pour clôturer par une orientation externe, enregistrez d’abord l’orientation vers le partenaire extérieur.',
};

/** The rule the orientation module adds to closing a request (`ServiceModule.closingRules`). */
export const referralClosingRule: ClosingRule = async (db, requestId, responseType) => {
  if (responseType !== 'internal_referral' && responseType !== 'external_referral') return null;
  return (await referralKindsOf(db, requestId)).includes(responseType) ? null : MISSING_REFERRAL_MESSAGES[responseType];
};
