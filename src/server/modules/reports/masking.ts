/*
 * Statistical secrecy of the reports. A count from 1 to the threshold is never published
 * (« < 5 »): it could point at a person. Since every breakdown of a report adds up to a
 * published total, hiding a small count is not enough — the total minus the visible cells
 * would give it back. So each breakdown also hides, if needed, the smallest other counts
 * (« secret secondaire ») until no hidden count can be worked out, even by someone who knows
 * that a « < 5 » lies between 1 and the threshold and a secondary secret above it. When even
 * that cannot protect a breakdown (too few people in it), the whole breakdown is withheld.
 *
 * The check is exact: a breakdown is one equation (cells add up to the total) with bounds on
 * each hidden cell, so the values a hidden cell can take form the interval computed below.
 */

/** Why a count is not shown: small, hidden to protect a small one, or the breakdown withheld. */
export type MaskReason = 'small' | 'complementary' | 'withheld';

export interface MaskedCount {
  count: number | null;
  masked?: true;
  maskReason?: MaskReason;
}

/**
 * What someone reading the report knows of a hidden cell, by the reason shown: a « < 5 » is
 * from 1 to the threshold; a secondary secret is above the threshold and, since the smallest
 * counts are hidden first, at most the smallest visible count above the threshold.
 */
export function knownBounds(reason: MaskReason, threshold: number, total: number, smallestVisibleAbove = total): [number, number] {
  if (reason === 'small') return [1, threshold];
  if (reason === 'complementary') return [threshold + 1, Math.min(total, smallestVisibleAbove)];
  return [0, total];
}

/** A published total: hidden when from 1 to the threshold. */
export function maskTotal(count: number, threshold: number): MaskedCount {
  return count >= 1 && count <= threshold ? { count: null, masked: true, maskReason: 'small' } : { count };
}

/**
 * The interval of values a hidden cell can take, given the visible cells, the total and
 * what is known of the other hidden cells. The cell is exposed when the interval is a point.
 */
function feasibleRange(index: number, hidden: Array<[number, number]>, residual: number): [number, number] {
  let othersLow = 0;
  let othersHigh = 0;
  hidden.forEach(([low, high], j) => {
    if (j === index) return;
    othersLow += low;
    othersHigh += high;
  });
  const [low, high] = hidden[index]!;
  return [Math.max(low, residual - othersHigh), Math.min(high, residual - othersLow)];
}

function exposed(counts: readonly number[], reasons: Array<MaskReason | undefined>, threshold: number, total: number): boolean {
  const hiddenIndexes = reasons.flatMap((r, i) => (r === undefined ? [] : [i]));
  if (hiddenIndexes.length === 0) return false;
  const visibleSum = counts.reduce((sum, c, i) => (reasons[i] === undefined ? sum + c : sum), 0);
  const residual = total - visibleSum;
  const smallestVisibleAbove = Math.min(total, ...counts.filter((c, i) => reasons[i] === undefined && c > threshold));
  const bounds = hiddenIndexes.map((i) => knownBounds(reasons[i]!, threshold, total, smallestVisibleAbove));
  return bounds.some((_, k) => {
    const [low, high] = feasibleRange(k, bounds, residual);
    return low >= high;
  });
}

/**
 * Masks one breakdown whose cells add up to `total`. Returns, cell by cell, the count to
 * publish or why it is hidden. `totalMasked`: the total itself is hidden (1 to threshold),
 * and then so is every cell (each is at most the total).
 */
export function maskBreakdown(counts: readonly number[], threshold: number, totalMasked = false): MaskedCount[] {
  const total = counts.reduce((a, b) => a + b, 0);
  if (totalMasked || (total >= 1 && total <= threshold)) {
    return counts.map(() => ({ count: null, masked: true, maskReason: 'withheld' }));
  }
  const reasons: Array<MaskReason | undefined> = counts.map((c) => (c >= 1 && c <= threshold ? 'small' : undefined));
  while (exposed(counts, reasons, threshold, total)) {
    let smallest = -1;
    counts.forEach((c, i) => {
      if (reasons[i] === undefined && c > threshold && (smallest < 0 || c < counts[smallest]!)) smallest = i;
    });
    if (smallest < 0) {
      return counts.map(() => ({ count: null, masked: true, maskReason: 'withheld' }));
    }
    reasons[smallest] = 'complementary';
  }
  return counts.map((count, i) => (reasons[i] === undefined ? { count } : { count: null, masked: true, maskReason: reasons[i] }));
}

/** The share of a published count in its breakdown (0–1, three decimals), or null when hidden. */
export function shareOf(cell: MaskedCount, total: number): number | null {
  if (cell.count === null || total <= 0) return null;
  return Math.round((cell.count / total) * 1000) / 1000;
}
