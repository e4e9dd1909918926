import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, DEMO, type Caller, type TestApp } from '../../../../tests/support/test-app.ts';
import { bitsOf, recoveries, type ObservedCell, type ObservedTable } from '../../../../tests/support/disclosure-attacker.ts';
import type { ActivityReport, MaskedCount } from '../../../shared/contracts/reports.ts';
import { parisDate } from '../../clock.ts';

/*
 * The attack of issue 11 through the API, on the demo académie: the académie's steering person
 * and the Somme's ask every report they may obtain, then subtract them. The truth behind each
 * cell is counted from the database here, independently of the server's queries.
 */

let t: TestApp;
beforeAll(async () => { t = await createTestApp(); });
afterAll(async () => t?.close());

interface Truth { day: string; dep: string; topic: string; channel: string; category: string; gender: string; age_band: string }

async function truth(): Promise<Truth[]> {
  const { rows } = await sql<Truth>`
    select to_char(created_at at time zone 'Europe/Paris', 'YYYY-MM-DD') as day, departement_code as dep, topic, channel,
      coalesce(requester_category, 'unknown') as category, coalesce(requester_gender, 'unspecified') as gender,
      case when requester_birth_year is null then 'unknown'
        when extract(year from created_at at time zone 'Europe/Paris') - requester_birth_year < 30 then 'under_30'
        when extract(year from created_at at time zone 'Europe/Paris') - requester_birth_year < 40 then '30_39'
        when extract(year from created_at at time zone 'Europe/Paris') - requester_birth_year < 50 then '40_49'
        else '50_plus' end as age_band
    from requests where academie_code = 'AMIENS'`.execute(t.db);
  return rows;
}

interface ReferralTruth { day: string; dep: string; kind: string; outcome: string; declined: boolean }

/** The referrals the reports count (withdrawn ones left out), by their request's département. */
async function referralTruth(): Promise<ReferralTruth[]> {
  const { rows } = await sql<ReferralTruth>`
    select to_char(ref.created_at at time zone 'Europe/Paris', 'YYYY-MM-DD') as day, r.departement_code as dep, cp.kind,
      coalesce(ref.outcome, 'none') as outcome, ref.status = 'declined' as declined
    from referrals ref join requests r on r.id = ref.request_id join contact_points cp on cp.id = ref.contact_point_id
    where r.academie_code = 'AMIENS' and ref.status <> 'revoked'`.execute(t.db);
  return rows;
}

const pad = (n: number) => String(n).padStart(2, '0');
const lastDay = (year: number, month: number) => `${year}-${pad(month)}-${pad(new Date(Date.UTC(year, month, 0)).getUTCDate())}`;

/** Every fixed period (month, quarter, calendar year, school year) that meets the last two years. */
function periodsOfLastTwoYears(today: string): Array<{ from: string; to: string }> {
  const year = Number(today.slice(0, 4));
  const periods: Array<{ from: string; to: string }> = [];
  for (let y = year - 2; y <= year; y += 1) {
    periods.push({ from: `${y}-01-01`, to: `${y}-12-31` }, { from: `${y - 1}-09-01`, to: `${y}-08-31` });
    for (let q = 0; q < 4; q += 1) periods.push({ from: `${y}-${pad(3 * q + 1)}-01`, to: lastDay(y, 3 * q + 3) });
    for (let m = 1; m <= 12; m += 1) periods.push({ from: `${y}-${pad(m)}-01`, to: lastDay(y, m) });
  }
  const twoYearsAgo = `${year - 2}${today.slice(4)}`;
  return periods.filter((p) => p.from <= today && p.to >= twoYearsAgo);
}

/** The days of the last weeks, each as the year to that day and the year to the day before: the old attack. */
function oneDayApart(today: string): Array<{ from: string; to: string }> {
  const periods: Array<{ from: string; to: string }> = [];
  for (let back = 1; back <= 20; back += 1) {
    const day = new Date(Date.parse(`${today}T12:00:00Z`) - back * 86_400_000).toISOString().slice(0, 10);
    periods.push({ from: `${day.slice(0, 4)}-01-01`, to: day });
  }
  return periods;
}

const DEPARTEMENTS = ['02', '60', '80'];
const BREAKDOWNS = [
  ['byTopic', 'topic'], ['byCategory', 'category'], ['byGender', 'gender'], ['byAgeBand', 'age_band'], ['byChannel', 'channel'],
  ['byTerritory', 'dep'], ['byMonth', 'month'],
] as const;

/** The cells of a report (this period and the year before), with the records behind each. */
function cellsOf(report: ActivityReport & { countedTo?: string }, rows: Truth[], cells: ObservedCell[], tables: ObservedTable[]) {
  const deps = report.scope.level === 'academie' ? DEPARTEMENTS : [report.scope.code];
  const countedTo = report.countedTo && report.countedTo < report.period.to ? report.countedTo : report.period.to;
  type Shown = MaskedCount & { previous: MaskedCount };
  const windows: Array<{ from: string; to: string; pick: (c: Shown) => MaskedCount; when: string }> = [
    { from: report.period.from, to: countedTo, pick: (c) => c, when: 'période' },
    { from: report.previousPeriod.from, to: report.previousPeriod.to, pick: (c) => c.previous, when: 'un an plus tôt' },
  ];
  for (const w of windows) {
    const where = `${report.scope.code} ${report.period.from}→${report.period.to} (${w.when})`;
    const inReport = rows.flatMap((r, i) => (deps.includes(r.dep) && r.day >= w.from && r.day <= w.to ? [i] : []));
    const observe = (label: string, filter: string, members: number[], shown: MaskedCount): ObservedCell => ({
      label: `${where} ${label}`, filter, members: bitsOf(members, rows.length), value: shown.count,
      ...(shown.masked ? { masked: shown.maskReason === 'small' || shown.maskReason === 'withheld' ? shown.maskReason : 'other' as const } : {}),
    });
    const total = observe('reçues', 'all', inReport, w.pick(report.totals.received));
    cells.push(total);
    for (const [key, column] of BREAKDOWNS) {
      const items = report[key];
      const parts = items.map((item) => {
        // byMonth's « previous » of a month is the same month a year earlier.
        const value = column === 'month' && w.when === 'un an plus tôt' ? `${Number(item.key.slice(0, 4)) - 1}${item.key.slice(4)}` : item.key;
        const members = inReport.filter((i) => (column === 'month' ? rows[i]!.day.slice(0, 7) : rows[i]![column]) === value);
        return observe(`${key}=${item.key}`, column === 'dep' || column === 'month' ? 'all' : `${column}=${item.key}`, members, w.pick(item));
      });
      cells.push(...parts);
      if (key !== 'byMonth' || w.when === 'période') tables.push({ total, parts });
    }
  }
}

/** The referral cells of a report: the tables by kind and by outcome, and the declined count behind the share. */
function referralCellsOf(report: ActivityReport, rows: ReferralTruth[], cells: ObservedCell[], tables: ObservedTable[]) {
  const deps = report.scope.level === 'academie' ? DEPARTEMENTS : [report.scope.code];
  const countedTo = report.countedTo < report.period.to ? report.countedTo : report.period.to;
  type Shown = MaskedCount & { previous: MaskedCount };
  const windows = [
    { from: report.period.from, to: countedTo, pick: (c: Shown): MaskedCount => c, share: report.referrals.declinedShare.value, when: 'période' },
    { from: report.previousPeriod.from, to: report.previousPeriod.to, pick: (c: Shown): MaskedCount => c.previous, share: report.referrals.declinedShare.previous.value, when: 'un an plus tôt' },
  ];
  for (const w of windows) {
    const where = `orientations ${report.scope.code} ${report.period.from}→${report.period.to} (${w.when})`;
    const inReport = rows.flatMap((r, i) => (deps.includes(r.dep) && r.day >= w.from && r.day <= w.to ? [i] : []));
    const observe = (label: string, filter: string, members: number[], shown: MaskedCount): ObservedCell => ({
      label: `${where} ${label}`, filter, members: bitsOf(members, rows.length), value: shown.count,
      ...(shown.masked ? { masked: shown.maskReason ?? 'other' } : {}),
    });
    const totalShown = w.pick(report.referrals.sent);
    const total = observe('envoyées', 'all', inReport, totalShown);
    cells.push(total);
    for (const [key, column] of [['byReferralKind', 'kind'], ['byReferralOutcome', 'outcome']] as const) {
      const parts = report[key].map((item) => observe(`${key}=${item.key}`, `${column}=${item.key}`, inReport.filter((i) => rows[i]![column] === item.key), w.pick(item)));
      cells.push(...parts);
      tables.push({ total, parts });
    }
    // The share declined gives the published count of declined referrals back (share × total).
    const declined = inReport.filter((i) => rows[i]!.declined);
    const declinedShown: MaskedCount = totalShown.count === null ? { count: null, masked: true, maskReason: 'withheld' }
      : w.share === null ? { count: null, masked: true, maskReason: 'small' } : { count: Math.round(w.share * totalShown.count) };
    cells.push(observe('déclinées', 'declined', declined, declinedShown));
  }
}

describe('reports read together', () => {
  it('let neither the académie’s steering person nor a département’s work out a count from 1 to 5', { timeout: 300_000 }, async () => {
    const rows = await truth();
    const referralRows = await referralTruth();
    const today = parisDate(new Date());
    const cells: ObservedCell[] = [];
    const tables: ObservedTable[] = [];
    const referralCells: ObservedCell[] = [];
    const referralTables: ObservedTable[] = [];
    const refused: string[] = [];
    const readAll = async (caller: Caller, scopes: string[]) => {
      for (const scope of scopes) {
        for (const period of [...periodsOfLastTwoYears(today), ...oneDayApart(today)]) {
          const response = await t.call(caller, 'GET', `/api/reports/activity?${scope}&from=${period.from}&to=${period.to}`);
          if (response.statusCode === 400) { refused.push(`${scope} ${period.from}→${period.to}`); continue; }
          expect(response.statusCode).toBe(200);
          cellsOf(response.json(), rows, cells, tables);
          referralCellsOf(response.json(), referralRows, referralCells, referralTables);
        }
      }
    };
    await readAll(await t.signInAs(DEMO.steeringAcademie), ['level=academie&code=AMIENS', ...DEPARTEMENTS.map((d) => `level=departement&code=${d}`)]);
    await readAll(await t.signInAs(DEMO.steeringSomme), ['level=departement&code=80']);
    const found = recoveries(cells, tables, 5);
    expect(found.slice(0, 10), `${found.length} petits effectifs retrouvés`).toEqual([]);
    // The referrals of the demo (issue 13) are counted apart, with their own keys: the same attack on them.
    expect(referralRows.length).toBeGreaterThan(50);
    const foundReferrals = recoveries(referralCells, referralTables, 5);
    expect(foundReferrals.slice(0, 10), `${foundReferrals.length} petits effectifs d’orientations retrouvés`).toEqual([]);
    // The periods one day apart are refused; every fixed period was read.
    expect(refused.length).toBeGreaterThan(0);
    expect(refused.every((r) => !periodsOfLastTwoYears(today).some((p) => r.endsWith(`${p.from}→${p.to}`)))).toBe(true);
  });
});
