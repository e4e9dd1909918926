import { TZDate } from '@date-fns/tz';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addWorkingDays,
  computeDueDate,
  extendDueDateForPause,
  holidayRulesFor,
  isWorkingDay,
  publicHolidays,
  reminderDate,
  workingDaysBetween,
  type Pause,
} from './working-days.ts';

const PARIS = 'Europe/Paris';
const HOUR = 3_600_000;

/** An instant given by its Paris wall-clock time (month 1–12). */
function paris(year: number, month: number, day: number, hours = 0, minutes = 0, seconds = 0, ms = 0): Date {
  return new Date(new TZDate(year, month - 1, day, hours, minutes, seconds, ms, PARIS).getTime());
}

/** The end of a Paris day: the due instant of the rule under test. */
function endOfDay(year: number, month: number, day: number): Date {
  return paris(year, month, day, 23, 59, 59, 999);
}

function parisParts(date: Date) {
  const z = new TZDate(date.getTime(), PARIS);
  return { year: z.getFullYear(), month: z.getMonth() + 1, day: z.getDate(), hours: z.getHours(), minutes: z.getMinutes(), seconds: z.getSeconds(), ms: z.getMilliseconds() };
}

/** Noon (Paris) of the Paris day `offset` days after the day of `date`. */
function noonOfDayAfter(date: Date, offset: number): Date {
  const { year, month, day } = parisParts(date);
  return paris(year, month, day + offset, 12);
}

// --- Generators: instants in 2020–2035, commitments, départements ------------------------------

const instant = fc.date({ min: new Date('2020-01-01T00:00:00Z'), max: new Date('2035-12-31T23:59:59Z'), noInvalidDate: true });
const dayCount = fc.integer({ min: 0, max: 60 });
const departement = fc.constantFrom<string | undefined>(undefined, '75', '80', '57', '67', '68', '2A', '974');
/** Closed pauses, in any order and possibly overlapping, starting after the submission. */
const pausesAfter = (submittedAt: Date) =>
  fc.array(fc.tuple(fc.integer({ min: 0, max: 40 * 24 * HOUR }), fc.integer({ min: 0, max: 20 * 24 * HOUR })), { maxLength: 4 })
    .map((spans) => spans.map(([start, length]): Pause => ({
      from: new Date(submittedAt.getTime() + start),
      to: new Date(submittedAt.getTime() + start + length),
    })));

describe('French public holidays', () => {
  it('lists the eleven national holidays of 2026, the Easter-based ones included', () => {
    expect(publicHolidays(2026)).toEqual([
      { date: '2026-01-01', name: "Jour de l'an" },
      { date: '2026-04-06', name: 'Lundi de Pâques' },
      { date: '2026-05-01', name: 'Fête du travail' },
      { date: '2026-05-08', name: 'Victoire des alliés' },
      { date: '2026-05-14', name: 'Ascension' },
      { date: '2026-05-25', name: 'Lundi de Pentecôte' },
      { date: '2026-07-14', name: 'Fête Nationale' },
      { date: '2026-08-15', name: 'Assomption' },
      { date: '2026-11-01', name: 'Toussaint' },
      { date: '2026-11-11', name: 'Armistice' },
      { date: '2026-12-25', name: 'Noël' },
    ]);
  });

  it('places Easter Monday on the right day for every year from 2020 to 2035', () => {
    const easterMondays = ['2020-04-13', '2021-04-05', '2022-04-18', '2023-04-10', '2024-04-01', '2025-04-21', '2026-04-06', '2027-03-29',
      '2028-04-17', '2029-04-02', '2030-04-22', '2031-04-14', '2032-03-29', '2033-04-18', '2034-04-10', '2035-03-26'];
    easterMondays.forEach((expected, index) => {
      expect(publicHolidays(2020 + index).find((h) => h.name === 'Lundi de Pâques')?.date).toBe(expected);
    });
  });

  it('adds Good Friday and 26 December in Moselle, Bas-Rhin and Haut-Rhin only', () => {
    for (const code of ['57', '67', '68', '057', ' 67 ']) expect(holidayRulesFor(code)).toEqual({ alsaceMoselle: true });
    for (const code of ['75', '54', '88', '2A', '971', '', null, undefined]) expect(holidayRulesFor(code)).toEqual({ alsaceMoselle: false });
    const alsace = publicHolidays(2026, { departementCode: '67' }).map((h) => h.date);
    expect(alsace).toHaveLength(13);
    expect(alsace).toContain('2026-04-03');
    expect(alsace).toContain('2026-12-26');
  });

  it('lets an explicit alsaceMoselle option win over the département', () => {
    expect(isWorkingDay(paris(2026, 4, 3, 10), { departementCode: '57', alsaceMoselle: false })).toBe(true);
    expect(isWorkingDay(paris(2026, 4, 3, 10), { departementCode: '75', alsaceMoselle: true })).toBe(false);
  });
});

describe('isWorkingDay', () => {
  it('excludes weekends and public holidays such as 14 July, Ascension and Easter Monday', () => {
    expect(isWorkingDay(paris(2026, 7, 13, 10))).toBe(true);
    expect(isWorkingDay(paris(2026, 7, 14, 10))).toBe(false);
    expect(isWorkingDay(paris(2026, 5, 14, 10))).toBe(false);
    expect(isWorkingDay(paris(2026, 4, 6, 10))).toBe(false);
    expect(isWorkingDay(paris(2026, 3, 7, 10))).toBe(false);
    expect(isWorkingDay(paris(2026, 3, 8, 10))).toBe(false);
  });

  it('reads the day in Paris time: Friday 22:30 UTC in summer is already Saturday', () => {
    expect(isWorkingDay(new Date('2026-07-10T21:30:00Z'))).toBe(true); // Friday 23:30 in Paris
    expect(isWorkingDay(new Date('2026-07-10T22:30:00Z'))).toBe(false); // Saturday 00:30 in Paris
  });

  it('treats Good Friday as a working day except in Alsace-Moselle', () => {
    expect(isWorkingDay(paris(2026, 4, 3, 10))).toBe(true);
    expect(isWorkingDay(paris(2026, 4, 3, 10), { departementCode: '57' })).toBe(false);
  });

  it('rejects an invalid date', () => {
    expect(() => isWorkingDay(new Date('not a date'))).toThrow(RangeError);
  });
});

describe('addWorkingDays: due at 23:59:59.999 Paris on the N-th working day after the submission day', () => {
  it('does not count the submission day: Monday 10:00 with 5 days is due the next Monday evening', () => {
    expect(addWorkingDays(paris(2026, 9, 7, 10), 5)).toEqual(endOfDay(2026, 9, 14));
    expect(addWorkingDays(paris(2026, 9, 7, 10), 5).toISOString()).toBe('2026-09-14T21:59:59.999Z');
  });

  it('starts counting on Monday when submitted on a Saturday: 5 days are due on Friday evening', () => {
    expect(addWorkingDays(paris(2026, 3, 7, 15), 5)).toEqual(endOfDay(2026, 3, 13));
    expect(addWorkingDays(paris(2026, 3, 7, 15), 5).toISOString()).toBe('2026-03-13T22:59:59.999Z');
  });

  it('gives the end of the submission day itself for 0 days', () => {
    expect(addWorkingDays(paris(2026, 3, 7, 15), 0)).toEqual(endOfDay(2026, 3, 7));
  });

  it('skips Ascension Thursday', () => {
    expect(addWorkingDays(paris(2026, 5, 11, 10), 5)).toEqual(endOfDay(2026, 5, 19));
  });

  it('skips both 8 May and Ascension when they fall in the same fortnight', () => {
    expect(addWorkingDays(paris(2026, 5, 7, 10), 5)).toEqual(endOfDay(2026, 5, 18));
  });

  it('skips 14 July', () => {
    expect(addWorkingDays(paris(2026, 7, 10, 10), 5)).toEqual(endOfDay(2026, 7, 20));
  });

  it('crosses Christmas and New Year: 24 December 2026 with 5 days is due on Monday 4 January 2027', () => {
    expect(addWorkingDays(paris(2026, 12, 24, 11), 5)).toEqual(endOfDay(2027, 1, 4));
  });

  it('skips Easter Monday on the weekend the clocks go forward (March 2027)', () => {
    expect(addWorkingDays(paris(2027, 3, 26, 10), 5)).toEqual(endOfDay(2027, 4, 5));
    expect(addWorkingDays(paris(2027, 3, 26, 10), 5).toISOString()).toBe('2027-04-05T21:59:59.999Z');
  });

  it('keeps the due time at 23:59:59.999 Paris across the March DST change', () => {
    expect(addWorkingDays(paris(2026, 3, 27, 16), 1).toISOString()).toBe('2026-03-30T21:59:59.999Z');
    // Good Friday (3 April 2026) is a working day outside Alsace-Moselle.
    expect(addWorkingDays(paris(2026, 3, 27, 16), 5)).toEqual(endOfDay(2026, 4, 3));
  });

  it('reads the submission day in Paris across the October DST change: Thursday 23:30 is Thursday, Friday 00:30 is Friday', () => {
    expect(addWorkingDays(new Date('2026-10-22T21:30:00Z'), 1).toISOString()).toBe('2026-10-23T21:59:59.999Z');
    expect(addWorkingDays(new Date('2026-10-22T22:30:00Z'), 1).toISOString()).toBe('2026-10-26T22:59:59.999Z');
    expect(addWorkingDays(new Date('2026-10-23T22:30:00Z'), 5)).toEqual(endOfDay(2026, 10, 30)); // Saturday 00:30
  });

  it('in Alsace-Moselle, pushes a 24 December 2025 request one working day later because of 26 December', () => {
    expect(addWorkingDays(paris(2025, 12, 24, 10), 5)).toEqual(endOfDay(2026, 1, 2));
    expect(addWorkingDays(paris(2025, 12, 24, 10), 5, { departementCode: '57' })).toEqual(endOfDay(2026, 1, 5));
  });

  it('in Alsace-Moselle, pushes a request of the Thursday before Easter one working day later because of Good Friday', () => {
    expect(addWorkingDays(paris(2026, 4, 2, 10), 5)).toEqual(endOfDay(2026, 4, 10));
    expect(addWorkingDays(paris(2026, 4, 2, 10), 5, { departementCode: '68' })).toEqual(endOfDay(2026, 4, 13));
  });

  it('changes nothing in Alsace-Moselle when 26 December falls on a Saturday (2026)', () => {
    expect(addWorkingDays(paris(2026, 12, 24, 11), 5, { departementCode: '67' })).toEqual(endOfDay(2027, 1, 4));
  });

  it('rejects a negative or fractional number of days', () => {
    expect(() => addWorkingDays(paris(2026, 9, 7), -1)).toThrow(RangeError);
    expect(() => addWorkingDays(paris(2026, 9, 7), 1.5)).toThrow(RangeError);
  });
});

describe('workingDaysBetween: working days after the start day, up to and including the end day', () => {
  it('counts 0 within one day, from morning to evening', () => {
    expect(workingDaysBetween(paris(2026, 9, 7, 8), paris(2026, 9, 7, 19))).toBe(0);
  });

  it('counts 1 from Friday to Monday, and 0 from Friday to Sunday', () => {
    expect(workingDaysBetween(paris(2026, 9, 11, 17), paris(2026, 9, 14, 9))).toBe(1);
    expect(workingDaysBetween(paris(2026, 9, 11, 17), paris(2026, 9, 13, 20))).toBe(0);
  });

  it('counts the Ascension week from Monday to Monday as 4 working days', () => {
    expect(workingDaysBetween(paris(2026, 5, 11, 10), paris(2026, 5, 18, 10))).toBe(4);
  });

  it('is negative when the end comes before the start', () => {
    expect(workingDaysBetween(paris(2026, 5, 18, 10), paris(2026, 5, 11, 10))).toBe(-4);
  });

  it('counts the Christmas fortnight of 2025 differently in Alsace-Moselle', () => {
    expect(workingDaysBetween(paris(2025, 12, 24), paris(2026, 1, 5))).toBe(6);
    expect(workingDaysBetween(paris(2025, 12, 24), paris(2026, 1, 5), { departementCode: '57' })).toBe(5);
  });
});

describe('computeDueDate: pauses while waiting for the agent', () => {
  const submittedAt = paris(2026, 9, 7, 10); // Monday; 5 days without pause: Monday 14 September

  it('equals addWorkingDays without a pause', () => {
    expect(computeDueDate({ submittedAt, commitmentDays: 5, pauses: [] })).toEqual(endOfDay(2026, 9, 14));
    expect(computeDueDate({ submittedAt, commitmentDays: 5 })).toEqual(addWorkingDays(submittedAt, 5));
  });

  it('pushes the due date by the working days a pause covered: Wednesday 14:00 to Friday 10:00 covers Thursday and Friday', () => {
    const pauses = [{ from: paris(2026, 9, 9, 14), to: paris(2026, 9, 11, 10) }];
    expect(computeDueDate({ submittedAt, commitmentDays: 5, pauses })).toEqual(endOfDay(2026, 9, 16));
  });

  it('ignores a pause that starts and ends on the same day', () => {
    const pauses = [{ from: paris(2026, 9, 9, 9), to: paris(2026, 9, 9, 18) }];
    expect(computeDueDate({ submittedAt, commitmentDays: 5, pauses })).toEqual(endOfDay(2026, 9, 14));
  });

  it('ignores a pause over the weekend only', () => {
    const pauses = [{ from: paris(2026, 9, 12, 9), to: paris(2026, 9, 13, 18) }];
    expect(computeDueDate({ submittedAt, commitmentDays: 5, pauses })).toEqual(endOfDay(2026, 9, 14));
  });

  it('ignores a pause that starts on or after the due day', () => {
    const pauses = [{ from: paris(2026, 9, 14, 9), to: paris(2026, 9, 18, 18) }];
    expect(computeDueDate({ submittedAt, commitmentDays: 5, pauses })).toEqual(endOfDay(2026, 9, 14));
  });

  it('counts once a working day covered by two overlapping pauses', () => {
    const pauses = [
      { from: paris(2026, 9, 8, 14), to: paris(2026, 9, 10, 10) },
      { from: paris(2026, 9, 9, 14), to: paris(2026, 9, 11, 10) },
    ];
    // Wednesday, Thursday and Friday are covered: three days later than Monday 14.
    expect(computeDueDate({ submittedAt, commitmentDays: 5, pauses })).toEqual(endOfDay(2026, 9, 17));
  });

  it('counts only the working days of a pause across Christmas and New Year', () => {
    const pauses = [{ from: paris(2026, 12, 22, 10), to: paris(2027, 1, 4, 10) }];
    // Submitted Monday 21 December; covered: 23, 24, 28, 29, 30, 31 December and 4 January.
    expect(computeDueDate({ submittedAt: paris(2026, 12, 21, 10), commitmentDays: 5, pauses })).toEqual(endOfDay(2027, 1, 8));
  });

  it('returns null while a pause is open: the clock is stopped', () => {
    const pauses = [{ from: paris(2026, 9, 9, 14), to: null }];
    expect(computeDueDate({ submittedAt, commitmentDays: 5, pauses })).toBeNull();
  });

  it('gives the same due date when the pauses are applied one by one with extendDueDateForPause', () => {
    const first = { from: paris(2026, 9, 8, 14), to: paris(2026, 9, 9, 10) };
    const second = { from: paris(2026, 9, 14, 14), to: paris(2026, 9, 17, 10) };
    const stepByStep = extendDueDateForPause(extendDueDateForPause(addWorkingDays(submittedAt, 5), first), second);
    expect(stepByStep).toEqual(computeDueDate({ submittedAt, commitmentDays: 5, pauses: [first, second] }));
    expect(stepByStep).toEqual(endOfDay(2026, 9, 18));
  });
});

describe('reminderDate: the holding message goes at 09:00 Paris, N working days before the due day', () => {
  it('goes on Friday morning for a due date on Monday', () => {
    expect(reminderDate(endOfDay(2026, 9, 14))).toEqual(paris(2026, 9, 11, 9));
  });

  it('skips Ascension when stepping back', () => {
    expect(reminderDate(endOfDay(2026, 5, 15), 1)).toEqual(paris(2026, 5, 13, 9));
  });

  it('goes on the morning of the due day with 0 days before', () => {
    expect(reminderDate(endOfDay(2026, 9, 14), 0)).toEqual(paris(2026, 9, 14, 9));
  });

  it('keeps 09:00 Paris time on both sides of the March DST change', () => {
    expect(reminderDate(endOfDay(2026, 3, 30)).toISOString()).toBe('2026-03-27T08:00:00.000Z');
    expect(reminderDate(endOfDay(2026, 3, 31)).toISOString()).toBe('2026-03-30T07:00:00.000Z');
  });

  it('skips 26 December in Alsace-Moselle', () => {
    expect(reminderDate(endOfDay(2025, 12, 29))).toEqual(paris(2025, 12, 26, 9));
    expect(reminderDate(endOfDay(2025, 12, 29), 1, { departementCode: '67' })).toEqual(paris(2025, 12, 24, 9));
  });
});

describe('properties over 2020–2035', () => {
  it('puts the due date on a working day, at 23:59:59.999 Paris time', () => {
    fc.assert(fc.property(instant, fc.integer({ min: 1, max: 60 }), departement, (start, n, departementCode) => {
      const due = addWorkingDays(start, n, { departementCode });
      expect(isWorkingDay(due, { departementCode })).toBe(true);
      expect(parisParts(due)).toMatchObject({ hours: 23, minutes: 59, seconds: 59, ms: 999 });
      expect(due.getTime()).toBeGreaterThan(start.getTime());
    }), { numRuns: 300 });
  });

  it('adding n then m working days is adding n + m (so n then n more is 2n)', () => {
    fc.assert(fc.property(instant, dayCount, dayCount, departement, (start, n, m, departementCode) => {
      const options = { departementCode };
      expect(addWorkingDays(addWorkingDays(start, n, options), m, options)).toEqual(addWorkingDays(start, n + m, options));
      expect(addWorkingDays(addWorkingDays(start, n, options), n, options)).toEqual(addWorkingDays(start, 2 * n, options));
    }), { numRuns: 300 });
  });

  it('workingDaysBetween undoes addWorkingDays', () => {
    fc.assert(fc.property(instant, dayCount, departement, (start, n, departementCode) => {
      expect(workingDaysBetween(start, addWorkingDays(start, n, { departementCode }), { departementCode })).toBe(n);
    }), { numRuns: 300 });
  });

  it('workingDaysBetween adds up over consecutive intervals and changes sign when reversed', () => {
    fc.assert(fc.property(instant, instant, instant, departement, (a, b, c, departementCode) => {
      const between = (x: Date, y: Date) => workingDaysBetween(x, y, { departementCode });
      expect(between(a, b) + between(b, c)).toBe(between(a, c));
      expect(between(b, a) + between(a, b)).toBe(0);
    }), { numRuns: 100 });
  });

  it('is strictly increasing in the number of days', () => {
    fc.assert(fc.property(instant, dayCount, dayCount, departement, (start, x, y, departementCode) => {
      fc.pre(x !== y);
      const [n, m] = x < y ? [x, y] : [y, x];
      expect(addWorkingDays(start, n, { departementCode }).getTime()).toBeLessThan(addWorkingDays(start, m, { departementCode }).getTime());
    }), { numRuns: 300 });
  });

  it('is never earlier in Alsace-Moselle than under the national rules', () => {
    fc.assert(fc.property(instant, dayCount, (start, n) => {
      expect(addWorkingDays(start, n, { alsaceMoselle: true }).getTime()).toBeGreaterThanOrEqual(addWorkingDays(start, n).getTime());
    }), { numRuns: 300 });
  });

  it('a pause never makes the due date earlier, and pushes it by at most the working days it covered', () => {
    fc.assert(fc.property(
      instant.chain((submittedAt) => fc.tuple(fc.constant(submittedAt), pausesAfter(submittedAt))),
      fc.integer({ min: 0, max: 30 }), departement,
      ([submittedAt, pauses], commitmentDays, departementCode) => {
        const without = computeDueDate({ submittedAt, commitmentDays, departementCode })!;
        const withPauses = computeDueDate({ submittedAt, commitmentDays, pauses, departementCode })!;
        expect(withPauses.getTime()).toBeGreaterThanOrEqual(without.getTime());
        const covered = pauses.reduce((sum, p) => sum + Math.max(0, workingDaysBetween(p.from, p.to!, { departementCode })), 0);
        expect(workingDaysBetween(without, withPauses, { departementCode })).toBeLessThanOrEqual(covered);
      },
    ), { numRuns: 300 });
  });

  it('a pause lying entirely on non-working days changes nothing', () => {
    const nonWorkingPause = fc.tuple(instant, fc.double({ min: 0, max: 1, noNaN: true }), fc.double({ min: 0, max: 1, noNaN: true }), departement)
      .map(([around, a, b, departementCode]) => {
        const options = { departementCode };
        let offset = 0;
        while (isWorkingDay(noonOfDayAfter(around, offset), options)) offset += 1;
        let last = offset;
        while (!isWorkingDay(noonOfDayAfter(around, last + 1), options)) last += 1;
        const first = parisParts(noonOfDayAfter(around, offset));
        const final = parisParts(noonOfDayAfter(around, last));
        const runStart = paris(first.year, first.month, first.day).getTime();
        const runEnd = endOfDay(final.year, final.month, final.day).getTime();
        const [lo, hi] = a <= b ? [a, b] : [b, a];
        const pause = { from: new Date(runStart + Math.floor(lo * (runEnd - runStart))), to: new Date(runStart + Math.floor(hi * (runEnd - runStart))) };
        return { pause, departementCode };
      });
    fc.assert(fc.property(nonWorkingPause, fc.integer({ min: 0, max: 40 * 24 }), fc.integer({ min: 0, max: 30 }),
      ({ pause, departementCode }, hoursBefore, commitmentDays) => {
        expect(isWorkingDay(pause.from, { departementCode })).toBe(false);
        expect(isWorkingDay(pause.to, { departementCode })).toBe(false);
        const submittedAt = new Date(pause.from.getTime() - hoursBefore * HOUR);
        expect(computeDueDate({ submittedAt, commitmentDays, pauses: [pause], departementCode }))
          .toEqual(computeDueDate({ submittedAt, commitmentDays, departementCode }));
      },
    ), { numRuns: 300 });
  });

  it('applying successive pauses one by one with extendDueDateForPause equals computeDueDate', () => {
    const successivePauses = fc.tuple(instant, fc.array(fc.tuple(fc.integer({ min: 0, max: 10 * 24 }), fc.integer({ min: 0, max: 10 * 24 })), { maxLength: 4 }))
      .map(([submittedAt, spans]) => {
        let cursor = submittedAt.getTime();
        const pauses = spans.map(([gap, length]) => {
          const from = cursor + gap * HOUR;
          cursor = from + length * HOUR;
          return { from: new Date(from), to: new Date(cursor) };
        });
        return { submittedAt, pauses };
      });
    fc.assert(fc.property(successivePauses, fc.integer({ min: 0, max: 30 }), departement, ({ submittedAt, pauses }, commitmentDays, departementCode) => {
      const options = { departementCode };
      const stepByStep = pauses.reduce((due, pause) => extendDueDateForPause(due, pause, options), addWorkingDays(submittedAt, commitmentDays, options));
      expect(stepByStep).toEqual(computeDueDate({ submittedAt, commitmentDays, pauses, departementCode }));
    }), { numRuns: 300 });
  });

  it('sends the holding message on a working day, exactly the requested working days before the due day', () => {
    fc.assert(fc.property(instant, fc.integer({ min: 1, max: 30 }), fc.integer({ min: 1, max: 5 }), departement, (start, n, before, departementCode) => {
      const options = { departementCode };
      const due = addWorkingDays(start, n, options);
      const reminder = reminderDate(due, before, options);
      expect(isWorkingDay(reminder, options)).toBe(true);
      expect(reminder.getTime()).toBeLessThan(due.getTime());
      expect(workingDaysBetween(reminder, due, options)).toBe(before);
      expect(parisParts(reminder)).toMatchObject({ hours: 9, minutes: 0, seconds: 0, ms: 0 });
    }), { numRuns: 300 });
  });
});
