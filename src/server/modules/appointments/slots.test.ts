import { describe, expect, it } from 'vitest';
import { publicHolidays } from '../../calendar/working-days.ts';
import { parisDate } from '../../clock.ts';
import { recurrenceDays, recurrenceRule, parseRecurrence } from './recurrence.ts';
import { decodeSlotId, encodeSlotId, officeHourSlots, withoutBooked, type SlotSource } from './slots.ts';
import type { Recurrence } from '../../../shared/contracts/appointments.ts';

const paris = new Intl.DateTimeFormat('fr-FR', { timeZone: 'Europe/Paris', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });
const wallClock = (d: Date) => paris.format(d);

const source = (overrides: Partial<SlotSource> & { recurrence: string }): SlotSource => ({
  starts_on: '2026-01-01', ends_on: null, start_time: '09:00', duration_minutes: 120, slot_minutes: 30,
  min_delay_hours: 0, max_delay_days: 1000, except_dates: [], departement_code: '80', ...overrides,
});
const window = (from: string, to: string) => ({ from: new Date(from), to: new Date(to) });
const NOW = new Date('2026-01-01T00:00:00Z');

describe('the days of an office hour', () => {
  it('writes and reads back each kind of recurrence as RFC 5545', () => {
    const kinds: Recurrence[] = [
      { frequency: 'weekly', weekdays: [2, 4] },
      { frequency: 'biweekly', weekdays: [3] },
      { frequency: 'monthly', weekday: 1, week: -1 },
      { frequency: 'dates', dates: ['2026-12-08', '2026-12-15'] },
    ];
    expect(kinds.map(recurrenceRule)).toEqual([
      'RRULE:FREQ=WEEKLY;BYDAY=TU,TH', 'RRULE:FREQ=WEEKLY;INTERVAL=2;BYDAY=WE', 'RRULE:FREQ=MONTHLY;BYDAY=-1MO', 'RDATE;VALUE=DATE:20261208,20261215',
    ]);
    expect(kinds.map(recurrenceRule).map(parseRecurrence)).toEqual(kinds);
  });

  it('gives every other Wednesday from the first day, the last Monday of each month, and single dates', () => {
    expect(recurrenceDays('RRULE:FREQ=WEEKLY;INTERVAL=2;BYDAY=WE', '2026-12-02', null, '2026-12-01', '2027-01-10'))
      .toEqual(['2026-12-02', '2026-12-16', '2026-12-30']);
    expect(recurrenceDays('RRULE:FREQ=MONTHLY;BYDAY=-1MO', '2026-11-01', '2027-02-01', '2026-11-01', '2027-06-01'))
      .toEqual(['2026-11-30', '2026-12-28', '2027-01-25']);
    expect(recurrenceDays('RDATE;VALUE=DATE:20261208,20261215,20270105', '2026-12-01', null, '2026-12-10', '2027-01-31'))
      .toEqual(['2026-12-15', '2027-01-05']);
  });
});

describe('slots across daylight-saving changes', () => {
  it('keeps 9:00 in Paris on the last Sunday of October (back to UTC+1) and of March (to UTC+2)', () => {
    const s = source({ recurrence: 'RDATE;VALUE=DATE:20261025,20270328', duration_minutes: 60 });
    const slots = officeHourSlots(s, window('2026-10-01T00:00:00Z', '2027-04-30T00:00:00Z'), NOW, []);
    expect(slots.map((x) => x.startsAt.toISOString())).toEqual([
      '2026-10-25T08:00:00.000Z', '2026-10-25T08:30:00.000Z', // UTC+1 after 3:00
      '2027-03-28T07:00:00.000Z', '2027-03-28T07:30:00.000Z', // UTC+2 after 2:00
    ]);
    expect(slots.every((x) => x.endsAt.getTime() - x.startsAt.getTime() === 30 * 60_000)).toBe(true);
  });

  it('offers a weekly Tuesday permanence at the same Paris hour the week before and after each change', () => {
    const s = source({ recurrence: 'RRULE:FREQ=WEEKLY;BYDAY=TU', duration_minutes: 30 });
    const autumn = officeHourSlots(s, window('2026-10-19T00:00:00Z', '2026-11-01T00:00:00Z'), NOW, []);
    expect(autumn.map((x) => x.startsAt.toISOString())).toEqual(['2026-10-20T07:00:00.000Z', '2026-10-27T08:00:00.000Z']);
    const spring = officeHourSlots(s, window('2027-03-22T00:00:00Z', '2027-04-01T00:00:00Z'), NOW, []);
    expect(spring.map((x) => x.startsAt.toISOString())).toEqual(['2027-03-23T08:00:00.000Z', '2027-03-30T07:00:00.000Z']);
  });

  it('holds, for random weekly office hours over a year: Paris wall-clock times, no holiday, absence or exception, nearest first', () => {
    let seed = 20261126;
    const random = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
    console.log(`graine des permanences aléatoires : 20261126`);
    for (let run = 0; run < 40; run++) {
      const weekday = 1 + Math.floor(random() * 6);
      const hour = 8 + Math.floor(random() * 8);
      const minute = random() < 0.5 ? 0 : 30;
      const slotMinutes = [15, 20, 30, 45, 60][Math.floor(random() * 5)]!;
      const departement = ['80', '57', '2A'][Math.floor(random() * 3)]!;
      const except = `2027-0${1 + Math.floor(random() * 9)}-1${Math.floor(random() * 9)}`;
      const absence = { starts_on: '2027-02-15', ends_on: `2027-02-${20 + Math.floor(random() * 8)}` };
      const s = source({ recurrence: recurrenceRule({ frequency: 'weekly', weekdays: [weekday] }), start_time: `${String(hour).padStart(2, '0')}:${minute || '00'}`,
        slot_minutes: slotMinutes, duration_minutes: slotMinutes * (1 + Math.floor(random() * 4)), except_dates: [except], departement_code: departement });
      const slots = officeHourSlots(s, window('2026-09-01T00:00:00Z', '2027-09-01T00:00:00Z'), NOW, [absence]);
      const holidays = new Set([2026, 2027].flatMap((y) => publicHolidays(y, { departementCode: departement }).map((h) => h.date)));
      expect(slots.length).toBeGreaterThan(30);
      for (const [i, slot] of slots.entries()) {
        const day = parisDate(slot.startsAt);
        const [h, m] = wallClock(slot.startsAt).split(':').map(Number) as [number, number];
        expect(((h * 60 + m) - (hour * 60 + minute)) % slotMinutes).toBe(0);
        expect(h * 60 + m).toBeGreaterThanOrEqual(hour * 60 + minute);
        expect(holidays.has(day), `${day} férié`).toBe(false);
        expect(day === except || (day >= absence.starts_on && day <= absence.ends_on)).toBe(false);
        if (i > 0) expect(slot.startsAt.getTime()).toBeGreaterThan(slots[i - 1]!.startsAt.getTime());
      }
    }
  });
});

describe('what is offered', () => {
  it('skips French public holidays (Good Friday only in Alsace-Moselle), the adviser’s absences and the exception days', () => {
    const fridays = source({ recurrence: 'RRULE:FREQ=WEEKLY;BYDAY=FR', duration_minutes: 30, except_dates: ['2027-04-09'] });
    const days = (s: SlotSource, absences = [] as Array<{ starts_on: string; ends_on: string }>) =>
      officeHourSlots(s, window('2027-03-20T00:00:00Z', '2027-04-20T00:00:00Z'), NOW, absences).map((x) => parisDate(x.startsAt));
    expect(days(fridays)).toEqual(['2027-03-26', '2027-04-02', '2027-04-16']);
    // Good Friday, 26 March 2027: a holiday in Moselle, not in the Somme.
    expect(days({ ...fridays, departement_code: '57' })).toEqual(['2027-04-02', '2027-04-16']);
    expect(days(fridays, [{ starts_on: '2027-03-25', ends_on: '2027-03-27' }])).toEqual(['2027-04-02', '2027-04-16']);
    expect(days({ ...fridays, except_dates: [] })).toContain('2027-04-09');
  });

  it('offers nothing before the minimum delay nor after the maximum, and removes booked slots', () => {
    const s = source({ recurrence: 'RRULE:FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR', min_delay_hours: 48, max_delay_days: 7 });
    const now = new Date('2026-12-07T08:30:00Z'); // Monday 9:30 in Paris
    const slots = officeHourSlots(s, window('2026-12-01T00:00:00Z', '2027-01-31T00:00:00Z'), now, []);
    expect(slots[0]!.startsAt.toISOString()).toBe('2026-12-09T08:30:00.000Z');
    expect(slots.at(-1)!.startsAt.getTime()).toBeLessThanOrEqual(now.getTime() + 7 * 86_400_000);
    const free = withoutBooked(slots, [{ starts_at: new Date('2026-12-09T08:30:00Z'), ends_at: new Date('2026-12-09T09:00:00Z') }]);
    expect(free[0]!.startsAt.toISOString()).toBe('2026-12-09T09:00:00.000Z');
  });

  it('reads back a slot id, and refuses a crafted one with a French field error', () => {
    const id = encodeSlotId('3f1c2b9e-8a47-4a43-9a53-2b0f3c1d4e5f', new Date('2026-12-09T08:30:00Z'));
    expect(decodeSlotId(id)).toEqual({ officeHourId: '3f1c2b9e-8a47-4a43-9a53-2b0f3c1d4e5f', startsAt: new Date('2026-12-09T08:30:00Z') });
    for (const crafted of ['x', Buffer.from('not-a-uuid|123').toString('base64url'), Buffer.from("'; drop table appointments;--|1").toString('base64url'), '!!!', `${id}|x`]) {
      expect(() => decodeSlotId(crafted)).toThrow(expect.objectContaining({ code: 'validation_failed' }));
    }
  });
});
