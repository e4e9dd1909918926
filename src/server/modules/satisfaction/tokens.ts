import crypto from 'node:crypto';
import type { SurveyStatus } from '../../../shared/contracts/satisfaction.ts';

/** How long a survey link works, from the day it is sent. */
export const SURVEY_VALIDITY_DAYS = 30;
const DAY_MS = 86_400_000;

/**
 * A one-time survey link: 32 random bytes in base64url (fits the mail template's link pattern).
 * Only the SHA-256 of the token is stored, so a copy of the database opens no survey.
 */
export function newSurveyToken(): { token: string; hash: string } {
  const token = crypto.randomBytes(32).toString('base64url');
  return { token, hash: hashSurveyToken(token) };
}

export function hashSurveyToken(token: string): string {
  return crypto.createHash('sha256').update(token).digest('hex');
}

/** A token as we issue them (43 base64url characters); anything else is unknown without a lookup. */
export function isWellFormedToken(token: string): boolean {
  return /^[A-Za-z0-9_-]{43}$/.test(token);
}

export function surveyExpiry(sentAt: Date): Date {
  return new Date(sentAt.getTime() + SURVEY_VALIDITY_DAYS * DAY_MS);
}

/** Open, answered or expired: answered wins, so a second use is told it was already used. */
export function surveyStatus(row: { answered_at: Date | null; expires_at: Date }, now: Date): SurveyStatus {
  if (row.answered_at) return 'answered';
  return row.expires_at <= now ? 'expired' : 'open';
}
