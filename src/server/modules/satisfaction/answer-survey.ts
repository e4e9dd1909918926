import type { SurveyAnswer } from '../../../shared/contracts/satisfaction.ts';
import type { Executor } from '../../db/schema.ts';
import { cleanFreeText, refusal } from './questionnaire.ts';
import { findSurvey, recordSurveyAnswer } from './repository.ts';
import { hashSurveyToken, isWellFormedToken } from './tokens.ts';

/**
 * Records the answer to the survey after closure, once. Of two concurrent answers one is
 * recorded, the other is told the survey was answered (409) and changes nothing.
 */
export async function answerSurvey(db: Executor, token: string, answer: SurveyAnswer, now = new Date()): Promise<void> {
  const improvement = cleanFreeText(answer.improvement, 'improvement');
  if (!isWellFormedToken(token)) throw refusal(undefined);
  const hash = hashSurveyToken(token);
  const scores = {
    ease: answer.ease, delay: answer.delay, listening: answer.listening, clarity: answer.clarity,
    usefulness: answer.usefulness, overall: answer.overall, improvement,
  };
  if (await recordSurveyAnswer(db, hash, scores, now)) return;
  throw refusal(await findSurvey(db, hash));
}
