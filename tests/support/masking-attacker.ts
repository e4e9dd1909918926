import type { MaskedCount } from '../../src/server/modules/reports/masking.ts';

/**
 * The attacker: knows the total, the visible counts, that a « < 5 » is from 1 to the
 * threshold, that a secondary secret is above it (and no larger than the smallest visible
 * count above it), that a withheld cell is from 0 to the total. For each hidden cell, lists
 * the values it can take by dynamic programming over the sums the other hidden cells can
 * reach — a different computation from the one the masking uses.
 */
export function recoverable(cells: MaskedCount[], total: number, threshold: number): number[] {
  const visible = cells.filter((c) => c.count !== null).map((c) => c.count!);
  const residual = total - visible.reduce((a, b) => a + b, 0);
  const smallestAbove = Math.min(total, ...visible.filter((c) => c > threshold));
  const bounds = cells.flatMap((c, index) => {
    if (c.count !== null) return [];
    const [low, high] = c.maskReason === 'small' ? [1, threshold] : c.maskReason === 'complementary' ? [threshold + 1, smallestAbove] : [0, total];
    return [{ index, low, high }];
  });
  const found: number[] = [];
  bounds.forEach((cell, k) => {
    let reachable = new Set([0]);
    bounds.forEach((other, j) => {
      if (j === k) return;
      const next = new Set<number>();
      for (const sum of reachable) for (let v = other.low; v <= other.high && sum + v <= residual; v += 1) next.add(sum + v);
      reachable = next;
    });
    const possible: number[] = [];
    for (let v = cell.low; v <= cell.high; v += 1) if (reachable.has(residual - v)) possible.push(v);
    if (possible.length === 1) found.push(cell.index);
  });
  return found;
}
