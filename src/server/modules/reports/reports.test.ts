import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, DEMO, type TestApp } from '../../../../tests/support/test-app.ts';
import { recoverable } from '../../../../tests/support/masking-attacker.ts';
import type { ActivityReport, BreakdownItem } from './activity-report.ts';
import { BREAKDOWNS } from './activity-report.ts';

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

const counts = (items: BreakdownItem[]) => Object.fromEntries(items.filter((i) => i.count !== 0).map((i) => [i.key, i.count]));

beforeAll(async () => {
  t = await createTestApp();
  await loadFixture();
});
afterAll(async () => t?.close());

async function report(email: string, query: string) {
  return t.call(await t.signInAs(email), 'GET', `/api/reports/activity?${query}`);
}

describe('activity report of a scope', () => {
  it('gives the hand-computed figures of the fixture, small counts masked with their complement', async () => {
    const response = await report(DEMO.steeringNational, 'level=academie&code=LILLE&from=2025-01-01&to=2025-12-31');
    expect(response.statusCode).toBe(200);
    const r = response.json() as ActivityReport;
    expect(r.scope.label).toBe('Académie de Lille');
    expect(r.totals.received).toMatchObject({ count: 23, previous: { count: 7 } });
    expect(r.totals.open.count).toBe(13);
    expect(r.totals.closed.count).toBe(10);
    expect(r.totals.reopened.count).toBe(0);
    // 3 protection requests are « < 5 »; the smallest other count (8) is hidden with them.
    expect(counts(r.byTopic)).toEqual({ career_project: 12, work_difficulties: null, protection: null });
    expect(r.byTopic.find((i) => i.key === 'protection')).toMatchObject({ masked: true, maskReason: 'small', share: null });
    expect(r.byTopic.find((i) => i.key === 'work_difficulties')).toMatchObject({ masked: true, maskReason: 'complementary' });
    expect(r.byTopic.find((i) => i.key === 'career_project')).toMatchObject({ share: 0.522, previous: { count: 0 } });
    expect(r.byTopic.find((i) => i.key === 'training_project')!.previous).toMatchObject({ count: 7, share: 1 });
    expect(counts(r.byCategory)).toEqual({ first_degree: null, second_degree: 10, biatss: null });
    expect(counts(r.byTerritory)).toEqual({ 59: null, 62: null });
    expect(counts(r.byGender)).toEqual({ female: null, male: null });
    expect(counts(r.byAgeBand)).toEqual({ '30_39': null, '50_plus': null });
    expect(counts(r.byResponseType)).toEqual({ information_individual: 10 });
    expect(r.byMonth).toHaveLength(12);
    expect(r.byMonth[2]).toMatchObject({ key: '2025-03', label: 'mars 2025', count: null, masked: true, previous: { count: 7 } });
    expect(r.delays.firstAnswerMedianDays.value).toBe(2);
    expect(r.delays.closureMedianDays.value).toBe(4);
    expect(r.delays.answeredWithinCommitmentShare.value).toBe(1);
    // Workload is today's, whatever the period: the 2024 requests are still open and unassigned.
    expect(r.workload).toMatchObject({ advisers: 0, unassignedOpen: 20 });
  });

  it('shows a département with 3 requests as « < 5 » everywhere, and its delays withheld', async () => {
    const r = (await report(DEMO.steeringNational, 'level=departement&code=62&from=2025-01-01&to=2025-12-31')).json() as ActivityReport;
    expect(r.totals.received).toMatchObject({ count: null, masked: true });
    expect(r.byTopic.every((i) => i.count === null)).toBe(true);
    expect(r.workload).toBeNull();
  });

  it('lets nobody recover a hidden count of the demo académie’s report by subtraction', async () => {
    for (const query of ['level=academie&code=AMIENS', 'level=departement&code=02&from=2026-06-01&to=2026-08-31', 'level=academie&code=AMIENS&from=2026-10-01&to=2026-10-31']) {
      const r = (await report(DEMO.steeringAcademie, query)).json() as ActivityReport;
      for (const [key] of BREAKDOWNS) {
        const items = r[key] as BreakdownItem[];
        const total = key === 'byResponseType' ? r.totals.closed.count : r.totals.received.count;
        items.forEach((i) => expect(i.count === null || i.count === 0 || i.count > r.threshold).toBe(true));
        if (total !== null && items.length > 0) expect(recoverable(items, total, r.threshold)).toEqual([]);
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
    expect(wrongOrder.json().errors[0]).toMatchObject({ field: 'to', message: 'La fin de la période doit suivre son début.' });
    expect((await report(DEMO.steeringNational, 'level=national&from=2025-02-30')).statusCode).toBe(400);
    expect((await report(DEMO.steeringNational, 'level=planet')).statusCode).toBe(400);
    expect((await report(DEMO.steeringNational, 'level=departement&code=999')).statusCode).toBe(404);
  });
});

describe('exports', () => {
  it('carries the same numbers, masking included, in the API, the CSV and the XLSX', async () => {
    const caller = await t.signInAs(DEMO.steeringNational);
    const query = 'level=academie&code=LILLE&from=2025-01-01&to=2025-12-31';
    const api = (await t.call(caller, 'GET', `/api/reports/activity?${query}`)).json() as ActivityReport;

    const csv = await t.call(caller, 'GET', `/api/reports/activity.csv?${query}`);
    expect(csv.statusCode).toBe(200);
    expect(csv.headers['content-type']).toContain('text/csv');
    const csvRows = csv.body.replace(/^\uFEFF/, '').trim().split('\n').map((line) => line.split(';').map((c) => c.replace(/^"|"$/g, '')));
    const csvTopic = (key: string) => csvRows.find((row) => row[0] === 'Thèmes des demandes' && row[1] === key)!;
    expect(csvTopic('career_project')[3]).toBe('12');
    expect(csvTopic('protection')[3]).toBe('< 5');
    expect(csvTopic('work_difficulties')[3]).toBe('secret');
    expect(csvRows.find((row) => row[1] === 'Demandes reçues')!.slice(3, 6)).toEqual(['23', '', '7']);

    const xlsx = await t.call(caller, 'GET', `/api/reports/activity.xlsx?${query}`);
    expect(xlsx.statusCode).toBe(200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(xlsx.rawPayload as never);
    for (const [key, title] of BREAKDOWNS) {
      const items = api[key] as BreakdownItem[];
      if (items.length === 0) continue;
      const sheet = workbook.getWorksheet(title.slice(0, 31))!;
      const rows: unknown[][] = [];
      sheet.eachRow((row, n) => { if (n > 4) rows.push((row.values as unknown[]).slice(1)); });
      expect(rows.map((row) => row[0])).toEqual(items.map((i) => i.key));
      expect(rows.map((row) => row[2])).toEqual(items.map((i) => i.count ?? (i.maskReason === 'small' ? '< 5' : 'secret')));
    }
    const audit = await t.db.selectFrom('audit_log').select('action').where('action', '=', 'report.export').execute();
    expect(audit.length).toBeGreaterThanOrEqual(2);
  });
});
