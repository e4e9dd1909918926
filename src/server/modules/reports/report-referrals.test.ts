import ExcelJS from 'exceljs';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, DEMO, type TestApp } from '../../../../tests/support/test-app.ts';
import type { ActivityReport, BreakdownItem } from '../../../shared/contracts/reports.ts';

let t: TestApp;

/**
 * A hand-built network in the académie of Lille (no demo data there). 2025:
 * - 14 requests of the Nord (3 March, a Monday) oriented to the career adviser: 8 answered
 *   « resolved » on Thursday (3 working days), 6 declined on Tuesday (1 working day);
 * - 8 requests of the Nord (1 April) oriented to the mobility cell, still awaited;
 * - 3 requests of the Pas-de-Calais (7 April, a Monday) oriented to the social service, answered
 *   « partly resolved » the next Monday (5 working days);
 * - 2 referrals withdrawn (not counted).
 * 2024: 7 referrals of the Nord to the career adviser, answered « resolved » in 2 working days.
 */
async function loadFixture() {
  let sequence = 0;
  const contactPoint = async (kind: string, name: string) =>
    (await t.db.insertInto('contact_points').values({ kind, name, academie_code: 'LILLE' }).returning('id').executeTakeFirstOrThrow()).id;
  const career = await contactPoint('career_adviser', 'Conseiller mobilité carrière du Nord');
  const cell = await contactPoint('cell', 'Cellule mobilité de Lille');
  const social = await contactPoint('social_worker', 'Service social du Pas-de-Calais');
  const refer = async (departement: string, contactPointId: string, sentAt: string, after: {
    status?: 'declined' | 'answered' | 'revoked'; at?: string; outcome?: string;
  } = {}) => {
    sequence += 1;
    const agent = (await t.db.insertInto('persons').values({
      email: `orientation.${sequence}@ac-lille.fr`, display_name: `Agent ${sequence}`, departement_code: departement, academie_code: 'LILLE',
    }).returning('id').executeTakeFirstOrThrow()).id;
    const request = (await t.db.insertInto('requests').values({
      reference: `LIL-2025-${String(800000 + sequence)}`, agent_id: agent, academie_code: 'LILLE', departement_code: departement,
      topic: 'career_project', subject: 'Demande', description: 'Texte', contact_preference: 'email', channel: 'web',
      created_at: sentAt, status: 'in_progress',
    }).returning('id').executeTakeFirstOrThrow()).id;
    const referral = (await t.db.insertInto('referrals').values({
      request_id: request, contact_point_id: contactPointId, kind: 'internal_referral', note: 'Note', share_description: false, created_at: sentAt,
    }).returning('id').executeTakeFirstOrThrow()).id;
    if (after.status) {
      await t.db.updateTable('referrals').set({
        status: after.status,
        ...(after.status === 'declined' ? { declined_at: after.at!, decline_reason: 'Hors de notre champ' } : {}),
        ...(after.status === 'answered' ? { accepted_at: after.at!, answered_at: after.at!, outcome: after.outcome!, outcome_summary: 'Fait' } : {}),
        ...(after.status === 'revoked' ? { revoked_at: after.at! } : {}),
      }).where('id', '=', referral).execute();
    }
  };
  for (let i = 0; i < 8; i += 1) await refer('59', career, '2025-03-03T09:00:00Z', { status: 'answered', at: '2025-03-06T10:00:00Z', outcome: 'resolved' });
  for (let i = 0; i < 6; i += 1) await refer('59', career, '2025-03-03T09:00:00Z', { status: 'declined', at: '2025-03-04T10:00:00Z' });
  for (let i = 0; i < 8; i += 1) await refer('59', cell, '2025-04-01T09:00:00Z');
  for (let i = 0; i < 3; i += 1) await refer('62', social, '2025-04-07T09:00:00Z', { status: 'answered', at: '2025-04-14T10:00:00Z', outcome: 'partly_resolved' });
  for (let i = 0; i < 2; i += 1) await refer('59', career, '2025-03-03T09:00:00Z', { status: 'revoked', at: '2025-03-03T10:00:00Z' });
  for (let i = 0; i < 7; i += 1) await refer('59', career, '2024-03-04T09:00:00Z', { status: 'answered', at: '2024-03-06T10:00:00Z', outcome: 'resolved' });
}

/** What the rule publishes for `n` records whose keys sum to `key` (mod 10 000). */
const expected = (n: number, key: number) =>
  n <= 5 ? null : n < 10 ? 10 : n - (n % 10) + (key / 10_000 < (n % 10) / 10 ? 10 : 0);

/** The cell key of the fixture's 2025 referrals (withdrawn ones left out) matching a condition, from the database. */
async function keyOf(where: ReturnType<typeof sql<boolean>>): Promise<number> {
  const { rows } = await sql<{ key: number }>`
    select (coalesce(sum(ref.stat_key), 0) % 10000)::int as key from referrals ref
    join requests r on r.id = ref.request_id join contact_points cp on cp.id = ref.contact_point_id
    where r.academie_code = 'LILLE' and ref.status <> 'revoked' and ref.created_at >= '2025-01-01' and ref.created_at < '2026-01-01' and ${where}`.execute(t.db);
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
  expect(response.statusCode).toBe(200);
  return response.json() as ActivityReport;
}

describe('referrals in the activity report', () => {
  it('counts the referrals of the period by kind of contact point and by outcome, masked and rounded like the rest', async () => {
    const r = await read('level=academie&code=LILLE&from=2025-01-01&to=2025-12-31');
    // 25 sent (the 2 withdrawn left out): 20 or 30, as the referrals' own keys decide.
    expect(r.referrals.sent).toMatchObject({ count: expected(25, await keyOf(sql<boolean>`true`)), previous: { count: 10 } });
    const kinds = countsOf(r.byReferralKind);
    expect(kinds).toMatchObject({ career_adviser: expected(14, await keyOf(sql<boolean>`cp.kind = 'career_adviser'`)), cell: 10, social_worker: null });
    // Every other kind reads « < 5 » (an empty cell is masked like a small one); advisers are never oriented to.
    expect(r.byReferralKind.filter((i) => !['career_adviser', 'cell'].includes(i.key)).every((i) => i.count === null && i.maskReason === 'small')).toBe(true);
    expect(r.byReferralKind.map((i) => i.key)).not.toContain('adviser');
    expect(r.byReferralKind.find((i) => i.key === 'career_adviser')!.label).toBe('Conseiller mobilité carrière');
    // 6 declined and 8 awaited have no known outcome: 14.
    expect(countsOf(r.byReferralOutcome)).toEqual({
      resolved: 10, partly_resolved: null, not_resolved: null, redirected: null, none: expected(14, await keyOf(sql<boolean>`ref.outcome is null`)),
    });
    expect(r.byReferralOutcome.at(-1)).toMatchObject({ key: 'none', label: 'Sans suite connue' });
    expect(r.byReferralOutcome[0]!.previous).toMatchObject({ count: 10, share: 1 });
    // The share declined is that of the published counts: 6 read 10.
    expect(r.referrals.declinedShare.value).toBe(Math.round((10 / r.referrals.sent.count!) * 1000) / 1000);
    // 17 answered: 6 in 1 working day, 8 in 3, 3 in 5 (Easter Monday 2025 is the 21st, after them).
    expect(r.referrals.answerMedianDays).toMatchObject({ value: 3, previous: { value: 2 } });
    expect(r.referrals.answerP90Days.value).toBe(5);
  });

  it('scopes the referrals by the request’s département, and withholds a population of 3', async () => {
    const nord = await read('level=departement&code=59&from=2025-01-01&to=2025-12-31');
    expect(nord.byReferralKind.find((i) => i.key === 'social_worker')).toMatchObject({ count: null, maskReason: 'small' });
    expect(nord.referrals.answerMedianDays.value).toBe(3);
    const pasDeCalais = await read('level=departement&code=62&from=2025-01-01&to=2025-12-31');
    expect(pasDeCalais.referrals.sent).toMatchObject({ count: null, masked: true, maskReason: 'small' });
    // Zeros too: they would say all three went to the social service and came out partly resolved.
    expect([...pasDeCalais.byReferralKind, ...pasDeCalais.byReferralOutcome].every((i) => i.count === null && i.maskReason === 'withheld')).toBe(true);
    expect(pasDeCalais.referrals.answerMedianDays).toMatchObject({ value: null, masked: true });
    expect(pasDeCalais.referrals.declinedShare).toMatchObject({ value: null, masked: true });
  });

  it('reads the same referrals as the same number in every period: the year’s cell is the quarter’s', async () => {
    const year = await read('level=academie&code=LILLE&from=2025-01-01&to=2025-12-31');
    const quarter = await read('level=academie&code=LILLE&from=2025-01-01&to=2025-03-31');
    expect(quarter.byReferralKind.find((i) => i.key === 'career_adviser')!.count).toBe(year.byReferralKind.find((i) => i.key === 'career_adviser')!.count);
    expect(quarter.byReferralKind.find((i) => i.key === 'cell')).toMatchObject({ count: null, maskReason: 'small' });
  });

  it('writes the referral tables in the CSV and the XLSX, French labels first and codes in the last column', async () => {
    const caller = await t.signInAs(DEMO.steeringNational);
    const query = 'level=academie&code=LILLE&from=2025-01-01&to=2025-12-31';
    const api = (await t.call(caller, 'GET', `/api/reports/activity?${query}`)).json() as ActivityReport;
    const csv = await t.call(caller, 'GET', `/api/reports/activity.csv?${query}`);
    const rows = csvRows(csv.rawPayload);
    const career = rows.find((row) => row[0] === 'Orientations par type d’interlocuteur' && row.at(-1) === 'career_adviser')!;
    expect(career.slice(1, 3)).toEqual(['Conseiller mobilité carrière', String(api.byReferralKind.find((i) => i.key === 'career_adviser')!.count)]);
    expect(rows.find((row) => row[0] === 'Orientations par suite donnée' && row.at(-1) === 'none')![1]).toBe('Sans suite connue');
    expect(rows.find((row) => row[0] === 'Orientations par type d’interlocuteur' && row.at(-1) === 'social_worker')![2]).toBe('< 5');
    const declined = rows.find((row) => row[1] === 'Part des orientations déclinées par l’interlocuteur (%)')!;
    expect(declined[2]).toBe(String(Math.round(api.referrals.declinedShare.value! * 1000) / 10).replace('.', ','));
    expect(rows.find((row) => row[1]!.startsWith('Réponse de l’interlocuteur (suite donnée ou refus) : médiane'))![2]).toBe('3');

    const response = await t.call(caller, 'GET', `/api/reports/activity.xlsx?${query}`);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(response.rawPayload as never);
    const outcomes = workbook.getWorksheet('Orientations par suite donnée')!;
    const lines: unknown[][] = [];
    outcomes.eachRow((row, n) => { if (n > 4) lines.push((row.values as unknown[]).slice(1)); });
    expect(lines.map((line) => line[5])).toEqual(['resolved', 'partly_resolved', 'not_resolved', 'redirected', 'none']);
    expect(lines.map((line) => line[1])).toEqual(api.byReferralOutcome.map((i) => i.count ?? '< 5'));
    const indicators = workbook.getWorksheet('Orientations')!;
    expect(indicators.getRow(5).values).toEqual([undefined, 'Orientations envoyées (retirées non comptées)', api.referrals.sent.count, 10]);
  });
});

/** The cells of a CSV (« ; » between cells, its BOM first), as text. */
function csvRows(payload: Buffer): string[][] {
  return payload.toString('utf8').replace(/^\uFEFF/, '').split(/\r?\n/).filter(Boolean).slice(1)
    .map((line) => line.split(';').map((cell) => cell.replace(/^"(.*)"$/, '$1')));
}
