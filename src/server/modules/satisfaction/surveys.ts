import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';
import { AppError, invalid, notFound } from '../../errors/app-error.ts';
import type { SurveyAnswer } from './schemas.ts';
import { hashSurveyToken, isWellFormedToken, surveyStatus } from './tokens.ts';

export const UNKNOWN_SURVEY = 'Ce lien de questionnaire est inconnu. Vérifiez qu’il a été recopié en entier depuis le courriel.';
export const ALREADY_ANSWERED = 'Ce questionnaire a déjà été rempli. Merci !';
export const EXPIRED_SURVEY = 'Ce lien a expiré : le questionnaire pouvait être rempli pendant 30 jours après son envoi.';

export const alreadyAnswered = () => new AppError('conflict', ALREADY_ANSWERED);
export const expired = () => new AppError('gone', EXPIRED_SURVEY);

/** The survey behind a token, with the reference of its request and nothing else of it. */
async function findSurvey(db: Kysely<DB>, token: string) {
  if (!isWellFormedToken(token)) return undefined;
  return db.selectFrom('satisfaction_surveys as s').innerJoin('requests as r', 'r.id', 's.request_id')
    .select(['s.id', 's.answered_at', 's.expires_at', 'r.reference'])
    .where('s.token_hash', '=', hashSurveyToken(token))
    .executeTakeFirst();
}

export async function readSurvey(db: Kysely<DB>, token: string, now = new Date()) {
  const survey = await findSurvey(db, token);
  if (!survey) throw notFound(UNKNOWN_SURVEY);
  return { status: surveyStatus(survey, now), reference: survey.reference, expiresAt: survey.expires_at.toISOString() };
}

/** A free text kept only when it says something; line breaks normalised, control characters refused. */
export function cleanFreeText(text: string | undefined, field: string): string | null {
  const trimmed = text?.replace(/\r\n?/g, '\n').trim();
  // eslint-disable-next-line no-control-regex -- control characters are refused in a comment
  if (trimmed && /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/.test(trimmed)) {
    throw invalid([{ field, message: 'Le texte contient des caractères non autorisés.' }]);
  }
  return trimmed ? trimmed : null;
}

/**
 * Records the answer once. The conditional update is the guard: of two concurrent answers one
 * updates the row, the other finds it answered (409) and changes nothing.
 */
export async function answerSurvey(db: Kysely<DB>, token: string, answer: SurveyAnswer, now = new Date()) {
  const improvement = cleanFreeText(answer.improvement, 'improvement');
  if (isWellFormedToken(token)) {
    const updated = await db.updateTable('satisfaction_surveys')
      .set({
        answered_at: now, ease: answer.ease, delay: answer.delay, listening: answer.listening, clarity: answer.clarity,
        usefulness: answer.usefulness, overall: answer.overall, improvement,
      })
      .where('token_hash', '=', hashSurveyToken(token)).where('answered_at', 'is', null).where('expires_at', '>', now)
      .returning('id').executeTakeFirst();
    if (updated) return;
  }
  const survey = await findSurvey(db, token);
  if (!survey) throw notFound(UNKNOWN_SURVEY);
  if (survey.answered_at) throw alreadyAnswered();
  throw expired();
}
