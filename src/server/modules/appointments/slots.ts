import { TZDate } from '@date-fns/tz';
import { PARIS_TIME_ZONE, publicHolidays } from '../../calendar/working-days.ts';
import { parisDate } from '../../clock.ts';
import { invalid } from '../../errors/app-error.ts';
import { recurrenceDays } from './recurrence.ts';

/*
 * Slots are computed, not stored. An office hour is a recurrence without an end: storing its
 * slots would mean writing them ahead by a job and rewriting them at each change of the office
 * hour, of an absence or of an exception, and would still not stop two bookings of one slot.
 * Computing them for the booking window (at most `max_delay_days`) is a few hundred dates per
 * office hour; the one thing that must never happen twice, a booking, is decided by the
 * database (the exclusion constraint on the adviser's time range).
 */

const MINUTE = 60_000;

/** What slot generation needs of an office hour. */
export interface SlotSource {
  recurrence: string;
  starts_on: string;
  ends_on: string | null;
  start_time: string;
  duration_minutes: number;
  slot_minutes: number;
  min_delay_hours: number;
  max_delay_days: number;
  except_dates: string[];
  departement_code: string;
}

/** A slot's start and end; shared between searches (remembered below): never changed in place. */
export interface SlotTime { readonly startsAt: Date; readonly endsAt: Date }

/** A period of absence of the adviser, both days included (the absences module's rows). */
export interface AbsenceDays { starts_on: string; ends_on: string }

const holidayCache = new Map<string, Set<string>>();
function holidaysOf(year: number, departementCode: string): Set<string> {
  const key = `${year}:${departementCode}`;
  let days = holidayCache.get(key);
  if (!days) {
    days = new Set(publicHolidays(year, { departementCode }).map((h) => h.date));
    holidayCache.set(key, days);
  }
  return days;
}

/** The instant of a Paris wall-clock time on a Paris day, whatever the season. */
export function parisInstant(day: string, minutesOfDay: number): Date {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  // From 3:00 on, past any change of time, the day's offset (computed once) gives the instant.
  if (minutesOfDay >= 180) {
    let offset = dayOffsets.get(day);
    if (offset === undefined) {
      offset = Date.UTC(y, m - 1, d, 12) - new TZDate(y, m - 1, d, 12, 0, PARIS_TIME_ZONE).getTime();
      if (dayOffsets.size > 5000) dayOffsets.clear();
      dayOffsets.set(day, offset);
    }
    return new Date(Date.UTC(y, m - 1, d) + minutesOfDay * MINUTE - offset);
  }
  return new Date(new TZDate(y, m - 1, d, Math.floor(minutesOfDay / 60), minutesOfDay % 60, PARIS_TIME_ZONE).getTime());
}
const dayOffsets = new Map<string, number>();

/**
 * The slots of an office hour that may be booked at `now` and start in [from, to), nearest
 * first: on the days of its recurrence, but not on its exception days, French public holidays
 * (of its département) or the adviser's absence days; not before `min_delay_hours` from now nor
 * after `max_delay_days`. Booked slots are removed by the caller (they are rows, not rules).
 */
export function officeHourSlots(source: SlotSource, window: { from: Date; to: Date }, now: Date, absences: readonly AbsenceDays[]): SlotTime[] {
  const earliest = Math.max(window.from.getTime(), now.getTime() + source.min_delay_hours * 60 * MINUTE);
  const latest = Math.min(window.to.getTime(), now.getTime() + source.max_delay_days * 1440 * MINUTE);
  if (earliest >= latest) return [];
  const [hours, minutes] = source.start_time.split(':').map(Number) as [number, number];
  const opening = hours * 60 + minutes;
  const count = Math.floor(source.duration_minutes / source.slot_minutes);
  const excluded = new Set(source.except_dates);
  const slots: SlotTime[] = [];
  for (const day of remembered(days, `${source.recurrence}|${source.starts_on}|${source.ends_on}|${parisDate(new Date(earliest))}|${parisDate(new Date(latest))}`,
    () => recurrenceDays(source.recurrence, source.starts_on, source.ends_on, parisDate(new Date(earliest)), parisDate(new Date(latest))))) {
    if (excluded.has(day) || holidaysOf(Number(day.slice(0, 4)), source.departement_code).has(day)) continue;
    if (absences.some((a) => a.starts_on <= day && day <= a.ends_on)) continue;
    for (const slot of remembered(daySlots, `${day}|${opening}|${source.slot_minutes}|${count}`, () => slotsOfDay(day, opening, source.slot_minutes, count))) {
      if (slot.startsAt.getTime() >= earliest && slot.startsAt.getTime() < latest) slots.push(slot);
    }
  }
  return slots;
}

/** The `count` slots of a day from `opening`: wall-clock times (9:00, 9:30…) in Paris on that day, in winter as in summer. */
function slotsOfDay(day: string, opening: number, slotMinutes: number, count: number): readonly SlotTime[] {
  return Array.from({ length: count }, (_, i) => ({
    startsAt: parisInstant(day, opening + i * slotMinutes), endsAt: parisInstant(day, opening + (i + 1) * slotMinutes),
  }));
}

/*
 * Every search of a département recomputes the same days and times: a recurrence's days between
 * two days and a day's slot times depend on nothing but their arguments, so they are remembered
 * by those arguments (no state of the database is cached, so nothing can go stale, on any
 * instance). Bounded: past a few thousand entries, the memory starts again.
 */
const days = new Map<string, readonly string[]>();
const daySlots = new Map<string, readonly SlotTime[]>();
function remembered<T>(memory: Map<string, T>, key: string, compute: () => T): T {
  let value = memory.get(key);
  if (value === undefined) {
    value = compute();
    if (memory.size >= 5000) memory.clear();
    memory.set(key, value);
  }
  return value;
}

/** Removes the slots that overlap a live appointment of the adviser. */
export function withoutBooked(slots: SlotTime[], booked: ReadonlyArray<{ starts_at: Date; ends_at: Date }>): SlotTime[] {
  return slots.filter((s) => !booked.some((b) => b.starts_at < s.endsAt && s.startsAt < b.ends_at));
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** A slot's opaque id: its office hour and its start. Nothing in it is trusted: the booking recomputes the slot. */
export function encodeSlotId(officeHourId: string, startsAt: Date): string {
  return Buffer.from(`${officeHourId}|${startsAt.getTime() / MINUTE}`).toString('base64url');
}

/** The office hour and start a slot id names; a French 400 for anything else. */
export function decodeSlotId(id: string): { officeHourId: string; startsAt: Date } {
  const [officeHourId, minutes, ...rest] = /^[A-Za-z0-9_-]+$/.test(id) ? Buffer.from(id, 'base64url').toString('utf8').split('|') : [];
  const startMinute = Number(minutes);
  if (officeHourId && UUID.test(officeHourId) && rest.length === 0 && /^\d{1,9}$/.test(minutes ?? '') && Number.isSafeInteger(startMinute)) {
    return { officeHourId, startsAt: new Date(startMinute * MINUTE) };
  }
  throw invalid([{ field: 'slotId', message: 'Ce créneau est inconnu : choisissez un créneau dans la liste proposée.' }]);
}
