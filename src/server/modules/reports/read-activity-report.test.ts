import { Readable } from 'node:stream';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, DEMO, type TestApp } from '../../../../tests/support/test-app.ts';
import { sql } from 'kysely';
import type { ActivityReport, BreakdownItem, MaskedCount } from '../../../shared/contracts/reports.ts';
import { FIXED_PERIOD_MESSAGE, REVERSED_PERIOD_MESSAGE } from './period.ts';
import { BREAKDOWNS } from './presenter.ts';
import { SHEET_NAMES } from './report-files.ts';

let t: TestApp;

/**
 * A hand-computed fixture in the académie of Lille (no demo data there): 20 requests in the
 * Nord in March 2025 (12 career, 8 work difficulties; 10 first degree, 10 second degree;
 * women born in 1990; web), 3 in the Pas-de-Calais in April 2025 (protection; BIATSS; men
 * born in 1960; phone), 10 of the Nord ones answered in 2 working days and closed in May as
 * individual information after 4; and 7 in March 2024 (training project).
 */
async function loadFixture() {
  const person = async (n: number, departement: string, extra: Record<string, unknown>) =>
    (await t.db.insertInto('persons').values({
      email: `fixture.${departement}.${n}@ac-lille.fr`, display_name: `Agent ${n}`, departement_code: departement, academie_code: 'LILLE', ...extra,
    } as never).returning('id').executeTakeFirstOrThrow()).id;
  let sequence = 0;
  const request = async (agentId: string, departement: string, topic: string, channel: string, createdAt: string, closed = false) => {
    sequence += 1;
    await t.db.insertInto('requests').values({
      reference: `LIL-2025-${String(900000 + sequence)}`, agent_id: agentId, academie_code: 'LILLE', departement_code: departement,
      topic: topic as never, subject: 'Demande', description: 'Texte', contact_preference: 'email', channel: channel as never,
      created_at: createdAt, status: closed ? 'closed' : 'open',
      first_response_due_at: closed ? '2025-03-12T09:00:00Z' : null,
      first_responded_at: closed ? '2025-03-05T09:00:00Z' : null,
      first_response_working_days: closed ? 2 : null,
      closed_at: closed ? '2025-05-10T09:00:00Z' : null,
      response_type: closed ? 'information_individual' : null,
      closure_working_days: closed ? 4 : null,
    }).execute();
  };
  for (let i = 0; i < 20; i += 1) {
    const id = await person(i, '59', { category: i < 10 ? 'first_degree' : 'second_degree', gender: 'female', birth_year: 1990 });
    await request(id, '59', i < 12 ? 'career_project' : 'work_difficulties', 'web', '2025-03-03T09:00:00Z', i % 2 === 0);
  }
  for (let i = 0; i < 3; i += 1) {
    const id = await person(i, '62', { category: 'biatss', gender: 'male', birth_year: 1960 });
    await request(id, '62', 'protection', 'phone', '2025-04-07T09:00:00Z');
  }
  for (let i = 0; i < 7; i += 1) {
    const id = await person(100 + i, '59', { category: 'second_degree', gender: 'female', birth_year: 1985 });
    await request(id, '59', 'training_project', 'web', '2024-03-04T09:00:00Z');
  }
}

/** The published counts by key; a key left out must read « < 5 » (an empty category is masked like a small one). */
const counts = (items: BreakdownItem[], listed: Record<string, number | null>) => {
  for (const item of items) if (!(item.key in listed)) expect(item, item.key).toMatchObject({ count: null, masked: true });
  return Object.fromEntries(items.filter((i) => i.key in listed).map((i) => [i.key, i.count]));
};

/**
 * What the rule publishes for `n` records whose keys sum to `key` (mod 10 000): 0, « < 5 » (null),
 * 10 from 6 to 9, else n rounded down, or up when key / 10 000 < (n mod 10) / 10.
 */
const expected = (n: number, key: number) =>
  n <= 5 ? null : n < 10 ? 10 : n - (n % 10) + (key / 10_000 < (n % 10) / 10 ? 10 : 0);

/** The cell key of the fixture's requests matching a condition, computed here from the database. */
async function keyOf(where: ReturnType<typeof sql<boolean>>): Promise<number> {
  const { rows } = await sql<{ key: number }>`select (coalesce(sum(stat_key), 0) % 10000)::int as key from requests r where r.academie_code = 'LILLE' and ${where}`.execute(t.db);
  return rows[0]!.key;
}
const in2025 = sql<boolean>`r.created_at >= '2025-01-01' and r.created_at < '2026-01-01'`;

/** Every published count: 0, masked, or a multiple of 10. */
const publishable = (cell: MaskedCount) => (cell.count === null ? cell.masked === true && cell.maskReason !== undefined : cell.count % 10 === 0);

beforeAll(async () => {
  t = await createTestApp();
  await loadFixture();
});
afterAll(async () => t?.close());

async function report(email: string, query: string) {
  return t.call(await t.signInAs(email), 'GET', `/api/reports/activity?${query}`);
}

describe('activity report of a scope', () => {
  it('gives the hand-computed figures of the fixture: 1 to 5 masked, the rest rounded to 10 by the cell key', async () => {
    const response = await report(DEMO.steeringNational, 'level=academie&code=LILLE&from=2025-01-01&to=2025-12-31');
    expect(response.statusCode).toBe(200);
    const r = response.json() as ActivityReport;
    expect(r.scope.label).toBe('Académie de Lille');
    expect(r).toMatchObject({ period: { from: '2025-01-01', to: '2025-12-31' }, countedTo: '2025-12-31', previousPeriod: { from: '2024-01-01', to: '2024-12-31' } });
    // 23 received: 20 or 30, up with probability 3/10, as the requests' keys decide.
    expect(r.totals.received).toMatchObject({ count: expected(23, await keyOf(in2025)), previous: { count: 10 } });
    expect(r.totals.open.count).toBe(expected(13, await keyOf(sql<boolean>`${in2025} and r.status <> 'closed'`)));
    expect(r.totals.closed.count).toBe(10);
    expect(r.totals.reopened).toMatchObject({ count: null, masked: true });
    // 3 protection requests are « < 5 »; the 8 work difficulties read 10: no secondary secret needed.
    expect(counts(r.byTopic, {
      career_project: expected(12, await keyOf(sql<boolean>`${in2025} and r.topic = 'career_project'`)), work_difficulties: 10, protection: null,
    })).toEqual({
      career_project: expected(12, await keyOf(sql<boolean>`${in2025} and r.topic = 'career_project'`)), work_difficulties: 10, protection: null,
    });
    expect(r.byTopic.find((i) => i.key === 'protection')).toMatchObject({ masked: true, maskReason: 'small', share: null });
    const career = r.byTopic.find((i) => i.key === 'career_project')!;
    // Shares are those of the published counts.
    expect(career).toMatchObject({ share: Math.round((career.count! / r.totals.received.count!) * 1000) / 1000, previous: { count: null, masked: true } });
    expect(r.byTopic.find((i) => i.key === 'training_project')!.previous).toMatchObject({ count: 10, share: 1 });
    expect(counts(r.byCategory, { first_degree: 10, second_degree: 10, biatss: null })).toEqual({ first_degree: 10, second_degree: 10, biatss: null });
    expect(counts(r.byTerritory, { 59: 20, 62: null })).toEqual({ 59: 20, 62: null });
    expect(counts(r.byGender, { female: 20, male: null })).toEqual({ female: 20, male: null });
    expect(counts(r.byAgeBand, { '30_39': 20, '50_plus': null })).toEqual({ '30_39': 20, '50_plus': null });
    expect(counts(r.byResponseType, { information_individual: 10 })).toEqual({ information_individual: 10 });
    expect(r.byMonth).toHaveLength(12);
    expect(r.byMonth[2]).toMatchObject({ key: '2025-03', label: 'mars 2025', count: 20, previous: { count: 10 } });
    expect(r.byMonth[3]).toMatchObject({ key: '2025-04', count: null, masked: true });
    expect(r.delays.firstAnswerMedianDays.value).toBe(2);
    expect(r.delays.closureMedianDays.value).toBe(4);
    expect(r.delays.answeredWithinCommitmentShare.value).toBe(1);
    // Workload is today's, whatever the period: the 2024 requests are still open and unassigned.
    expect(r.workload).toMatchObject({ advisers: 0, openAssigned: null, unassignedOpen: 20 });
  });

  it('reads the same records as the same number in every report: the year’s March is the March report', async () => {
    const year = (await report(DEMO.steeringNational, 'level=academie&code=LILLE&from=2025-01-01&to=2025-12-31')).json() as ActivityReport;
    const march = (await report(DEMO.steeringNational, 'level=academie&code=LILLE&from=2025-03-01&to=2025-03-31')).json() as ActivityReport;
    const quarter = (await report(DEMO.steeringNational, 'level=academie&code=LILLE&from=2025-01-01&to=2025-03-31')).json() as ActivityReport;
    expect(march.totals.received.count).toBe(year.byMonth[2]!.count);
    expect(quarter.totals.received.count).toBe(year.byMonth[2]!.count);
    const nord = (await report(DEMO.steeringNational, 'level=departement&code=59&from=2025-01-01&to=2025-12-31')).json() as ActivityReport;
    expect(nord.totals.received.count).toBe(year.byTerritory.find((i) => i.key === '59')!.count);
    expect(nord.byTopic.find((i) => i.key === 'career_project')!.count).toBe(year.byTopic.find((i) => i.key === 'career_project')!.count);
  });

  it('shows a département with 3 requests as « < 5 » everywhere, and its delays withheld', async () => {
    const r = (await report(DEMO.steeringNational, 'level=departement&code=62&from=2025-01-01&to=2025-12-31')).json() as ActivityReport;
    expect(r.totals.received).toMatchObject({ count: null, masked: true, maskReason: 'small' });
    // Zeros too: they would say that all three were about protection.
    expect(r.byTopic.every((i) => i.count === null && i.maskReason === 'withheld')).toBe(true);
    expect(r.workload).toBeNull();
  });

  it('publishes every count of the demo académie’s reports as 0, « < 5 » or a multiple of 10', async () => {
    for (const query of ['level=academie&code=AMIENS', 'level=departement&code=02&from=2026-07-01&to=2026-09-30', 'level=academie&code=AMIENS&from=2025-09-01&to=2026-08-31']) {
      const r = (await report(DEMO.steeringAcademie, query)).json() as ActivityReport;
      const cells: MaskedCount[] = [...Object.values(r.totals).flatMap((f) => [f, f.previous]), r.delays.overdueOpen, r.referrals.sent, r.referrals.sent.previous];
      for (const [key] of BREAKDOWNS) cells.push(...r[key].flatMap((i) => [i, i.previous]));
      expect(cells.filter((c) => !publishable(c))).toEqual([]);
      for (const m of [r.satisfaction.surveysSent, r.satisfaction.answers]) {
        for (const v of [m, m.previous]) expect(v.masked === true || v.value! % 10 === 0).toBe(true);
      }
      for (const v of [r.workload?.openAssigned, r.workload?.unassignedOpen, r.workload?.medianOpenPerAdviser, r.workload?.maxOpenPerAdviser]) {
        expect(v === undefined || v === null || v % 10 === 0).toBe(true);
      }
    }
  });
});

describe('who may read which report', () => {
  it('refuses a département steering role its neighbour and its académie, and grants its own', async () => {
    expect((await report(DEMO.steeringSomme, 'level=departement&code=60')).statusCode).toBe(403);
    expect((await report(DEMO.steeringSomme, 'level=academie&code=AMIENS')).statusCode).toBe(403);
    expect((await report(DEMO.steeringSomme, 'level=national')).statusCode).toBe(403);
    expect((await report(DEMO.steeringSomme, 'level=departement&code=80')).statusCode).toBe(200);
  });

  it('grants the académie steering role its académie and départements, not another académie nor the nation', async () => {
    expect((await report(DEMO.steeringAcademie, 'level=departement&code=02')).statusCode).toBe(200);
    expect((await report(DEMO.steeringAcademie, 'level=academie&code=LILLE')).statusCode).toBe(403);
    expect((await report(DEMO.steeringAcademie, 'level=national')).statusCode).toBe(403);
  });

  it('refuses agents and advisers every steering scope; an adviser reads the report of their own requests', async () => {
    expect((await report(DEMO.agentSomme, 'level=departement&code=80')).statusCode).toBe(403);
    expect((await report(DEMO.agentSomme, 'level=adviser')).statusCode).toBe(403);
    expect((await report(DEMO.adviserSomme, 'level=departement&code=80')).statusCode).toBe(403);
    expect((await report(DEMO.adviserSomme, 'level=academie&code=AMIENS')).statusCode).toBe(403);
    const own = await report(DEMO.adviserSomme, 'level=adviser');
    expect(own.statusCode).toBe(200);
    expect((own.json() as ActivityReport).scope.label).toContain('Claire Vasseur');
  });

  it('answers bad input with a French error', async () => {
    const wrongOrder = await report(DEMO.steeringNational, 'level=national&from=2025-05-01&to=2025-01-01');
    expect(wrongOrder.statusCode).toBe(400);
    expect(wrongOrder.json().errors[0]).toMatchObject({ field: 'to', message: REVERSED_PERIOD_MESSAGE });
    expect((await report(DEMO.steeringNational, 'level=national&from=2025-02-30&to=2025-03-31')).json().errors[0]).toMatchObject({ field: 'from', message: 'Cette date n’existe pas.' });
    expect((await report(DEMO.steeringNational, 'level=planet')).statusCode).toBe(400);
    expect((await report(DEMO.steeringNational, 'level=planet')).statusCode).toBe(400);
    expect((await report(DEMO.steeringNational, 'level=departement&code=999')).statusCode).toBe(404);
  });

  it('publishes fixed periods only: month, quarter, calendar year, school year', async () => {
    for (const period of ['from=2026-10-01&to=2026-10-31', 'from=2026-07-01&to=2026-09-30', 'from=2025-01-01&to=2025-12-31', 'from=2025-09-01&to=2026-08-31', 'from=2024-02-01&to=2024-02-29']) {
      expect((await report(DEMO.steeringAcademie, `level=academie&code=AMIENS&${period}`)).statusCode).toBe(200);
    }
    // Two periods a day apart, two overlapping periods, a month and a half, a period not begun.
    for (const [period, field] of [
      ['from=2026-01-01&to=2026-11-22', 'to'], ['from=2026-01-02&to=2026-11-23', 'from'], ['from=2026-02-01&to=2026-07-31', 'to'],
      ['from=2026-10-01&to=2026-11-15', 'to'], ['from=2026-01-01', 'to'], ['from=2030-01-01&to=2030-12-31', 'from'],
    ] as const) {
      const response = await report(DEMO.steeringAcademie, `level=academie&code=AMIENS&${period}`);
      expect(response.statusCode, period).toBe(400);
      expect(response.json().errors[0].field, period).toBe(field);
    }
    const refused = await report(DEMO.steeringAcademie, 'level=academie&code=AMIENS&from=2026-01-01&to=2026-11-22');
    expect(refused.json().errors[0].message).toBe(FIXED_PERIOD_MESSAGE);
  });

  it('counts a period in progress up to yesterday and compares it with the whole period a year earlier', async () => {
    const r = (await report(DEMO.steeringAcademie, 'level=academie&code=AMIENS')).json() as ActivityReport;
    const year = new Date().getFullYear();
    expect(r.period).toEqual({ from: `${year}-01-01`, to: `${year}-12-31` });
    expect(r.previousPeriod).toEqual({ from: `${year - 1}-01-01`, to: `${year - 1}-12-31` });
    const yesterday = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Paris' }).format(new Date(Date.now() - 86_400_000));
    expect(r.countedTo).toBe(yesterday < r.period.to ? yesterday : r.period.to);
  });
});

describe('exports', () => {
  const query = 'level=academie&code=LILLE&from=2025-01-01&to=2025-12-31';

  it('carries the same numbers, masking and rounding included, in the API, the CSV and the XLSX', async () => {
    const caller = await t.signInAs(DEMO.steeringNational);
    const api = (await t.call(caller, 'GET', `/api/reports/activity?${query}`)).json() as ActivityReport;

    const csv = await t.call(caller, 'GET', `/api/reports/activity.csv?${query}`);
    expect(csv.statusCode).toBe(200);
    expect(csv.headers['content-type']).toContain('text/csv');
    const rows = await csvRows(csv.rawPayload);
    const csvTopic = (key: string) => rows.find((row) => row[0] === 'Thèmes des demandes' && row[6] === key)!;
    expect(csvTopic('career_project')[2]).toBe(String(api.byTopic.find((i) => i.key === 'career_project')!.count));
    expect(csvTopic('protection')[2]).toBe('< 5');
    expect(csvTopic('work_difficulties')[2]).toBe('10');
    expect(rows.find((row) => row[1] === 'Demandes reçues')!.slice(2, 5)).toEqual([String(api.totals.received.count), '', '10']);

    const workbook = await xlsxOf(await t.call(caller, 'GET', `/api/reports/activity.xlsx?${query}`));
    for (const [key] of BREAKDOWNS) {
      const items = api[key] as BreakdownItem[];
      if (items.length === 0) continue;
      const sheet = workbook.getWorksheet(SHEET_NAMES[key])!;
      const sheetRows: unknown[][] = [];
      sheet.eachRow((row, n) => { if (n > 4) sheetRows.push((row.values as unknown[]).slice(1)); });
      expect(sheetRows.map((row) => row[5])).toEqual(items.map((i) => i.key));
      expect(sheetRows.map((row) => row[1])).toEqual(items.map((i) => i.count ?? (i.maskReason === 'withheld' ? 'secret' : '< 5')));
    }
    const audit = await t.db.selectFrom('audit_log').select('action').where('action', '=', 'report.export').execute();
    expect(audit.length).toBeGreaterThanOrEqual(2);
  });

  it('writes a CSV a French spreadsheet reads: BOM, « ; », shares in percent with a decimal comma, French labels, codes apart', async () => {
    const caller = await t.signInAs(DEMO.steeringNational);
    const api = (await t.call(caller, 'GET', `/api/reports/activity?${query}`)).json() as ActivityReport;
    const csv = await t.call(caller, 'GET', `/api/reports/activity.csv?${query}`);
    expect([...csv.rawPayload.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(csv.body.split(/\r?\n/)[0]).toBe('\uFEFFTableau;Libellé ou indicateur;Effectif ou valeur;Part (%);Un an plus tôt;Part un an plus tôt (%);Code');
    const rows = await csvRows(csv.rawPayload);
    const career = rows.find((row) => row[6] === 'career_project')!;
    const apiCareer = api.byTopic.find((i) => i.key === 'career_project')!;
    // « Accompagnement d’un projet professionnel » beside its code; its share in percent, as « 52,2 » reads in French.
    expect(career[1]).toBe(apiCareer.label);
    expect(career[3]).toMatch(/^\d+(,\d)?$/);
    expect(Number(career[3]!.replace(',', '.'))).toBeCloseTo(apiCareer.share! * 100, 1);
    // No English code in the label column, no decimal point anywhere.
    expect(rows.some((row) => /^[a-z_]+$/.test(row[1] ?? ''))).toBe(false);
    expect(rows.flat().some((cell) => /^-?\d+\.\d+$/.test(cell))).toBe(false);
    const commitment = rows.find((row) => row[1]!.startsWith('Part des demandes ayant reçu leur première réponse'))!;
    expect(commitment[1]).toMatch(/\(%\)$/);
    expect(commitment[2]).toBe(frenchPercent(api.delays.answeredWithinCommitmentShare.value));
    expect(rows.find((row) => row[1] === 'Première réponse : 90ᵉ centile')![2]).toBe(String(api.delays.firstAnswerP90Days.value).replace('.', ','));
  });

  it('writes an XLSX whose figures are numbers with formats, on sheets named within 31 characters', async () => {
    const caller = await t.signInAs(DEMO.steeringNational);
    const api = (await t.call(caller, 'GET', `/api/reports/activity?${query}`)).json() as ActivityReport;
    const workbook = await xlsxOf(await t.call(caller, 'GET', `/api/reports/activity.xlsx?${query}`));
    expect(workbook.worksheets.map((w) => w.name)).toEqual([
      'Synthèse', 'Thèmes des demandes', 'Types de réponse (clôtures)', 'Catégories de personnels', 'Genre', 'Tranches d’âge',
      'Canal de la demande', 'Territoires', 'Demandes reçues par mois', 'Orientations par interlocuteur', 'Orientations par suite donnée',
      'Rendez-vous par modalité', 'Rendez-vous par lieu',
      'Délais (jours ouvrés)', 'Orientations', 'Rendez-vous', 'Premier créneau libre', 'Satisfaction des agents', 'Charge des conseillers',
    ]);
    for (const sheet of workbook.worksheets) expect(sheet.name.length).toBeLessThanOrEqual(31);
    const topics = workbook.getWorksheet('Thèmes des demandes')!;
    expect(topics.getRow(4).values).toEqual([undefined, 'Libellé', 'Effectif', 'Part', 'Effectif un an plus tôt', 'Part un an plus tôt', 'Code']);
    const careerRow = topics.getRows(5, topics.rowCount - 4)!.find((row) => row.getCell(6).value === 'career_project')!;
    const apiCareer = api.byTopic.find((i) => i.key === 'career_project')!;
    expect(careerRow.getCell(1).value).toBe('Accompagnement d’un projet professionnel');
    expect(careerRow.getCell(2)).toMatchObject({ value: apiCareer.count, numFmt: '#,##0' });
    expect(careerRow.getCell(3)).toMatchObject({ value: apiCareer.share, numFmt: '0.0%' });
    const delays = workbook.getWorksheet('Délais (jours ouvrés)')!;
    expect(delays.getRow(4).getCell(2).value).toBe('Du 1er janvier 2025 au 31 décembre 2025');
    expect(delays.getRow(5).getCell(2)).toMatchObject({ value: 2, numFmt: '0.0' });
    expect(delays.getRow(9).getCell(2)).toMatchObject({ value: api.delays.answeredWithinCommitmentShare.value, numFmt: '0.0%' });
  });
});

/** The cells of a CSV as exceljs reads them (« ; » between cells), every cell as its text. */
async function csvRows(payload: Buffer): Promise<string[][]> {
  const workbook = new ExcelJS.Workbook();
  const sheet = await workbook.csv.read(Readable.from([payload.toString('utf8').replace(/^\uFEFF/, '')]), {
    parserOptions: { delimiter: ';' }, map: (value: unknown) => value,
  } as never);
  const rows: string[][] = [];
  sheet.eachRow((row) => rows.push((row.values as unknown[]).slice(1).map((v) => (v === undefined || v === null ? '' : String(v)))));
  return rows.slice(1);
}

async function xlsxOf(response: { statusCode: number; rawPayload: Buffer }) {
  expect(response.statusCode).toBe(200);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(response.rawPayload as never);
  return workbook;
}

const frenchPercent = (share: number | null) => (share === null ? '' : String(Math.round(share * 1000) / 10).replace('.', ','));
