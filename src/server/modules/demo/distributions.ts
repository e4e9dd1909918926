import type { AgentCategory, Gender, ResponseType, Topic } from '../../../shared/glossary.ts';

/**
 * National figures of the 2020 DGRH report (DOMAIN.md, seed 001), used as the shape of
 * demo and benchmark data so that a report of the product can be laid beside the ministry's.
 */
export const CATEGORY_WEIGHTS: Record<AgentCategory, number> = { first_degree: 38, second_degree: 42, biatss: 16, leadership: 4 };
export const GENDER_WEIGHTS: Record<Gender, number> = { female: 80, male: 20, unspecified: 0 };
/** Age bands: 66 % over 40, 27 % 50 or over. */
export const AGE_BAND_WEIGHTS = { under30: 12, from30to39: 22, from40to49: 39, from50: 27 } as const;
export const TOPIC_WEIGHTS: Record<Topic, number> = {
  career_project: 39, work_difficulties: 17, health_wellbeing: 16, application_support: 15, training_project: 14,
  managerial_support: 3, protection: 2,
};
/** « Information collective et individuelle » 67 %, split here half and half. */
export const RESPONSE_TYPE_WEIGHTS: Record<ResponseType, number> = {
  information_individual: 45, information_collective: 22, internal_referral: 27, external_referral: 6,
};

export function birthYearFor(band: keyof typeof AGE_BAND_WEIGHTS, currentYear: number, roll: (min: number, max: number) => number) {
  switch (band) {
    case 'under30': return currentYear - roll(23, 29);
    case 'from30to39': return currentYear - roll(30, 39);
    case 'from40to49': return currentYear - roll(40, 49);
    case 'from50': return currentYear - roll(50, 64);
  }
}
