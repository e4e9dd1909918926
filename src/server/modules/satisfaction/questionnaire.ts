import { AppError, invalid, notFound } from '../../errors/app-error.ts';

/*
 * What the two questionnaires reached by a one-time link share: the answers to a link that is
 * unknown, already used or expired, and the cleaning of the free text.
 */

export const unknownSurvey = () => notFound('Ce lien de questionnaire est inconnu. Vérifiez qu’il a été recopié en entier depuis le courriel.');
export const alreadyAnswered = () => new AppError('conflict', 'Ce questionnaire a déjà été rempli. Merci !');
export const expired = () => new AppError('gone', 'Ce lien a expiré : le questionnaire pouvait être rempli pendant 30 jours après son envoi.');

/** Why a questionnaire could not take an answer: unknown link (404), answered (409), expired (410). */
export function refusal(found: { answered_at: Date | null } | undefined): AppError {
  if (!found) return unknownSurvey();
  return found.answered_at ? alreadyAnswered() : expired();
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
