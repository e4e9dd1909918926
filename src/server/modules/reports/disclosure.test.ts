import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { MaskedCount } from '../../../shared/contracts/reports.ts';
import { bitsOf, recoveries, type ObservedCell, type ObservedTable } from '../../../../tests/support/disclosure-attacker.ts';
import { publishCount, publishTable, roundedCount, tallyOf } from './disclosure.ts';

/*
 * Every table that one person may obtain over a random population — each fixed period (school
 * years, calendar years, quarters, months) for the académie and each of its départements,
 * every breakdown — published by the server's own functions, then handed to the attacker.
 */

const THRESHOLD = 5;
const FIRST_DAY = Date.UTC(2025, 8, 1); // 1 September 2025: data over a school year and a half
const DAYS = 487; // to 31 December 2026
const DEPARTEMENTS = ['02', '60', '80'];
const DIMENSIONS = { topic: 4, category: 3, gender: 2, age: 4 } as const;

const record = fc.record({
  day: fc.integer({ min: 0, max: DAYS - 1 }),
  dep: fc.integer({ min: 0, max: 2 }),
  topic: fc.integer({ min: 0, max: 3 }),
  category: fc.integer({ min: 0, max: 2 }),
  gender: fc.integer({ min: 0, max: 1 }),
  age: fc.integer({ min: 0, max: 3 }),
  key: fc.integer({ min: 0, max: 9_999 }),
});
type Rec = typeof record extends fc.Arbitrary<infer R> ? R : never;

/**
 * A referral (issue 13): its request's département, the day it was sent, the kind of contact
 * point (5 here), the outcome (the last one standing for « sans suite connue »), and whether it
 * was declined (only without an outcome). Its own key: referrals are counted apart from requests.
 */
const referral = fc.record({
  day: fc.integer({ min: 0, max: DAYS - 1 }),
  dep: fc.integer({ min: 0, max: 2 }),
  kind: fc.integer({ min: 0, max: 4 }),
  outcome: fc.integer({ min: 0, max: 4 }),
  declined: fc.integer({ min: 0, max: 1 }),
  key: fc.integer({ min: 0, max: 9_999 }),
});
const REFERRAL_DIMENSIONS = { kind: 5, outcome: 5 } as const;
/** The declined referrals are published as a count behind the share declined. */
const REFERRAL_SUBSETS = { declined: (r: Counted) => r.outcome === 4 && r.declined === 1 };

/** A counted record: its day, département and key, and its attributes by dimension. */
type Counted = { day: number; dep: number; key: number } & Record<string, number>;

const dayOf = (r: { day: number }) => new Date(FIRST_DAY + r.day * 86_400_000).toISOString().slice(0, 10);
const lastDay = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).toISOString().slice(0, 10);
const pad = (n: number) => String(n).padStart(2, '0');

/** The fixed periods that meet the data: school years, calendar years, quarters, months. */
function fixedPeriods(): Array<{ from: string; to: string }> {
  const periods = [
    { from: '2025-09-01', to: '2026-08-31' }, { from: '2026-09-01', to: '2027-08-31' },
    { from: '2025-01-01', to: '2025-12-31' }, { from: '2026-01-01', to: '2026-12-31' },
  ];
  for (const [year, first] of [[2025, 7], [2025, 10], [2026, 1], [2026, 4], [2026, 7], [2026, 10]] as const) {
    periods.push({ from: `${year}-${pad(first)}-01`, to: lastDay(year, first + 2) });
  }
  for (let m = 0; m < 16; m += 1) {
    const year = 2025 + Math.floor((8 + m) / 12);
    const month = ((8 + m) % 12) + 1;
    periods.push({ from: `${year}-${pad(month)}-01`, to: lastDay(year, month) });
  }
  return periods;
}

const observed = (label: string, filter: string, members: number[], size: number, cell: MaskedCount): ObservedCell => ({
  label, filter, members: bitsOf(members, size), value: cell.count,
  ...(cell.masked ? { masked: cell.maskReason ?? 'small' } : {}),
});

/** Every cell and table of every report of the population, published as the server publishes them. */
function everyReport(records: Counted[], dimensions: Record<string, number> = DIMENSIONS, subsets: Record<string, (r: Counted) => boolean> = {}) {
  const cells: ObservedCell[] = [];
  const tables: ObservedTable[] = [];
  const scopes = [{ name: 'académie', deps: [0, 1, 2] }, ...DEPARTEMENTS.map((code, d) => ({ name: code, deps: [d] }))];
  for (const period of fixedPeriods()) {
    for (const scope of scopes) {
      const inReport = records.flatMap((r, i) => (scope.deps.includes(r.dep) && dayOf(r) >= period.from && dayOf(r) <= period.to ? [i] : []));
      const where = `${scope.name} ${period.from}→${period.to}`;
      const breakdowns: Array<[string, Array<{ filter: string; key: string; members: number[] }>]> = [];
      for (const [dimension, size] of Object.entries(dimensions)) {
        breakdowns.push([dimension, Array.from({ length: size }, (_, k) => ({
          filter: `${dimension}=${k}`, key: String(k), members: inReport.filter((i) => records[i]![dimension] === k),
        }))]);
      }
      breakdowns.push(['territory', scope.deps.map((d) => ({ filter: 'all', key: DEPARTEMENTS[d]!, members: inReport.filter((i) => records[i]!.dep === d) }))]);
      const months = fixedPeriods().filter((p) => p.to.slice(0, 7) === p.from.slice(0, 7) && p.from >= period.from && p.to <= period.to);
      breakdowns.push(['month', months.map((m) => ({
        filter: 'all', key: m.from.slice(0, 7), members: inReport.filter((i) => dayOf(records[i]!).startsWith(m.from.slice(0, 7))),
      }))]);
      const totalTally = tallyOf(inReport.map((i) => records[i]!.key));
      for (const [name, holds] of Object.entries(subsets)) {
        const members = inReport.filter((i) => holds(records[i]!));
        cells.push(observed(`${where} ${name}`, name, members, records.length, publishCount(tallyOf(members.map((i) => records[i]!.key)), THRESHOLD)));
      }
      for (const [dimension, parts] of breakdowns) {
        const published = publishTable(totalTally, parts.map((p) => tallyOf(p.members.map((i) => records[i]!.key))), THRESHOLD);
        const total = observed(`${where} total`, 'all', inReport, records.length, published.total);
        cells.push(total);
        const partCells = parts.map((p, k) => observed(`${where} ${dimension}=${p.key}`, p.filter, p.members, records.length, published.cells[k]!));
        cells.push(...partCells);
        tables.push({ total, parts: partCells });
      }
    }
  }
  return { cells, tables };
}

describe('statistical secrecy across every report one person may obtain', () => {
  it('lets no count from 1 to 5 be worked out by subtracting reports, exactly or by intervals', () => {
    fc.assert(fc.property(fc.array(record, { maxLength: 150 }), (records) => {
      const { cells, tables } = everyReport(records);
      expect(recoveries(cells, tables, THRESHOLD)).toEqual([]);
    }), { numRuns: 60 });
  });

  it('lets no count of referrals from 1 to 5 be worked out either: by kind of contact point, by outcome, declined', () => {
    fc.assert(fc.property(fc.array(referral, { maxLength: 150 }), (referrals) => {
      const { cells, tables } = everyReport(referrals, REFERRAL_DIMENSIONS, REFERRAL_SUBSETS);
      expect(recoveries(cells, tables, THRESHOLD)).toEqual([]);
    }), { numRuns: 40 });
  });

  it('publishes 0 to 5 masked, every other count as a multiple of 10 less than 10 away', () => {
    fc.assert(fc.property(fc.array(record, { maxLength: 150 }), fc.array(referral, { maxLength: 100 }), (records, referrals) => {
      for (const cell of [...everyReport(records).cells, ...everyReport(referrals, REFERRAL_DIMENSIONS, REFERRAL_SUBSETS).cells]) {
        const truth = cell.members.reduce((sum, w) => sum + w.toString(2).replace(/0/g, '').length, 0);
        // Withheld: a cell of a breakdown whose total is masked, whatever its count (0 to 5).
        if (cell.masked === 'withheld') expect(truth).toBeLessThanOrEqual(THRESHOLD);
        else if (truth <= THRESHOLD) expect(cell).toMatchObject({ value: null, masked: 'small' });
        else {
          expect(cell.value! % 10).toBe(0);
          expect(Math.abs(cell.value! - truth)).toBeLessThan(10);
        }
      }
    }), { numRuns: 30 });
  });

  it('never tells that a « < 5 » holds exactly one: five months of one request each in a year of five', () => {
    // One request in each of five months of 2026, in the Somme: every month report, the quarters
    // and the year read « < 5 ». Were « < 5 » to mean « at least one » (an exact 0 beside it),
    // the year's « at most 5 » would pin each month at 1.
    const records: Rec[] = [10, 40, 70, 130, 160].map((d, i) => ({ day: 122 + d, dep: 2, topic: 0, category: 0, gender: 0, age: 0, key: 1_000 * i }));
    const { cells, tables } = everyReport(records);
    expect(recoveries(cells, tables, THRESHOLD)).toEqual([]);
  });
});

describe('the rounding of one count', () => {
  it('is unbiased over the keys, stable for one key, and never 1 to 9', () => {
    fc.assert(fc.property(fc.integer({ min: 10, max: 5_000 }), (n) => {
      const values = Array.from({ length: 1_000 }, (_, i) => roundedCount({ n, key: i * 10 }, THRESHOLD)!);
      expect(values.reduce((a, b) => a + b, 0) / values.length).toBeCloseTo(n, 6);
      expect(values.every((v) => v % 10 === 0 && Math.abs(v - n) < 10)).toBe(true);
    }), { numRuns: 200 });
    expect([0, 1, 5, 6, 9, 10, 14, 15].map((n) => roundedCount({ n, key: 4_999 }, THRESHOLD))).toEqual([null, null, null, 10, 10, 10, 10, 20]);
    expect(publishCount({ n: 3, key: 12 }, THRESHOLD)).toEqual({ count: null, masked: true, maskReason: 'small' });
  });
});
