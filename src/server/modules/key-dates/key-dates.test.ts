import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import ical from 'node-ical';
import { createTestApp, DEMO, type Caller, type TestApp } from '../../../../tests/support/test-app.ts';
import { keyDateUid } from './index.ts';

let t: TestApp;
let editor: Caller;
let agent: Caller;

beforeAll(async () => {
  t = await createTestApp();
  editor = await t.signInAs(DEMO.editor);
  agent = await t.signInAs(DEMO.agentSomme);
});
afterAll(async () => t?.close());

const intraMobility = {
  academie: 'AMIENS', kind: 'mobility_intra', title: 'Mouvement intra-académique : saisie des vœux',
  description: 'Saisie des vœux sur SIAM.', startsOn: '2027-03-16', endsOn: '2027-03-31', audience: ['second_degree'], reminderDays: [7, 1],
};

async function feed(query: string) {
  const response = await t.call(null, 'GET', `/api/key-dates.ics${query}`);
  expect(response.statusCode, response.body).toBe(200);
  expect(response.headers['content-type']).toMatch(/^text\/calendar/);
  return Object.values(ical.sync.parseICS(response.body)).filter((c) => c?.type === 'VEVENT') as ical.VEvent[];
}

describe('key dates', () => {
  it('publishes a key date in the JSON list and the iCalendar feed, with a stable UID and a higher SEQUENCE after a change', async () => {
    const created = await t.call(editor, 'POST', '/api/key-dates', intraMobility);
    expect(created.statusCode, created.body).toBe(201);
    const { id } = created.json() as { id: string };

    const listed = await t.call(null, 'GET', '/api/key-dates?academie=AMIENS&audience=second_degree');
    expect(listed.json().items.map((k: { id: string }) => k.id)).toContain(id);
    // Not for the first-degree teachers, nor in another académie.
    expect((await t.call(null, 'GET', '/api/key-dates?academie=AMIENS&audience=first_degree')).json().items.map((k: { id: string }) => k.id)).not.toContain(id);
    expect((await t.call(null, 'GET', '/api/key-dates?academie=LILLE')).json().items.map((k: { id: string }) => k.id)).not.toContain(id);

    const before = (await feed('?academie=AMIENS&audience=second_degree')).find((e) => e.uid === keyDateUid(id))!;
    expect(before.summary).toBe(intraMobility.title);
    expect(before.start.toISOString().slice(0, 10)).toBe('2027-03-16');
    expect(before.datetype).toBe('date');

    const moved = await t.call(editor, 'PATCH', `/api/key-dates/${id}`, { endsOn: '2027-04-02' });
    expect(moved.statusCode, moved.body).toBe(200);
    const after = (await feed('?academie=AMIENS&audience=second_degree')).find((e) => e.uid === keyDateUid(id))!;
    expect(Number(after.sequence)).toBeGreaterThan(Number(before.sequence));
    // DTEND is exclusive: the last day is 2 April.
    expect(after.end!.toISOString().slice(0, 10)).toBe('2027-04-03');
  });

  it('keeps a cancelled key date in the feed as CANCELLED, with the same UID, and refuses to change it again', async () => {
    const { id } = (await t.call(editor, 'POST', '/api/key-dates', { ...intraMobility, title: 'Réunion d’information mobilité', kind: 'other' })).json() as { id: string };
    const cancelled = await t.call(editor, 'POST', `/api/key-dates/${id}/cancel`);
    expect(cancelled.json()).toMatchObject({ status: 'cancelled', sequence: 1 });
    const event = (await feed('?academie=AMIENS')).find((e) => e.uid === keyDateUid(id))!;
    expect(event.status).toBe('CANCELLED');
    expect(Number(event.sequence)).toBe(1);
    expect((await t.call(editor, 'PATCH', `/api/key-dates/${id}`, { title: 'Autre' })).statusCode).toBe(422);
  });

  it('refuses an end before the start with a French 400, and a national key date to an académie editor', async () => {
    const backwards = await t.call(editor, 'POST', '/api/key-dates', { ...intraMobility, endsOn: '2027-03-01' });
    expect(backwards.statusCode).toBe(400);
    expect(backwards.json().errors).toEqual([{ field: 'endsOn', message: 'La date de fin ne peut pas précéder la date de début.' }]);
    expect((await t.call(editor, 'POST', '/api/key-dates', { ...intraMobility, academie: null })).statusCode).toBe(403);
    expect((await t.call(editor, 'POST', '/api/key-dates', { ...intraMobility, academie: 'LILLE' })).statusCode).toBe(403);
    expect((await t.call(agent, 'POST', '/api/key-dates', intraMobility)).statusCode).toBe(403);
    expect((await t.call(null, 'GET', '/api/key-dates?audience=nobody')).statusCode).toBe(400);
  });
});
