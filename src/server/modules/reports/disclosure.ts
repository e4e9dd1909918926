/*
 * Statistical secrecy of the reports (docs/decisions/0008-statistical-disclosure.md): the
 * « cell key » rounding of the Australian Bureau of Statistics' TableBuilder.
 *
 * Each counted record (a request, a survey) holds a random key from 0 to 9 999, drawn once when
 * it is created and never shown. The key of a cell is the sum of its records' keys modulo
 * 10 000, computed by the same query that counts the cell. A count is published:
 * - 0 to the threshold masked (« < 5 »): from 1 it could point at a person, and 0 is masked
 *   alike, so that « < 5 » never tells « at least one » (five sibling cells « < 5 » under a
 *   total « < 5 » would otherwise each be exactly 1);
 * - above it, rounded to a multiple of 10: down or up, up with probability (count mod 10) / 10,
 *   the draw being the cell's key. Unbiased, and the same records always read the same.
 * Every published count being a multiple of 10 (and no reader knowing a masked one is not 0), no sum or difference of published counts —
 * whatever the periods, scopes, breakdowns and formats combined — can equal a count from 1 to 9.
 */

import type { MaskedCount } from '../../../shared/contracts/reports.ts';

/** Records' keys are integers from 0 to KEY_MODULUS − 1; a cell's key is their sum modulo it. */
export const KEY_MODULUS = 10_000;
/** Published counts are multiples of this. */
export const ROUNDING_BASE = 10;

/** A count and its cell key, as the database gives them. */
export interface Tally { n: number; key: number }

export const NO_RECORDS: Tally = { n: 0, key: 0 };

/** The tally of records with these keys (what the SQL computes with count(*) and sum(stat_key)). */
export function tallyOf(keys: readonly number[]): Tally {
  return { n: keys.length, key: keys.reduce((sum, k) => (sum + k) % KEY_MODULUS, 0) };
}

/** The tally of two disjoint sets of records together. */
export function addTallies(a: Tally, b: Tally): Tally {
  return { n: a.n + b.n, key: (a.key + b.key) % KEY_MODULUS };
}

/** The number published for a count: null (masked, 0 to the threshold), or a multiple of 10. */
export function roundedCount({ n, key }: Tally, threshold: number): number | null {
  if (n <= threshold) return null;
  const remainder = n % ROUNDING_BASE;
  const rounded = n - remainder + (key / KEY_MODULUS < remainder / ROUNDING_BASE ? ROUNDING_BASE : 0);
  // Never a published value that a reader could take for a small count.
  const smallestAbove = (Math.floor(threshold / ROUNDING_BASE) + 1) * ROUNDING_BASE;
  return Math.max(rounded, smallestAbove);
}

/** A count as the contract publishes it. */
export function publishCount(tally: Tally, threshold: number): MaskedCount {
  const count = roundedCount(tally, threshold);
  return count === null ? { count: null, masked: true, maskReason: 'small' } : { count };
}

/**
 * A table (a total and the cells of one breakdown), published. With every count rounded, the
 * total minus the other cells no longer gives back a masked cell: no secondary secret needed.
 * When the total itself is masked, so is every cell, zeros included (`withheld`): otherwise the
 * zeros would say what the few people have in common (all of one topic, one age band…).
 */
export function publishTable(total: Tally, cells: readonly Tally[], threshold: number): { total: MaskedCount; cells: MaskedCount[] } {
  const published = publishCount(total, threshold);
  if (published.masked) return { total: published, cells: cells.map(() => ({ count: null, masked: true, maskReason: 'withheld' })) };
  return { total: published, cells: cells.map((cell) => publishCount(cell, threshold)) };
}

/** A share (0–1, three decimals) computed from published counts only, or null when one is hidden. */
export function shareOf(part: MaskedCount, whole: MaskedCount): number | null {
  if (part.count === null || whole.count === null || whole.count <= 0) return null;
  // Rounded apart, a part may read above its whole: a share says at most « all ».
  return Math.min(1, Math.round((part.count / whole.count) * 1000) / 1000);
}

/** A ratio of two published counts (a rate, a share of answers), or null. */
export function ratioOf(part: Tally, whole: Tally, threshold: number): number | null {
  return shareOf(publishCount(part, threshold), publishCount(whole, threshold));
}
