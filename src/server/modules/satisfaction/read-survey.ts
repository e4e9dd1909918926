import type { SurveyView } from '../../../shared/contracts/satisfaction.ts';
import type { Executor } from '../../db/schema.ts';
import { unknownSurvey } from './questionnaire.ts';
import { findSurvey } from './repository.ts';
import { hashSurveyToken, isWellFormedToken, surveyStatus } from './tokens.ts';

/** The state of the survey behind a link, and the reference of its request: nothing else of it. */
export async function readSurvey(db: Executor, token: string, now = new Date()): Promise<SurveyView> {
  const survey = isWellFormedToken(token) ? await findSurvey(db, hashSurveyToken(token)) : undefined;
  if (!survey) throw unknownSurvey();
  return { status: surveyStatus(survey, now), reference: survey.reference, expiresAt: survey.expires_at.toISOString() };
}
