import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { maskBreakdown, maskTotal } from './masking.ts';
import { recoverable } from '../../../../tests/support/masking-attacker.ts';

const breakdown = fc.array(fc.oneof(fc.integer({ min: 0, max: 6 }), fc.integer({ min: 0, max: 40 })), { minLength: 1, maxLength: 8 });

describe('masking of small counts', () => {
  it('never publishes a count from 1 to the threshold, and publishes every other count exactly or hides it', () => {
    fc.assert(fc.property(breakdown, fc.integer({ min: 2, max: 10 }), (counts, threshold) => {
      const masked = maskBreakdown(counts, threshold);
      masked.forEach((cell, i) => {
        if (cell.count !== null) {
          expect(cell.count).toBe(counts[i]);
          expect(cell.count === 0 || cell.count > threshold).toBe(true);
        } else expect(cell.masked).toBe(true);
      });
    }), { numRuns: 500 });
  });

  it('lets nobody recover a hidden count by subtraction from the total and the other cells', () => {
    fc.assert(fc.property(breakdown, fc.integer({ min: 2, max: 8 }), (counts, threshold) => {
      const total = counts.reduce((a, b) => a + b, 0);
      const masked = maskBreakdown(counts, threshold);
      const totalShown = maskTotal(total, threshold);
      // A hidden total gives the attacker no equation; with a visible one, no cell may be pinned down.
      if (totalShown.count !== null) expect(recoverable(masked, total, threshold)).toEqual([]);
      else expect(masked.every((c) => c.count === null)).toBe(true);
    }), { numRuns: 1000 });
  });

  it('protects several breakdowns of the same people at once, whatever their split', () => {
    const people = fc.array(fc.tuple(fc.integer({ min: 0, max: 6 }), fc.integer({ min: 0, max: 3 }), fc.integer({ min: 0, max: 11 })), { maxLength: 120 });
    fc.assert(fc.property(people, (rows) => {
      const threshold = 5;
      const total = rows.length;
      for (const dimension of [0, 1, 2] as const) {
        const size = [7, 4, 12][dimension]!;
        const counts = Array.from({ length: size }, (_, key) => rows.filter((r) => r[dimension] === key).length);
        const masked = maskBreakdown(counts, threshold, maskTotal(total, threshold).masked === true);
        if (maskTotal(total, threshold).count !== null) expect(recoverable(masked, total, threshold)).toEqual([]);
        expect(masked.filter((c) => c.count !== null).every((c) => c.count === 0 || c.count! > threshold)).toBe(true);
      }
    }), { numRuns: 300 });
  });

  it('hides a single small count together with the next smallest, and keeps the rest', () => {
    expect(maskBreakdown([120, 3, 40, 0, 9], 5).map((c) => c.count)).toEqual([120, null, 40, 0, null]);
    expect(maskBreakdown([120, 3, 40, 0, 9], 5)[4]!.maskReason).toBe('complementary');
  });

  it('withholds a breakdown that cannot be protected, and one whose total is small', () => {
    // Two hidden cells of 1 each: the total minus the rest is 2, so each must be 1.
    expect(maskBreakdown([1, 1, 0], 5).every((c) => c.count === null)).toBe(true);
    expect(maskBreakdown([4, 0], 5).every((c) => c.maskReason === 'withheld')).toBe(true);
    expect(maskBreakdown([10, 0, 8], 5).map((c) => c.count)).toEqual([10, 0, 8]);
  });
});
