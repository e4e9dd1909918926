import ExcelJS from 'exceljs';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, DEMO, type TestApp } from '../../../../tests/support/test-app.ts';
import { bitsOf, recoveries, type ObservedCell, type ObservedTable } from '../../../../tests/support/disclosure-attacker.ts';
import type { ActivityReport, BreakdownItem, MaskedCount } from '../../../shared/contracts/reports.ts';
import { publicHolidays } from '../../calendar/working-days.ts';
import { parisDate } from '../../clock.ts';
import { parisInstant, recurrenceDays, recurrenceRule } from '../appointments/index.ts';
import { seededRandom } from '../demo/random.ts';
import { startNear } from './appointment-figures.ts';

let t: TestApp;

/*
 * Hand-built appointments in the académie of Lille (no demo data there), whose start falls in:
 * - 2025, Nord (59): 12 held in a school, 4 no-shows in a school, 2 excused by visio, 3 held
 *   by phone (in March and April), 1 booked by visio in June, 2 cancelled (not counted), 4
 *   no-shows by phone in November;
 * - 2025, Pas-de-Calais (62): 3 held in the DSDEN, in May;
 * - 2024, Nord: 8 held by visio, in March.
 * Each has its own agent; no adviser has two at once (the exclusion constraint holds).
 */
interface Planned { departement: '59' | '62'; place: 'establishment' | 'dsden' | 'visio' | 'phone'; status: string; at: string }
const PLAN: Planned[] = [];
const plan = (n: number, p: Omit<Planned, 'at'>, day: string, hour = 8) => {
  for (let i = 0; i < n; i += 1) PLAN.push({ ...p, at: `${day}T${String(hour + i).padStart(2, '0')}:00:00Z` });
};
plan(6, { departement: '59', place: 'establishment', status: 'held' }, '2025-03-04');
plan(6, { departement: '59', place: 'establishment', status: 'held' }, '2025-04-08');
plan(4, { departement: '59', place: 'establishment', status: 'no_show' }, '2025-04-15');
plan(2, { departement: '59', place: 'visio', status: 'excused' }, '2025-03-06');
plan(3, { departement: '59', place: 'phone', status: 'held' }, '2025-04-10');
plan(1, { departement: '59', place: 'visio', status: 'booked' }, '2025-06-12');
plan(2, { departement: '59', place: 'establishment', status: 'cancelled' }, '2025-03-11');
plan(4, { departement: '59', place: 'phone', status: 'no_show' }, '2025-11-04');
plan(3, { departement: '62', place: 'dsden', status: 'held' }, '2025-05-13');
plan(8, { departement: '59', place: 'visio', status: 'held' }, '2024-03-05');

const MODE = { establishment: 'in_person', dsden: 'in_person', visio: 'visio', phone: 'phone' } as const;

let sequence = 0;
async function person(departement: string, label: string): Promise<string> {
  sequence += 1;
  return (await t.db.insertInto('persons').values({
    email: `${label}.${sequence}@ac-lille.fr`, display_name: `${label} ${sequence}`, departement_code: departement, academie_code: 'LILLE',
  }).returning('id').executeTakeFirstOrThrow()).id;
}

async function officeHour(adviserId: string, departement: string, place: Planned['place'], recurrence: string, startsOn: string) {
  return (await t.db.insertInto('office_hours').values({
    adviser_id: adviserId, academie_code: 'LILLE', departement_code: departement, place_kind: place, place_label: `Lieu ${place}`,
    recurrence, starts_on: startsOn, start_time: '09:00', duration_minutes: 60, slot_minutes: 30, reasons: JSON.stringify(['career_project']), min_delay_hours: 24, max_delay_days: 60,
  }).returning(['id', 'adviser_id']).executeTakeFirstOrThrow());
}

async function appointment(o: { id: string; adviser_id: string }, departement: string, place: Planned['place'], status: string, startsAt: Date) {
  await t.db.insertInto('appointments').values({
    office_hour_id: o.id, adviser_id: o.adviser_id, agent_id: await person(departement, 'agent'), academie_code: 'LILLE', departement_code: departement,
    reason: 'career_project', starts_at: startsAt, ends_at: new Date(startsAt.getTime() + 30 * 60_000), mode: MODE[place],
    place_kind: place, place_label: `Lieu ${place}`, status: status as never,
  }).execute();
}

async function loadFixture() {
  const advisers = { '59': await person('59', 'conseiller'), '62': await person('62', 'conseiller') };
  const hours = new Map<string, { id: string; adviser_id: string }>();
  for (const p of PLAN) {
    const key = `${p.departement}|${p.place}`;
    // Past office hours, closed since: their appointments stay, they offer no slot now.
    if (!hours.has(key)) hours.set(key, await officeHour(advisers[p.departement], p.departement, p.place, 'RRULE:FREQ=WEEKLY;BYDAY=TU', '2024-01-01'));
    await appointment(hours.get(key)!, p.departement, p.place, p.status, new Date(p.at));
  }
  await t.db.updateTable('office_hours').set({ closed_at: new Date() }).where('academie_code', '=', 'LILLE').execute();
}

/** What the rule publishes for `n` records whose keys sum to `key` (mod 10 000). */
const expected = (n: number, key: number) =>
  n <= 5 ? null : n < 10 ? 10 : n - (n % 10) + (key / 10_000 < (n % 10) / 10 ? 10 : 0);

/** The cell key of the fixture's 2025 appointments (cancelled ones left out) matching a condition. */
async function keyOf(where: ReturnType<typeof sql<boolean>>): Promise<number> {
  const { rows } = await sql<{ key: number }>`
    select (coalesce(sum(stat_key), 0) % 10000)::int as key from appointments
    where academie_code = 'LILLE' and status <> 'cancelled' and starts_at >= '2025-01-01' and starts_at < '2026-01-01' and ${where}`.execute(t.db);
  return rows[0]!.key;
}

const countsOf = (items: BreakdownItem[]) => Object.fromEntries(items.map((i) => [i.key, i.count]));

beforeAll(async () => {
  t = await createTestApp();
  await loadFixture();
});
afterAll(async () => t?.close());

async function read(query: string): Promise<ActivityReport> {
  const response = await t.call(await t.signInAs(DEMO.steeringNational), 'GET', `/api/reports/activity?${query}`);
  expect(response.statusCode, response.body).toBe(200);
  return response.json() as ActivityReport;
}

describe('appointments in the activity report', () => {
  it('counts the appointments of the period by mode and by place, masked and rounded like the rest, and the no-show rate from published counts', async () => {
    const r = await read('level=academie&code=LILLE&from=2025-01-01&to=2025-12-31');
    // 29 not cancelled: 20 or 30, as the appointments' own keys decide; a year earlier, 8 read 10.
    expect(r.appointments.total).toMatchObject({ count: expected(29, await keyOf(sql<boolean>`true`)), previous: { count: 10 } });
    expect(countsOf(r.byAppointmentMode)).toEqual({ in_person: expected(19, await keyOf(sql<boolean>`mode = 'in_person'`)), visio: null, phone: 10 });
    expect(r.byAppointmentMode.map((i) => i.label)).toEqual(['Sur place', 'En visioconférence', 'Par téléphone']);
    expect(r.byAppointmentMode[1]!.previous).toMatchObject({ count: 10, share: 1 });
    expect(countsOf(r.byAppointmentPlace)).toEqual({
      establishment: expected(16, await keyOf(sql<boolean>`place_kind = 'establishment'`)), dsden: null, rectorat: null, visio: null, phone: 10,
    });
    // 8 no-shows (read 10) over 26 held or missed (read 20 or 30): excused and still-booked ones left out.
    const base = expected(26, await keyOf(sql<boolean>`status in ('held', 'no_show')`))!;
    // A year earlier, 8 held and no no-show: a rate over « < 5 » no-shows is not given, even when it is none.
    expect(r.appointments.noShowRate).toEqual({ value: Math.round((10 / base) * 1000) / 1000, previous: { value: null } });
    // No collective session in the académie: « < 5 », as an empty cell always reads.
    expect(r.appointments.collectiveSessions).toMatchObject({ held: { count: null, maskReason: 'small' }, attendees: { count: null, maskReason: 'small' } });
  });

  it('withholds the rate while the no-shows are 1 to 5', async () => {
    // The second quarter of the Nord: 4 no-shows, 13 held or missed (published 10 or 20).
    const r = await read('level=departement&code=59&from=2025-04-01&to=2025-06-30');
    expect(r.appointments.total.count).not.toBeNull();
    expect(r.appointments.noShowRate.value).toBeNull();
  });

  it('withholds every cell of a département of 3 appointments, zeros included', async () => {
    const r = await read('level=departement&code=62&from=2025-01-01&to=2025-12-31');
    expect(r.appointments.total).toMatchObject({ count: null, masked: true, maskReason: 'small' });
    expect([...r.byAppointmentMode, ...r.byAppointmentPlace].every((i) => i.count === null && i.maskReason === 'withheld')).toBe(true);
    expect(r.appointments.noShowRate).toMatchObject({ value: null, masked: true });
  });

  it('lets no one work out a count from 1 to 5 by combining periods, scopes and breakdowns (and would without the rounding)', { timeout: 120_000 }, async () => {
    const { rows } = await sql<{ day: string; dep: string; mode: string; place: string; status: string }>`
      select to_char(starts_at at time zone 'Europe/Paris', 'YYYY-MM-DD') as day, departement_code as dep, mode, place_kind as place, status
      from appointments where academie_code = 'LILLE' and status <> 'cancelled'`.execute(t.db);
    const cells: ObservedCell[] = [];
    const tables: ObservedTable[] = [];
    // The same reads, each count published exactly (only 1 to 5 masked): what the rounding prevents.
    const exactCells: ObservedCell[] = [];
    const exactTables: ObservedTable[] = [];
    const pad = (n: number) => String(n).padStart(2, '0');
    const lastDay = (y: number, m: number) => `${y}-${pad(m)}-${pad(new Date(Date.UTC(y, m, 0)).getUTCDate())}`;
    const periods: Array<{ from: string; to: string }> = [{ from: '2024-09-01', to: '2025-08-31' }, { from: '2025-09-01', to: '2026-08-31' }];
    for (const y of [2024, 2025]) {
      periods.push({ from: `${y}-01-01`, to: `${y}-12-31` });
      for (let q = 0; q < 4; q += 1) periods.push({ from: `${y}-${pad(3 * q + 1)}-01`, to: lastDay(y, 3 * q + 3) });
      for (let m = 1; m <= 12; m += 1) periods.push({ from: `${y}-${pad(m)}-01`, to: lastDay(y, m) });
    }
    for (const scope of ['level=academie&code=LILLE', 'level=departement&code=59', 'level=departement&code=62']) {
      for (const period of periods) {
        const r = await read(`${scope}&from=${period.from}&to=${period.to}`);
        const deps = r.scope.level === 'academie' ? ['59', '62'] : [r.scope.code];
        const countedTo = r.countedTo < r.period.to ? r.countedTo : r.period.to;
        type Shown = MaskedCount & { previous: MaskedCount };
        const windows = [
          { from: r.period.from, to: countedTo, pick: (c: Shown): MaskedCount => c, when: 'période' },
          { from: r.previousPeriod.from, to: r.previousPeriod.to, pick: (c: Shown): MaskedCount => c.previous, when: 'un an plus tôt' },
        ];
        for (const w of windows) {
          const where = `rendez-vous ${r.scope.code} ${r.period.from}→${r.period.to} (${w.when})`;
          const inReport = rows.flatMap((row, i) => (deps.includes(row.dep) && row.day >= w.from && row.day <= w.to ? [i] : []));
          const observe = (label: string, filter: string, members: number[], shown: MaskedCount) => {
            const cell: ObservedCell = { label: `${where} ${label}`, filter, members: bitsOf(members, rows.length), value: shown.count, ...(shown.masked ? { masked: shown.maskReason ?? 'other' } : {}) };
            cells.push(cell);
            const exact: ObservedCell = { ...cell, value: members.length <= 5 ? null : members.length, ...(members.length <= 5 ? { masked: 'small' as const } : {}) };
            exactCells.push(exact);
            return [cell, exact] as const;
          };
          const totalShown = w.pick(r.appointments.total);
          const [total, exactTotal] = observe('total', 'all', inReport, totalShown);
          for (const [key, column] of [['byAppointmentMode', 'mode'], ['byAppointmentPlace', 'place']] as const) {
            const parts = r[key].map((item) => observe(`${key}=${item.key}`, `${column}=${item.key}`, inReport.filter((i) => rows[i]![column] === item.key), w.pick(item)));
            tables.push({ total, parts: parts.map(([cell]) => cell) });
            exactTables.push({ total: exactTotal, parts: parts.map(([, exact]) => exact) });
          }
          // The no-show rate is the ratio of two published counts (multiples of 10, or none): no count to subtract.
        }
      }
    }
    const found = recoveries(cells, tables, 5);
    expect(found.slice(0, 10), `${found.length} petits effectifs retrouvés`).toEqual([]);
    // The attack is real: with exact counts, the académie minus the Nord gives the Pas-de-Calais's 3 back.
    expect(recoveries(exactCells, exactTables, 5).length).toBeGreaterThan(0);
  });

  it('gives each département of the scope the days to its first free slot, now, booked slots and closed office hours left out', async () => {
    const today = parisDate(new Date());
    const holidays = new Set([0, 1].flatMap((k) => publicHolidays(Number(today.slice(0, 4)) + k, { departementCode: '62' }).map((h) => h.date)));
    /** The first day from `n` days on that is no holiday of the Pas-de-Calais. */
    const openDay = (n: number) => {
      for (let k = n; ; k += 1) {
        const day = new Date(Date.parse(`${today}T12:00:00Z`) + k * 86_400_000).toISOString().slice(0, 10);
        if (!holidays.has(day)) return { day, k };
      }
    };
    const first = openDay(5);
    const second = openDay(first.k + 3);
    const adviser = await person('62', 'conseiller');
    // One office hour on two single dates, 9:00–10:00 in slots of 30 min: the first date fully booked.
    const o = await officeHour(adviser, '62', 'dsden', `RDATE;VALUE=DATE:${first.day.replaceAll('-', '')},${second.day.replaceAll('-', '')}`, today);
    const nine = (day: string) => parisInstant(day, 9 * 60);
    await appointment(o, '62', 'dsden', 'booked', nine(first.day));
    await appointment(o, '62', 'dsden', 'booked', new Date(nine(first.day).getTime() + 30 * 60_000));
    // The Nord: an open office hour whose only date is beyond the search window.
    const far = new Date(Date.parse(`${today}T12:00:00Z`) + 150 * 86_400_000).toISOString().slice(0, 10);
    await officeHour(await person('59', 'conseiller'), '59', 'visio', `RDATE;VALUE=DATE:${far.replaceAll('-', '')}`, today);

    // The current year: a report the other tests have not read (reports are kept a minute).
    const r = await read('level=academie&code=LILLE');
    expect(r.appointments.firstFreeSlotWindowDays).toBe(92);
    expect(r.appointments.firstFreeSlot).toEqual([
      { code: '59', label: 'Nord (59)', officeHours: 1, days: null },
      { code: '62', label: 'Pas-de-Calais (62)', officeHours: 1, days: second.k },
    ]);
    // An adviser's own report has no département.
    const mine = await t.call(await t.signInAs(DEMO.adviserSomme), 'GET', '/api/reports/activity?level=adviser');
    expect(mine.statusCode).toBe(200);
    expect(mine.json().appointments.firstFreeSlot).toEqual([]);
  });

  it('searches the first free slot from a rule started near today: the same days as from the office hour’s first day', () => {
    const random = seededRandom(14);
    const plus = (day: string, n: number) => new Date(Date.parse(`${day}T12:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);
    for (let i = 0; i < 500; i += 1) {
      const startsOn = plus('2022-01-01', random.int(0, 1500));
      const kind = random.int(0, 3);
      const rule = recurrenceRule(kind === 0 ? { frequency: 'weekly', weekdays: [random.int(1, 7)] }
        : kind === 1 ? { frequency: 'biweekly', weekdays: [random.int(1, 5), random.int(1, 5)] }
          : kind === 2 ? { frequency: 'monthly', week: [1, 2, 3, 4, -1][random.int(0, 4)]!, weekday: random.int(1, 5) }
            : { frequency: 'dates', dates: [plus(startsOn, random.int(0, 900)), plus(startsOn, random.int(0, 900))] });
      const fromDay = plus(startsOn, random.int(-30, 1200));
      const toDay = plus(fromDay, random.int(0, 92));
      expect(recurrenceDays(rule, startNear(rule, startsOn, fromDay), null, fromDay, toDay), `${rule} ${startsOn} ${fromDay}`)
        .toEqual(recurrenceDays(rule, startsOn, null, fromDay, toDay));
    }
  });

  it('writes the appointment tables in the CSV and the XLSX', async () => {
    const caller = await t.signInAs(DEMO.steeringNational);
    const query = 'level=academie&code=LILLE&from=2025-01-01&to=2025-12-31';
    const api = (await t.call(caller, 'GET', `/api/reports/activity?${query}`)).json() as ActivityReport;
    const csv = (await t.call(caller, 'GET', `/api/reports/activity.csv?${query}`)).rawPayload.toString('utf8');
    const rows = csv.replace(/^\uFEFF/, '').split(/\r?\n/).filter(Boolean).map((line) => line.split(';').map((cell) => cell.replace(/^"(.*)"$/, '$1')));
    const inPerson = rows.find((row) => row[0] === 'Rendez-vous par modalité' && row.at(-1) === 'in_person')!;
    expect(inPerson.slice(1, 3)).toEqual(['Sur place', String(api.byAppointmentMode[0]!.count)]);
    expect(rows.find((row) => row[0] === 'Rendez-vous par lieu' && row.at(-1) === 'dsden')![2]).toBe('< 5');
    expect(rows.find((row) => row[1] === 'Rendez-vous de la période (annulés non comptés)')!.slice(2, 5)).toEqual([String(api.appointments.total.count), '', '10']);
    expect(rows.some((row) => row[0] === 'Délai jusqu’au premier créneau libre (aujourd’hui)' && row[1]!.startsWith('Pas-de-Calais (62)'))).toBe(true);

    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await t.call(caller, 'GET', `/api/reports/activity.xlsx?${query}`)).rawPayload as never);
    const places = workbook.getWorksheet('Rendez-vous par lieu')!;
    const lines: unknown[][] = [];
    places.eachRow((row, n) => { if (n > 4) lines.push((row.values as unknown[]).slice(1)); });
    expect(lines.map((line) => line[5])).toEqual(['establishment', 'dsden', 'rectorat', 'visio', 'phone']);
    expect(workbook.getWorksheet('Rendez-vous')!.getRow(5).values).toEqual([undefined, 'Rendez-vous de la période (annulés non comptés)', api.appointments.total.count, 10]);
    expect(workbook.getWorksheet('Premier créneau libre')).toBeDefined();
  });
});
