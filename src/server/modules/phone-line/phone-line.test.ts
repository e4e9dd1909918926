import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, DEMO, type Caller, type TestApp } from '../../../../tests/support/test-app.ts';
import { parisDate } from '../../clock.ts';
import { isWorkingDay } from '../../calendar/working-days.ts';
import type { Rota } from '../../../shared/contracts/phone-line.ts';

let t: TestApp;
let coordinator: Caller;
let adviser: Caller;
let otherAdviser: Caller;
let agent: Caller;

const SOMME = { level: 'departement', code: '80' } as const;

beforeAll(async () => {
  t = await createTestApp();
  coordinator = await t.signInAs(DEMO.coordinator);
  adviser = await t.signInAs(DEMO.adviserSomme);
  otherAdviser = await t.signInAs(DEMO.adviserOise);
  agent = await t.signInAs(DEMO.agentSomme);
});
afterAll(async () => t?.close());

describe('the phone line', () => {
  it('lets the coordinator put advisers of the territory on a half-day, and refuses an adviser of elsewhere', async () => {
    const week = (await t.call(coordinator, 'GET', '/api/phone-line/rota?level=departement&code=80&week=2099-01-07')).json() as Rota;
    expect(week.week).toBe('2099-01-05');
    expect(week.days.map((d) => d.date)).toEqual(['2099-01-05', '2099-01-06', '2099-01-07', '2099-01-08', '2099-01-09']);
    expect(week.advisers.map((a) => a.id)).toContain(adviser.personId);
    expect(week.advisers.map((a) => a.id)).not.toContain(otherAdviser.personId);
    const set = await t.call(coordinator, 'PUT', '/api/phone-line/rota', { territory: SOMME, day: '2099-01-06', halfDay: 'afternoon', adviserIds: [adviser.personId] });
    expect(set.statusCode, set.body).toBe(200);
    expect((set.json() as Rota).days[1]!.afternoon).toEqual([{ id: adviser.personId, displayName: 'Claire Vasseur' }]);
    const refused = await t.call(coordinator, 'PUT', '/api/phone-line/rota', { territory: SOMME, day: '2099-01-06', halfDay: 'morning', adviserIds: [otherAdviser.personId] });
    expect(refused.statusCode).toBe(400);
    expect(refused.json().errors).toEqual([{ field: 'adviserIds', message: 'Choisissez des conseillers de ce territoire.' }]);
    // Another académie's line: unknown to this coordinator.
    expect((await t.call(coordinator, 'GET', '/api/phone-line/rota?level=academie&code=LILLE')).statusCode).toBe(404);
    // Clearing the half-day.
    const cleared = await t.call(coordinator, 'PUT', '/api/phone-line/rota', { territory: SOMME, day: '2099-01-06', halfDay: 'afternoon', adviserIds: [] });
    expect((cleared.json() as Rota).days[1]!.afternoon).toEqual([]);
  });

  it('shows the public the number and today’s hours, never who is on duty', async () => {
    const saved = await t.call(coordinator, 'PUT', '/api/phone-line/settings', { territory: SOMME,
      settings: { phoneNumber: '03 22 71 25 00', morning: { opens: '09:00', closes: '12:00' }, afternoon: { opens: '14:00', closes: '16:30' } } });
    expect(saved.statusCode, saved.body).toBe(200);
    const today = parisDate(new Date());
    await t.call(coordinator, 'PUT', '/api/phone-line/rota', { territory: SOMME, day: today, halfDay: 'morning', adviserIds: [adviser.personId] });
    const shown = await t.call(null, 'GET', '/api/phone-line?departement=80');
    expect(shown.statusCode).toBe(200);
    expect(shown.json()).toMatchObject({ territory: SOMME, phoneNumber: '03 22 71 25 00', today });
    if (isWorkingDay(new Date(), { departementCode: '80' })) expect(shown.json().morning).toEqual({ opens: '09:00', closes: '12:00' });
    else expect(shown.json().morning).toBeNull();
    expect(shown.body).not.toContain('Vasseur');
    // A département without a line of its own shows its académie's (if any); an académie without one, no number.
    await t.db.deleteFrom('phone_line_settings').where('territory_code', 'in', ['02', 'AMIENS']).execute();
    await t.call(coordinator, 'PUT', '/api/phone-line/settings', { territory: { level: 'academie', code: 'AMIENS' },
      settings: { phoneNumber: '03 22 82 38 00', morning: { opens: '09:00', closes: '12:00' }, afternoon: null } });
    expect((await t.call(null, 'GET', '/api/phone-line?departement=02')).json()).toMatchObject({ territory: { level: 'academie', code: 'AMIENS' }, phoneNumber: '03 22 82 38 00' });
    expect((await t.call(null, 'GET', '/api/phone-line?academie=LILLE')).json().phoneNumber).toBeNull();
    const wrong = await t.call(coordinator, 'PUT', '/api/phone-line/settings', { territory: SOMME,
      settings: { phoneNumber: '03 22 71 25 00', morning: { opens: '12:00', closes: '09:00' }, afternoon: null } });
    expect(wrong.statusCode).toBe(400);
    expect((await t.call(null, 'GET', '/api/phone-line')).statusCode).toBe(400);
  });

  it('tells the adviser their shifts, and logs a call as a phone request of the agent in one step', async () => {
    const today = parisDate(new Date());
    await t.call(coordinator, 'PUT', '/api/phone-line/rota', { territory: SOMME, day: today, halfDay: 'morning', adviserIds: [adviser.personId] });
    await t.call(coordinator, 'PUT', '/api/phone-line/rota', { territory: SOMME, day: today, halfDay: 'afternoon', adviserIds: [adviser.personId] });
    const shifts = (await t.call(adviser, 'GET', '/api/phone-line/my-shifts')).json();
    expect(shifts.onDuty).toBe(true);
    expect(shifts.items[0]).toMatchObject({ day: today, territoryLabel: 'Somme (80)' });
    const logged = await t.call(adviser, 'POST', '/api/phone-line/calls',
      { agentId: agent.personId, topic: 'application_support', subject: 'Dossier de mutation', summary: 'Question sur les pièces du dossier.' });
    expect(logged.statusCode, logged.body).toBe(201);
    const request = (await t.call(agent, 'GET', `/api/requests/${logged.json().requestId}`)).json();
    expect(request).toMatchObject({ channel: 'phone', reference: logged.json().reference, topic: 'application_support' });
    // An agent of another département is unknown to the Oise adviser… and to the Somme one for an Oise agent.
    expect((await t.call(otherAdviser, 'POST', '/api/phone-line/calls',
      { agentId: agent.personId, topic: 'career_project', subject: 'Appel', summary: 'Question.' })).statusCode).toBe(404);
    const empty = await t.call(adviser, 'POST', '/api/phone-line/calls', { agentId: agent.personId, topic: 'career_project', subject: '', summary: 'x' });
    expect(empty.statusCode).toBe(400);
  });
});
