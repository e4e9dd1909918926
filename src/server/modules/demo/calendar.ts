import { TZDate } from '@date-fns/tz';
import { isWorkingDay } from '../../calendar/working-days.ts';
import type { Random } from './random.ts';

/*
 * The office hours of the demo académie's staff, in Paris time: advisers read, answer and close
 * on working days between 08:30 and 18:00; the jobs run every ten minutes, day and night.
 * Thousands of moments are placed at a first start, so the Paris offset and the working days
 * are looked up once per calendar day (a day's offset is taken at its noon: the demo places
 * nothing in the small hours of the two nights the clocks change).
 */
const ZONE = 'Europe/Paris';
const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;
const OPENS = 8 * 60 + 30;
const CLOSES = 18 * 60;

const offsets = new Map<number, number>();
/** The Paris offset (ms ahead of UTC) on a calendar day, numbered from 1970-01-01. */
function offsetOn(day: number): number {
  let offset = offsets.get(day);
  if (offset === undefined) {
    offset = -new TZDate(day * DAY + DAY / 2, ZONE).getTimezoneOffset() * MINUTE;
    offsets.set(day, offset);
  }
  return offset;
}

/** The Paris calendar day of an instant, numbered from 1970-01-01. */
function dayOf(at: Date): number {
  const utcDay = Math.floor(at.getTime() / DAY);
  return Math.floor((at.getTime() + offsetOn(utcDay)) / DAY);
}

const workingDays = new Map<number, boolean>();
function isWorking(day: number): boolean {
  let working = workingDays.get(day);
  if (working === undefined) {
    working = isWorkingDay(new Date(day * DAY + DAY / 2 - offsetOn(day)));
    workingDays.set(day, working);
  }
  return working;
}

const at = (day: number, minutes: number) => new Date(day * DAY + minutes * MINUTE - offsetOn(day));

/** The instant at `minutes` past midnight, Paris time, on the Paris day of `day`. */
export function parisTime(day: Date, minutes: number): Date {
  return at(dayOf(day), minutes);
}

/** Minutes past midnight, Paris time. */
export function parisMinutes(instant: Date): number {
  return Math.floor((instant.getTime() - at(dayOf(instant), 0).getTime()) / MINUTE);
}

/** Midday of the calendar day `days` before the Paris day of `instant`. */
export function parisDayBefore(instant: Date, days: number): Date {
  return at(dayOf(instant) - days, 12 * 60);
}

/** The working day at or before the Paris day of `instant` (midday). */
export function workingDayAtOrBefore(instant: Date): Date {
  let day = dayOf(instant);
  while (!isWorking(day)) day -= 1;
  return at(day, 12 * 60);
}

/** `instant` if it falls in office hours, else a moment of the next opening (within its first hour and a half). */
export function officeMoment(random: Random, instant: Date): Date {
  let day = dayOf(instant);
  const minutes = parisMinutes(instant);
  if (isWorking(day) && minutes >= OPENS && minutes < CLOSES) return instant;
  if (minutes >= CLOSES || !isWorking(day)) day += 1;
  while (!isWorking(day)) day += 1;
  return at(day, OPENS + random.int(0, 90));
}

/** Some office time after `instant`: between `min` and `max` minutes later, moved into office hours. */
export function officeTimeAfter(random: Random, instant: Date, min: number, max: number): Date {
  return officeMoment(random, new Date(instant.getTime() + random.int(min, max) * MINUTE));
}

/** A moment of office hours on the Paris day of `day` (a working day), not before `notBefore`. */
export function officeTimeOn(random: Random, day: Date, notBefore: Date): Date {
  const moment = parisTime(day, random.int(OPENS + 15, CLOSES - 30));
  return moment > notBefore ? moment : officeTimeAfter(random, notBefore, 15, 120);
}

/** When a job that runs every ten minutes first sees an instant: the next ten-minute mark. */
export function nextJobRun(instant: Date): Date {
  return new Date(Math.ceil((instant.getTime() + 1) / (10 * MINUTE)) * 10 * MINUTE + 2_000);
}
