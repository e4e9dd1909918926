import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';
import type { SurveyMails } from './mails.ts';
import { findRequestsDueForSurvey, insertSurvey } from './repository.ts';
import { surveyExpiry, SURVEY_VALIDITY_DAYS } from './tokens.ts';

const BATCH = 200;
/** The académie's delay when it has set none (academie_settings.survey_delay_days defaults to 2 too). */
const DEFAULT_DELAY_DAYS = 2;

/**
 * Sends the satisfaction survey of each request that is due. Each survey is created in the same
 * transaction as its mail: with several workers racing, one creates it and mails, the others
 * find it and send nothing. Its link is minted when the mail leaves. Returns how many were invited.
 */
export async function inviteToSurveys(db: Kysely<DB>, mails: SurveyMails, now = new Date()): Promise<number> {
  let invited = 0;
  const due = await findRequestsDueForSurvey(db, now, { validityDays: SURVEY_VALIDITY_DAYS, defaultDelayDays: DEFAULT_DELAY_DAYS, limit: BATCH });
  for (const candidate of due) {
    invited += await db.transaction().execute(async (trx) => {
      const expiresAt = surveyExpiry(now);
      const surveyId = await insertSurvey(trx, candidate.id, { sentAt: now, expiresAt });
      if (!surveyId) return 0;
      await mails.invitation(trx, candidate.email, candidate.academie_code, { reference: candidate.reference, surveyId, expiresAt: expiresAt.toISOString() });
      return 1;
    });
  }
  return invited;
}
