import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';
import { notFound } from '../../errors/app-error.ts';
import type { PanelAnswer } from './schemas.ts';
import { alreadyAnswered, cleanFreeText, expired, UNKNOWN_SURVEY } from './surveys.ts';
import { hashSurveyToken, isWellFormedToken, surveyStatus } from './tokens.ts';

/** The national questionnaire behind a token: its state and last day, nothing of the person. */
async function findMember(db: Kysely<DB>, token: string) {
  if (!isWellFormedToken(token)) return undefined;
  const row = await db.selectFrom('survey_panel_members').select(['id', 'answered_at', 'expires_at'])
    .where('token_hash', '=', hashSurveyToken(token)).executeTakeFirst();
  return row?.expires_at ? { ...row, expires_at: row.expires_at } : undefined;
}

export async function readPanelSurvey(db: Kysely<DB>, token: string, now = new Date()) {
  const member = await findMember(db, token);
  if (!member) throw notFound(UNKNOWN_SURVEY);
  return { status: surveyStatus(member, now), expiresAt: member.expires_at.toISOString() };
}

/** Records the national questionnaire once (same guard as the survey after closure). */
export async function answerPanelSurvey(db: Kysely<DB>, token: string, answer: PanelAnswer, now = new Date()) {
  const expectations = cleanFreeText(answer.expectations, 'expectations');
  const answers = {
    heardFrom: answer.heardFrom, reachEase: answer.reachEase, overall: answer.overall, listening: answer.listening,
    clarity: answer.clarity, delay: answer.delay, usefulness: answer.usefulness, expectations,
  };
  if (isWellFormedToken(token)) {
    // The member row records that the person answered; the answers go to another table with the
    // panel and stratum only, so that no answer can be read back to the person drawn.
    const recorded = await db.transaction().execute(async (trx) => {
      const member = await trx.updateTable('survey_panel_members').set({ answered_at: now })
        .where('token_hash', '=', hashSurveyToken(token)).where('answered_at', 'is', null).where('expires_at', '>', now)
        .returning(['panel_id', 'departement_code', 'category']).executeTakeFirst();
      if (!member) return false;
      await trx.insertInto('survey_panel_answers').values({ ...member, answers: JSON.stringify(answers) }).execute();
      return true;
    });
    if (recorded) return;
  }
  const member = await findMember(db, token);
  if (!member) throw notFound(UNKNOWN_SURVEY);
  if (member.answered_at) throw alreadyAnswered();
  throw expired();
}
