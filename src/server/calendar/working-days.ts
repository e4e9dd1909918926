/**
 * Working days (jours ouvrés) for the service commitments of ProxiRH: the first answer is due
 * within N working days, the clock stops while the request waits for the agent, and a holding
 * message (« message d'attente ») goes out shortly before the due date.
 *
 * Vocabulary and rules, shared by every function of this module:
 *
 * - A **day** is a calendar day in Europe/Paris. Instants are `Date`s (UTC underneath); the day an
 *   instant falls on is read in Paris time, so 23:30 UTC on a Friday in summer is already Saturday.
 * - A **working day** is a day that is neither a Saturday, a Sunday nor a French public holiday
 *   (the 11 national holidays, plus Good Friday and 26 December in Alsace-Moselle: départements 57,
 *   67 and 68). Holidays specific to overseas départements (abolition of slavery) are not included.
 * - **The submission day never counts** (as in legal deadlines, « le jour de la demande ne compte
 *   pas »): a request submitted on day D with a commitment of N working days is due at the end of
 *   the N-th working day strictly after D — at 23:59:59.999 Paris time. Submitted on Monday at
 *   10:00 with 5 days: due the following Monday evening. Submitted on Saturday: due on Friday evening.
 * - **Elapsed working days** between two instants are the working days in (day of start, day of end]:
 *   the start day is excluded, the end day included. Hence `workingDaysBetween(s, addWorkingDays(s, n)) === n`.
 * - **A pause** (status `waiting_agent`) from instant `from` to instant `to` covers the working days in
 *   (day of `from`, day of `to`]: the day the request is put on hold still counts for the service,
 *   every following working day up to and including the day the agent answers does not. A pause
 *   therefore shifts the due date by the working days it covered, a pause within one day or over a
 *   weekend shifts nothing, and a pause that starts on or after the due day shifts nothing.
 */
import { createRequire } from 'node:module';
import { TZDate } from '@date-fns/tz';

export const PARIS_TIME_ZONE = 'Europe/Paris';

/** Départements where the local law of Alsace-Moselle adds Good Friday and 26 December. */
export const ALSACE_MOSELLE_DEPARTEMENTS: readonly string[] = ['57', '67', '68'];

/** Which public holidays apply. */
export interface HolidayRules {
  alsaceMoselle: boolean;
}

/**
 * Options accepted by every function: either the département of the request (the usual way), or
 * the holiday rules themselves. An explicit `alsaceMoselle` wins over the département.
 */
export interface WorkingDayOptions {
  departementCode?: string | null | undefined;
  alsaceMoselle?: boolean | undefined;
}

/** A `waiting_agent` period; `to: null` while the request is still waiting for the agent. */
export interface Pause {
  from: Date;
  to: Date | null;
}

export interface DueDateInput extends WorkingDayOptions {
  submittedAt: Date;
  /** The académie's commitment, in working days (national default: 5). */
  commitmentDays: number;
  pauses?: readonly Pause[] | undefined;
}

export interface PublicHoliday {
  /** The Paris calendar day, `YYYY-MM-DD`. */
  date: string;
  name: string;
}

type JoursFeries = (year: number, options?: { alsace?: boolean }) => Record<string, Date>;

// The package is CommonJS and ships no type declarations.
const joursFeries = createRequire(import.meta.url)('@socialgouv/jours-feries') as JoursFeries;

const DAY_MS = 86_400_000;
/** The time of day at which `reminderDate` schedules the holding message, Paris time. */
const REMINDER_HOUR = 9;

/** The holiday rules for a département code ('57', '067', '2A', '971'…); unknown or missing: national rules. */
export function holidayRulesFor(departementCode: string | null | undefined): HolidayRules {
  const code = (departementCode ?? '').trim().toUpperCase().replace(/^0(?=\d\d$)/, '');
  return { alsaceMoselle: ALSACE_MOSELLE_DEPARTEMENTS.includes(code) };
}

function rulesOf(options: WorkingDayOptions | undefined): HolidayRules {
  if (options?.alsaceMoselle !== undefined) return { alsaceMoselle: options.alsaceMoselle };
  return holidayRulesFor(options?.departementCode);
}

// --- Paris calendar days, as integers (days since 1970-01-01 of the Paris calendar) ----------

function checkDate(date: Date, name: string): void {
  if (!(date instanceof Date) || Number.isNaN(date.getTime())) throw new RangeError(`${name} n'est pas une date valide.`);
}

function checkDayCount(days: number, name: string): void {
  if (!Number.isInteger(days) || days < 0) throw new RangeError(`${name} doit être un entier positif ou nul (reçu ${days}).`);
}

function dayNumberOf(year: number, month: number, day: number): number {
  return Date.UTC(year, month, day) / DAY_MS;
}

/** The Paris calendar day of an instant. */
function parisDay(date: Date): number {
  const paris = new TZDate(date.getTime(), PARIS_TIME_ZONE);
  return dayNumberOf(paris.getFullYear(), paris.getMonth(), paris.getDate());
}

function calendarOf(day: number): { year: number; month: number; date: number } {
  const utc = new Date(day * DAY_MS);
  return { year: utc.getUTCFullYear(), month: utc.getUTCMonth(), date: utc.getUTCDate() };
}

/** An instant at a given Paris wall-clock time of a day (DST-aware). */
function parisInstant(day: number, hours: number, minutes = 0, seconds = 0, ms = 0): Date {
  const { year, month, date } = calendarOf(day);
  return new Date(new TZDate(year, month, date, hours, minutes, seconds, ms, PARIS_TIME_ZONE).getTime());
}

function endOfParisDay(day: number): Date {
  return parisInstant(day, 23, 59, 59, 999);
}

// --- Holidays, cached per year and rule set --------------------------------------------------

const holidayCache = new Map<string, Map<number, string>>();

function holidaysOf(year: number, rules: HolidayRules): Map<number, string> {
  const key = `${year}:${rules.alsaceMoselle ? 'alsace-moselle' : 'national'}`;
  let days = holidayCache.get(key);
  if (!days) {
    days = new Map();
    for (const [name, date] of Object.entries(joursFeries(year, { alsace: rules.alsaceMoselle }))) {
      // The package builds local-midnight dates of the process time zone (and adds multiples of
      // 24 h for the Easter-based ones, which can land an hour off across a DST change): reading
      // the local calendar day 12 hours later gives the intended day whatever the process zone.
      const noon = new Date(date.getTime() + DAY_MS / 2);
      days.set(dayNumberOf(noon.getFullYear(), noon.getMonth(), noon.getDate()), name);
    }
    holidayCache.set(key, days);
  }
  return days;
}

function isWorkingDayNumber(day: number, rules: HolidayRules): boolean {
  const weekday = (((day + 4) % 7) + 7) % 7; // 1970-01-01 was a Thursday; 0 = Sunday
  if (weekday === 0 || weekday === 6) return false;
  return !holidaysOf(calendarOf(day).year, rules).has(day);
}

/** The N-th working day strictly after `day` (`day` itself for n = 0); skips the days in `skip`. */
function nthWorkingDayAfter(day: number, n: number, rules: HolidayRules, skip: (day: number) => boolean = () => false): number {
  let current = day;
  for (let counted = 0; counted < n;) {
    current += 1;
    if (isWorkingDayNumber(current, rules) && !skip(current)) counted += 1;
  }
  return current;
}

function workingDaysIn(afterDay: number, untilDay: number, rules: HolidayRules): number {
  let count = 0;
  for (let day = afterDay + 1; day <= untilDay; day += 1) if (isWorkingDayNumber(day, rules)) count += 1;
  return count;
}

// --- Public API ------------------------------------------------------------------------------

/** The public holidays of a year under the given rules, in calendar order. */
export function publicHolidays(year: number, options?: WorkingDayOptions): PublicHoliday[] {
  return [...holidaysOf(year, rulesOf(options))]
    .sort(([a], [b]) => a - b)
    .map(([day, name]) => ({ date: new Date(day * DAY_MS).toISOString().slice(0, 10), name }));
}

/** Whether the Paris calendar day of `date` is a working day (not a weekend, not a public holiday). */
export function isWorkingDay(date: Date, options?: WorkingDayOptions): boolean {
  checkDate(date, 'La date');
  return isWorkingDayNumber(parisDay(date), rulesOf(options));
}

/**
 * The due instant of a commitment of `days` working days starting at `start`: 23:59:59.999 Paris
 * time on the `days`-th working day strictly after the Paris day of `start` (the submission day
 * never counts, so a request on Saturday with 5 days is due on Friday evening). With `days = 0`,
 * the end of the submission day itself.
 */
export function addWorkingDays(start: Date, days: number, options?: WorkingDayOptions): Date {
  checkDate(start, 'La date de départ');
  checkDayCount(days, 'Le nombre de jours ouvrés');
  return endOfParisDay(nthWorkingDayAfter(parisDay(start), days, rulesOf(options)));
}

/**
 * Elapsed working days from `start` to `end` (« délai en jours ouvrés »): the working days after
 * the Paris day of `start`, up to and including the Paris day of `end`. The same day gives 0, and
 * `end` before `start` gives the opposite of the reverse count.
 */
export function workingDaysBetween(start: Date, end: Date, options?: WorkingDayOptions): number {
  checkDate(start, 'La date de départ');
  checkDate(end, 'La date de fin');
  const rules = rulesOf(options);
  const [from, to] = [parisDay(start), parisDay(end)];
  return from <= to ? workingDaysIn(from, to, rules) : 0 - workingDaysIn(to, from, rules);
}

/**
 * The due date of the first answer, taking the `waiting_agent` pauses into account: the
 * `commitmentDays`-th counted working day strictly after the submission day, at 23:59:59.999
 * Paris time, where a working day does not count when a pause covers it (see the module comment:
 * a pause covers the working days after the day it starts, up to and including the day it ends;
 * overlapping pauses count once, pauses ending before they start are ignored).
 *
 * While a pause is still open (`to: null`) the clock is stopped and there is no due date: the
 * function returns `null`. To show a projection, pass the pause with `to: now`.
 */
export function computeDueDate(input: DueDateInput): Date | null {
  checkDate(input.submittedAt, 'La date de dépôt');
  checkDayCount(input.commitmentDays, 'Le délai d’engagement');
  const pauses = input.pauses ?? [];
  const covered: Array<[after: number, until: number]> = [];
  for (const pause of pauses) {
    checkDate(pause.from, 'Le début de la suspension');
    if (pause.to === null) return null;
    checkDate(pause.to, 'La fin de la suspension');
    const [after, until] = [parisDay(pause.from), parisDay(pause.to)];
    if (until > after) covered.push([after, until]);
  }
  const paused = (day: number) => covered.some(([after, until]) => day > after && day <= until);
  return endOfParisDay(nthWorkingDayAfter(parisDay(input.submittedAt), input.commitmentDays, rulesOf(input), paused));
}

/**
 * The due date after one more (closed) pause, for callers that keep only the current due date:
 * a pause starting before the due day pushes it back by the working days the pause covered
 * (`workingDaysBetween(from, to)`); one starting on or after the due day changes nothing.
 * Applying it pause after pause, in order, gives the same result as `computeDueDate`.
 */
export function extendDueDateForPause(due: Date, pause: { from: Date; to: Date }, options?: WorkingDayOptions): Date {
  checkDate(due, 'L’échéance');
  checkDate(pause.from, 'Le début de la suspension');
  checkDate(pause.to, 'La fin de la suspension');
  const rules = rulesOf(options);
  const [dueDay, after, until] = [parisDay(due), parisDay(pause.from), parisDay(pause.to)];
  if (after >= dueDay || until <= after) return new Date(due.getTime());
  return endOfParisDay(nthWorkingDayAfter(dueDay, workingDaysIn(after, until, rules), rules));
}

/**
 * When the holding message should go: at 09:00 Paris time on the working day that comes
 * `workingDaysBefore` working days before the Paris day of `due` (the due day itself for 0).
 * With a short commitment this can be before the submission: the caller then sends it at once.
 */
export function reminderDate(due: Date, workingDaysBefore = 1, options?: WorkingDayOptions): Date {
  checkDate(due, 'L’échéance');
  checkDayCount(workingDaysBefore, 'Le nombre de jours ouvrés avant l’échéance');
  const rules = rulesOf(options);
  let day = parisDay(due);
  for (let counted = 0; counted < workingDaysBefore;) {
    day -= 1;
    if (isWorkingDayNumber(day, rules)) counted += 1;
  }
  return parisInstant(day, REMINDER_HOUR);
}
