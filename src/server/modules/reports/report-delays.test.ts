import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildAgent, buildRequest } from '../../../../tests/support/factories.ts';
import { createTestApp, DEMO, type TestApp } from '../../../../tests/support/test-app.ts';
import type { ActivityReport } from '../../../shared/contracts/reports.ts';

/*
 * Delays and the first-answer commitment, on requests answered and closed at known dates.
 * Rows that carry only their instants (as imported history and the demo académie's generated
 * years do: `first_responded_at` and `closed_at`, no stored count of working days) must count
 * like the others: the report counts their working days itself.
 */

let t: TestApp;
beforeAll(async () => { t = await createTestApp(); });
afterAll(async () => t?.close());

/** An instant of a Paris day, about `hour` o’clock in Paris (an hour later in summer): the day is what counts. */
const paris = (day: string, hour = 10) => new Date(`${day}T${String(hour - 1).padStart(2, '0')}:00:00Z`);

/**
 * A request of the département submitted on `created`, then first answered on `answered` and
 * closed on `closed` as history records it: the instants only, no working days stored.
 */
async function historicRequest(departement: string, created: string, answered: string | null, closed: string | null) {
  const agent = await buildAgent(t.db, { departement });
  const request = await buildRequest(t.db, { agent, createdAt: paris(created) });
  await t.db.updateTable('requests').set({
    first_responded_at: answered ? paris(answered, 15) : null,
    ...(closed ? { status: 'closed', closed_at: paris(closed, 16), response_type: 'information_individual' } : {}),
    first_response_working_days: null,
    closure_working_days: null,
  }).where('id', '=', request.id).execute();
  return request;
}

async function report(query: string): Promise<ActivityReport> {
  const response = await t.call(await t.signInAs(DEMO.steeringNational), 'GET', `/api/reports/activity?${query}`);
  expect(response.statusCode).toBe(200);
  return response.json() as ActivityReport;
}

describe('delays of requests answered and closed at known dates', () => {
  it('gives the median and 90ᵉ centile in working days, public holidays left out, of rows that carry only their dates', async () => {
    // Submitted on Monday 3 March 2025 in Ille-et-Vilaine. First answers after 0, 1, 1, 2, 2, 3, 3, 4, 6 and 10
    // working days; closures after 0, 5, 5, 10, 10, 15, 15, 20, 35 and 35 (22 April: Easter Monday the 21st is a holiday).
    const pairs: Array<[answered: string, closed: string]> = [
      ['2025-03-03', '2025-03-03'], ['2025-03-04', '2025-03-10'], ['2025-03-04', '2025-03-10'], ['2025-03-05', '2025-03-17'],
      ['2025-03-05', '2025-03-17'], ['2025-03-06', '2025-03-24'], ['2025-03-06', '2025-03-24'], ['2025-03-07', '2025-03-31'],
      ['2025-03-11', '2025-04-22'], ['2025-03-17', '2025-04-22'],
    ];
    for (const [answered, closed] of pairs) await historicRequest('35', '2025-03-03', answered, closed);

    const r = await report('level=departement&code=35&from=2025-01-01&to=2025-12-31');
    // Interpolated as percentile_cont: the median of 10 values is the mean of the 5th and 6th.
    expect(r.delays.firstAnswerMedianDays.value).toBe(2.5);
    expect(r.delays.firstAnswerP90Days.value).toBe(6.4);
    expect(r.delays.closureMedianDays.value).toBe(12.5);
    expect(r.delays.closureP90Days.value).toBe(35);
    // The same figures in the quarter of the closures and the answers.
    const spring = await report('level=departement&code=35&from=2025-01-01&to=2025-03-31');
    expect(spring.delays.firstAnswerMedianDays.value).toBe(2.5);
  });

  it('publishes a true 0: every request answered and closed the day it came', async () => {
    for (let i = 0; i < 6; i += 1) await historicRequest('29', '2025-06-02', '2025-06-02', '2025-06-02');
    const r = await report('level=departement&code=29&from=2025-06-01&to=2025-06-30');
    expect(r.delays.firstAnswerMedianDays).toMatchObject({ value: 0 });
    expect(r.delays.firstAnswerMedianDays.masked).toBeUndefined();
    expect(r.delays.closureP90Days).toMatchObject({ value: 0 });
  });

  it('withholds a delay that 5 requests or fewer stand behind', async () => {
    for (let i = 0; i < 3; i += 1) await historicRequest('56', '2025-06-02', '2025-06-03', '2025-06-04');
    const r = await report('level=departement&code=56&from=2025-06-01&to=2025-06-30');
    expect(r.delays.firstAnswerMedianDays).toMatchObject({ value: null, masked: true });
    expect(r.delays.closureMedianDays).toMatchObject({ value: null, masked: true });
  });
});

describe('share of first answers within the announced delay', () => {
  it('counts the requests left unanswered past their date as missed', async () => {
    // Loire-Atlantique, 2 June 2025 (a Monday), 5 working days announced: due on Monday 9 June.
    // 10 answered on the 4th (within), 10 never answered: 10 out of 20, not 10 out of 10.
    for (let i = 0; i < 10; i += 1) await historicRequest('44', '2025-06-02', '2025-06-04', null);
    for (let i = 0; i < 10; i += 1) await historicRequest('44', '2025-06-02', null, null);
    const r = await report('level=departement&code=44&from=2025-06-01&to=2025-06-30');
    expect(r.delays.answeredWithinCommitmentShare.value).toBe(0.5);
  });

  it('counts an answer after the announced date as missed', async () => {
    // Vendée: 10 answered on the 4th, 10 on the 16th (after the 9th).
    for (let i = 0; i < 10; i += 1) await historicRequest('85', '2025-06-02', '2025-06-04', '2025-06-20');
    for (let i = 0; i < 10; i += 1) await historicRequest('85', '2025-06-02', '2025-06-16', '2025-06-20');
    const r = await report('level=departement&code=85&from=2025-06-01&to=2025-06-30');
    expect(r.delays.answeredWithinCommitmentShare.value).toBe(0.5);
  });

  it('does not count yet the unanswered requests still within their delay', async () => {
    // Sarthe: 10 received and answered two days ago, 10 received two days ago and not answered,
    // their date not passed (5 working days announced).
    const twoDaysAgo = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Paris' }).format(new Date(Date.now() - 2 * 86_400_000));
    for (let i = 0; i < 10; i += 1) await historicRequest('72', twoDaysAgo, twoDaysAgo, null);
    for (let i = 0; i < 10; i += 1) await historicRequest('72', twoDaysAgo, null, null);
    const year = twoDaysAgo.slice(0, 4);
    const r = await report(`level=departement&code=72&from=${year}-01-01&to=${year}-12-31`);
    expect(r.delays.answeredWithinCommitmentShare.value).toBe(1);
  });
});
