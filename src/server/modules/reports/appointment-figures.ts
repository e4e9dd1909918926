import { sql, type RawBuilder } from 'kysely';
import type { Executor } from '../../db/schema.ts';
import type { Period } from '../../../shared/contracts/reports.ts';
import { ACADEMIES, departementName } from '../../../shared/territories.ts';
import { parisDate } from '../../clock.ts';
import { findAbsences, findBookedTimes, officeHourSlots, parisInstant, withoutBooked } from '../appointments/index.ts';
import { collectiveSessionFigures } from '../collective-sessions/index.ts';
import { NO_RECORDS, type Tally } from './disclosure.ts';
import { endExclusive, keyOf, start } from './repository.ts';
import type { ReportScope } from './scope.ts';

/*
 * The appointments of a report (issue 14, « Pilotage »): those whose start falls in the period,
 * cancelled ones left out, of the scope (the appointment's département or académie; an
 * adviser's: their own). One query for the period and the year before it, grouped by mode and
 * by kind of place, with the held and no-show counts behind the no-show rate; each count with
 * its cell key (the sum of the appointments' own `stat_key`, docs/decisions/0008), so that they
 * are masked and rounded like every other count of the report.
 *
 * Below, the delay to the first free slot of each département of the scope, computed now by the
 * appointments module's own slot generation: not a count of people, a property of the offer.
 */

export interface AppointmentFigures {
  /** Appointments of the period, whatever became of them (booked, held, no-show, excused). */
  total: Tally;
  held: Tally;
  noShow: Tally;
  byMode: Map<string, Tally>;
  byPlace: Map<string, Tally>;
}

const NO_APPOINTMENTS = (): AppointmentFigures => ({ total: NO_RECORDS, held: NO_RECORDS, noShow: NO_RECORDS, byMode: new Map(), byPlace: new Map() });

function appointmentScope(scope: ReportScope): RawBuilder<boolean> {
  switch (scope.level) {
    case 'national': return sql<boolean>`true`;
    case 'academie': return sql<boolean>`a.academie_code = ${scope.code}`;
    case 'departement': return sql<boolean>`a.departement_code = ${scope.code}`;
    case 'adviser': return sql<boolean>`a.adviser_id = ${scope.code}`;
  }
}

/** The appointments of the period (`current`) and of the same period a year earlier (`previous`). */
export async function appointmentFigures(db: Executor, scope: ReportScope, current: Period, previous: Period): Promise<{ current: AppointmentFigures; previous: AppointmentFigures }> {
  const startsIn = (p: Period) => sql<boolean>`(a.starts_at >= ${start(p.from)} and a.starts_at < ${endExclusive(p.to)})`;
  const { rows } = await sql<{
    period: 'current' | 'previous'; mode: string | null; place_kind: string | null; grouped: number;
    n: number; key: number; held: number; key_held: number; no_show: number; key_no_show: number;
  }>`
    with base as (
      select case when ${startsIn(current)} then 'current' else 'previous' end as period, a.mode, a.place_kind, a.status, a.stat_key
      from appointments a
      where ${appointmentScope(scope)} and a.status <> 'cancelled' and (${startsIn(current)} or ${startsIn(previous)})
    )
    select period, mode, place_kind, grouping(mode, place_kind)::int as grouped,
      count(*)::int as n, ${keyOf(sql`stat_key`)} as key,
      count(*) filter (where status = 'held')::int as held, ${keyOf(sql`stat_key`, sql`status = 'held'`)} as key_held,
      count(*) filter (where status = 'no_show')::int as no_show, ${keyOf(sql`stat_key`, sql`status = 'no_show'`)} as key_no_show
    from base
    group by grouping sets ((period), (period, mode), (period, place_kind))
  `.execute(db);

  const figures = { current: NO_APPOINTMENTS(), previous: NO_APPOINTMENTS() };
  for (const row of rows) {
    const f = figures[row.period];
    // grouping() sets a bit per column left out: mode 2, place_kind 1.
    if (row.grouped === 0b11) {
      f.total = { n: row.n, key: row.key };
      f.held = { n: row.held, key: row.key_held };
      f.noShow = { n: row.no_show, key: row.key_no_show };
    } else if (row.grouped === 0b01) f.byMode.set(String(row.mode), { n: row.n, key: row.key });
    else if (row.grouped === 0b10) f.byPlace.set(String(row.place_kind), { n: row.n, key: row.key });
  }
  return figures;
}

/** The first free slot of a département, now. */
/** Collective sessions held and their attendees, this period and the one before. */
export interface CollectiveSessionTallies { held: Tally; heldBefore: Tally; attendees: Tally; attendeesBefore: Tally }

export interface FirstFreeSlot {
  code: string;
  label: string;
  /** Open office hours in the département (of active advisers). */
  officeHours: number;
  /** Days from today (Paris) to the day of the first free slot; null when none within the search window. */
  days: number | null;
}

const DAY = 86_400_000;
/** How far the search looks: the longest search of `GET /api/slots`. */
export const FIRST_SLOT_WINDOW_DAYS = 92;
const FIRST_PASS_DAYS = 14;

/** The départements of a scope, in the order of the territories (none for an adviser's own report). */
function departementsOf(scope: ReportScope): string[] {
  if (scope.level === 'national') return ACADEMIES.flatMap((a) => a.departements.map((d) => d.code));
  if (scope.level === 'academie') return (ACADEMIES.find((a) => a.code === scope.code)?.departements ?? []).map((d) => d.code);
  if (scope.level === 'departement') return [scope.code];
  return [];
}

function byAdviser<T extends { adviser_id: string }>(rows: T[]): Map<string, T[]> {
  const map = new Map<string, T[]>();
  for (const row of rows) {
    const list = map.get(row.adviser_id);
    if (list) list.push(row);
    else map.set(row.adviser_id, [row]);
  }
  return map;
}

/**
 * The same days of a recurrence from `fromDay` on, the rule started near them: a weekly rule a
 * whole number of its periods after the office hour's first day (same weekday, same weeks'
 * parity), a monthly one on the first day of the month. `rrule` walks from the start it is given,
 * and an office hour open for years would otherwise cost years of weeks at every report.
 */
export function startNear(rule: string, startsOn: string, fromDay: string): string {
  if (fromDay <= startsOn || rule.startsWith('RDATE')) return startsOn;
  const interval = Number(/INTERVAL=(\d+)/.exec(rule)?.[1] ?? 1);
  if (rule.includes('FREQ=WEEKLY')) {
    const step = 7 * interval;
    const days = Math.floor(daysBetween(startsOn, fromDay) / step) * step;
    return new Date(Date.parse(`${startsOn}T12:00:00Z`) + days * DAY).toISOString().slice(0, 10);
  }
  if (rule.includes('FREQ=MONTHLY') && interval === 1) return `${fromDay.slice(0, 7)}-01` > startsOn ? `${fromDay.slice(0, 7)}-01` : startsOn;
  return startsOn;
}

/** Whole Paris calendar days from `today` to `day` (both YYYY-MM-DD). */
const daysBetween = (today: string, day: string) => Math.round((Date.parse(`${day}T12:00:00Z`) - Date.parse(`${today}T12:00:00Z`)) / DAY);

/**
 * For each département of the scope, the days from today to the first slot an agent could book
 * now: the office hours' own rules (delays, holidays, absences, exceptions), booked slots removed —
 * the computation of `GET /api/slots`. Office hours reserved to some agents count: they are
 * offered to the agents of that territory.
 */
export async function firstFreeSlots(db: Executor, scope: ReportScope, now: Date): Promise<FirstFreeSlot[]> {
  const codes = departementsOf(scope);
  if (codes.length === 0) return [];
  const officeHours = await db.selectFrom('office_hours as o').innerJoin('persons as adviser', 'adviser.id', 'o.adviser_id')
    .select(['o.id', 'o.adviser_id', 'o.departement_code', 'o.recurrence', 'o.starts_on', 'o.ends_on', 'o.start_time', 'o.duration_minutes',
      'o.slot_minutes', 'o.min_delay_hours', 'o.max_delay_days', 'o.except_dates'])
    .where('o.closed_at', 'is', null).where('adviser.active', '=', true).where('o.departement_code', 'in', codes)
    .execute();
  const window = { from: now, to: new Date(now.getTime() + FIRST_SLOT_WINDOW_DAYS * DAY) };
  const advisers = [...new Set(officeHours.map((o) => o.adviser_id))];
  const [absences, booked] = await Promise.all([
    findAbsences(db, advisers, parisDate(window.from), parisDate(window.to)),
    findBookedTimes(db, advisers, window.from, window.to),
  ]);
  const absencesOf = byAdviser(absences);
  const bookedOf = byAdviser(booked);
  const first = new Map<string, number>();
  const counted = new Map<string, number>();
  const today = parisDate(now);
  for (const [i, o] of officeHours.entries()) {
    // A national report computes hundreds of office hours: other requests are served between them.
    if (i % 25 === 24) await new Promise((resolve) => setImmediate(resolve));
    counted.set(o.departement_code, (counted.get(o.departement_code) ?? 0) + 1);
    const source = { ...o, starts_on: startNear(o.recurrence, o.starts_on, today) };
    const freeIn = (part: { from: Date; to: Date }) =>
      withoutBooked(officeHourSlots(source, part, now, absencesOf.get(o.adviser_id) ?? []), bookedOf.get(o.adviser_id) ?? []);
    // The next two weeks first: most office hours have a free slot there, and the rest of the window is then not computed.
    const soon = new Date(now.getTime() + FIRST_PASS_DAYS * DAY);
    const found = freeIn({ from: now, to: soon });
    const slots = found.length > 0 ? found : freeIn({ from: soon, to: window.to });
    const earliest = slots.reduce<number | null>((min, s) => (min === null || s.startsAt.getTime() < min ? s.startsAt.getTime() : min), null);
    const known = first.get(o.departement_code);
    if (earliest !== null && (known === undefined || earliest < known)) first.set(o.departement_code, earliest);
  }
  return codes.map((code) => {
    const at = first.get(code);
    return { code, label: `${departementName(code)} (${code})`, officeHours: counted.get(code) ?? 0, days: at === undefined ? null : daysBetween(today, parisDate(new Date(at))) };
  });
}

/** The first instant of a Paris day, and of the day after another. */
const dayStart = (day: string) => parisInstant(day, 0);
const dayAfter = (day: string) => parisInstant(new Date(Date.parse(`${day}T12:00:00Z`) + DAY).toISOString().slice(0, 10), 0);

/**
 * The « information collective » of the period and of the same period a year earlier: sessions
 * held and their attendees, as the collective-sessions module counts them (raw, with their cell
 * keys), to be masked and rounded by the presenter like every count.
 */
export async function collectiveSessionTallies(db: Executor, scope: ReportScope, current: Period, previous: Period, now: Date): Promise<CollectiveSessionTallies> {
  const [inPeriod, before] = await Promise.all([
    collectiveSessionFigures(db, scope, { from: dayStart(current.from), to: dayAfter(current.to) }, now),
    collectiveSessionFigures(db, scope, { from: dayStart(previous.from), to: dayAfter(previous.to) }, now),
  ]);
  return { held: inPeriod.sessions, heldBefore: before.sessions, attendees: inPeriod.attendees, attendeesBefore: before.attendees };
}
