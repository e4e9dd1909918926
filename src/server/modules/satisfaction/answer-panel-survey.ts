import type { Kysely } from 'kysely';
import type { PanelAnswer } from '../../../shared/contracts/satisfaction.ts';
import type { DB } from '../../db/schema.ts';
import { cleanFreeText, refusal } from './questionnaire.ts';
import { findPanelMember, insertPanelAnswers, markPanelMemberAnswered } from './repository.ts';
import { hashSurveyToken, isWellFormedToken } from './tokens.ts';

/**
 * Records the national questionnaire once (same guard as the survey after closure). The member
 * row records that the person answered; the answers go to another table with the panel and
 * stratum only, so that no answer can be read back to the person drawn.
 */
export async function answerPanelSurvey(db: Kysely<DB>, token: string, answer: PanelAnswer, now = new Date()): Promise<void> {
  const expectations = cleanFreeText(answer.expectations, 'expectations');
  const answers = {
    heardFrom: answer.heardFrom, reachEase: answer.reachEase, overall: answer.overall, listening: answer.listening,
    clarity: answer.clarity, delay: answer.delay, usefulness: answer.usefulness, expectations,
  };
  if (!isWellFormedToken(token)) throw refusal(undefined);
  const hash = hashSurveyToken(token);
  const recorded = await db.transaction().execute(async (trx) => {
    const stratum = await markPanelMemberAnswered(trx, hash, now);
    if (!stratum) return false;
    await insertPanelAnswers(trx, stratum, answers);
    return true;
  });
  if (recorded) return;
  throw refusal(await findPanelMember(db, hash));
}
