import type { PanelSurveyView } from '../../../shared/contracts/satisfaction.ts';
import type { Executor } from '../../db/schema.ts';
import { unknownSurvey } from './questionnaire.ts';
import { findPanelMember } from './repository.ts';
import { hashSurveyToken, isWellFormedToken, surveyStatus } from './tokens.ts';

/** The state of the national questionnaire behind a link and its last day, nothing of the person. */
export async function readPanelSurvey(db: Executor, token: string, now = new Date()): Promise<PanelSurveyView> {
  const member = isWellFormedToken(token) ? await findPanelMember(db, hashSurveyToken(token)) : undefined;
  if (!member) throw unknownSurvey();
  return { status: surveyStatus(member, now), expiresAt: member.expires_at.toISOString() };
}
