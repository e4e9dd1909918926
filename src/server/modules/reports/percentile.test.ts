import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import { createTestDatabase } from '../../../../tests/support/test-database.ts';
import { percentileOfHistogram } from './percentile.ts';

describe('percentiles of delays from a histogram', () => {
  it('equal PostgreSQL’s percentile_cont over the same days', async () => {
    const database = await createTestDatabase();
    try {
      await fc.assert(fc.asyncProperty(
        fc.array(fc.integer({ min: 0, max: 40 }), { minLength: 1, maxLength: 60 }),
        fc.constantFrom(0.5, 0.9),
        async (days, fraction) => {
          const histogram = [...days.reduce((m, d) => m.set(d, (m.get(d) ?? 0) + 1), new Map<number, number>())].map(([value, n]) => ({ value, n }));
          const { rows } = await sql<{ p: number }>`
            select percentile_cont(${fraction}) within group (order by d) as p from unnest(${days}::int[]) as d`.execute(database.db);
          expect(percentileOfHistogram(histogram, fraction)).toBeCloseTo(rows[0]!.p, 9);
        },
      ), { numRuns: 60 });
      expect(percentileOfHistogram([], 0.5)).toBeNull();
    } finally {
      await database.close();
    }
  });
});
