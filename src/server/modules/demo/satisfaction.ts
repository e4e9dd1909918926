import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';
import { hashSurveyToken, surveyExpiry, SURVEY_VALIDITY_DAYS } from '../satisfaction/index.ts';
import { DEMO_ACADEMIE } from './amiens.ts';
import { seededRandom, type Random } from './random.ts';
const SEED = 20261124;
const HOUR = 3_600_000;
const DAY = 24 * HOUR;

/** Overall scores (0–10) shaped like a service most people are pleased with, with a critical tail. */
const OVERALL_WEIGHTS = { 10: 17, 9: 20, 8: 24, 7: 14, 6: 8, 5: 6, 4: 4, 3: 3, 2: 2, 1: 1, 0: 1 };
const DETAIL_WEIGHTS = {
  pleased: { 5: 55, 4: 35, 3: 8, 2: 2, 1: 0 },
  mixed: { 5: 12, 4: 38, 3: 32, 2: 14, 1: 4 },
  unhappy: { 5: 2, 4: 10, 3: 25, 2: 33, 1: 30 },
};
const PRAISE = [
  'Rien à changer, l’échange a été très utile.',
  'Réponse rapide et claire, merci à la conseillère.',
  'Un rendez-vous en visio plus tôt aurait été appréciable, mais l’écoute était excellente.',
  'Il serait utile de recevoir un récapitulatif écrit après l’entretien téléphonique.',
  'Faire davantage connaître le service dans les écoles : je l’ai découvert par hasard.',
];
const CRITICISM = [
  'Le délai de première réponse a été trop long pour une situation urgente.',
  'J’aurais aimé être rappelée plutôt que de recevoir seulement un courriel.',
  'L’orientation vers un autre service n’a pas été suivie d’effet : personne ne m’a recontactée.',
  'Les horaires de permanence téléphonique sont difficiles à concilier avec un emploi du temps en classe.',
  'La réponse était trop générale, sans tenir compte de ma situation particulière.',
  'Proposer des permanences dans le sud du département, les trajets jusqu’à Amiens sont longs.',
];

const scale = (random: Random, mood: keyof typeof DETAIL_WEIGHTS) => Number(random.weighted(DETAIL_WEIGHTS[mood]));

/**
 * Gives the demo académie the surveys it would have collected: every request closed in the last
 * 30 days and most older ones were sent a survey, about 60 % answered (in the week after it was
 * sent), with scores on the national shape and a comment in about a third of the answers.
 * Deterministic: the requests are taken in reference order with a fixed seed. The tokens are
 * derived from the references and handed to nobody, so the demo links open nothing.
 */
export async function seedDemoSurveys(db: Kysely<DB>, now = new Date()) {
  const random = seededRandom(SEED);
  const closed = await db.selectFrom('requests').select(['id', 'reference', 'academie_code', 'departement_code', 'closed_at'])
    .where('academie_code', '=', DEMO_ACADEMIE).where('status', '=', 'closed').where('anonymised_at', 'is', null)
    .where('closed_at', '<=', new Date(now.getTime() - 2 * DAY))
    .orderBy('reference').execute();
  const rows = [];
  for (const request of closed) {
    const closedAt = request.closed_at!;
    const recent = closedAt.getTime() > now.getTime() - SURVEY_VALIDITY_DAYS * DAY;
    if (!recent && random.next() > 0.85) continue;
    // The invitation job's first round after the académie's delay (two days), never after now.
    const sentAt = new Date(Math.min(closedAt.getTime() + 2 * DAY + random.int(1, 10) * 60_000, now.getTime()));
    const answeredAt = new Date(sentAt.getTime() + random.int(1, 7 * 24) * HOUR);
    const answers = random.next() < 0.6 && answeredAt < now;
    const overall = Number(random.weighted(OVERALL_WEIGHTS));
    const mood = overall >= 8 ? 'pleased' : overall >= 5 ? 'mixed' : 'unhappy';
    const comment = random.next() < 0.35 ? random.pick(mood === 'pleased' ? PRAISE : CRITICISM) : null;
    rows.push({
      request_id: request.id, academie_code: request.academie_code, departement_code: request.departement_code,
      token_hash: hashSurveyToken(`demo-${request.reference}`), sent_at: sentAt, expires_at: surveyExpiry(sentAt),
      ...(answers ? {
        answered_at: answeredAt, ease: scale(random, mood), delay: Math.max(1, scale(random, mood) - (random.next() < 0.25 ? 1 : 0)),
        listening: scale(random, mood), clarity: scale(random, mood), usefulness: scale(random, mood), overall, improvement: comment,
      } : {}),
    });
  }
  for (let i = 0; i < rows.length; i += 500) await db.insertInto('satisfaction_surveys').values(rows.slice(i, i + 500)).execute();
  return rows.length;
}
