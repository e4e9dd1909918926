import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import ical from 'node-ical';
import { createTestApp, DEMO, type Caller, type TestApp } from '../../../../tests/support/test-app.ts';
import { buildAgent, buildRequest, buildStaff } from '../../../../tests/support/factories.ts';
import { queuedMailSender } from '../../mail/jobs.ts';
import { parisDate } from '../../clock.ts';
import { isWorkingDay } from '../../calendar/working-days.ts';
import { isInterfacePath } from '../../../shared/interface-routes.ts';
import { renderMail, type MailRequest } from '../../mail/templates.ts';
import { anonymiseExpiredAppointments, appointmentInvitation, appointmentMails, offerFreedSlots } from './index.ts';
import type { Appointment, Slot } from '../../../shared/contracts/appointments.ts';

let t: TestApp;
let adviser: Caller;
let adviserPerson: { id: string; displayName: string };
let otherAdviser: Caller;
let agent: Caller;
let otherAgent: Caller;

const DAY = 86_400_000;
const HOUR = 3_600_000;
/** A working day at least `offset` days ahead (Paris calendar); these tests use offsets from 40 on, 3 apart. */
const day = (offset: number) => {
  let at = Date.now() + offset * DAY;
  while (!isWorkingDay(new Date(at))) at += DAY;
  return parisDate(new Date(at));
};

/** One day of office hours of the Somme adviser in a collège, 14:00–16:00 Paris time, 30-minute slots. */
async function openHours(caller: Caller, dates: string[], overrides: Record<string, unknown> = {}) {
  const response = await t.call(caller, 'POST', '/api/office-hours', {
    place: { kind: 'establishment', label: 'Collège Millevoye, Abbeville', address: '1 rue du Collège, 80100 Abbeville', uai: '0801004D' },
    recurrence: { frequency: 'dates', dates }, startsOn: parisDate(new Date()), startTime: '14:00', durationMinutes: 120, slotMinutes: 30,
    reasons: ['career_project', 'end_of_career', 'training_project'], minDelayHours: 24, maxDelayDays: 90, ...overrides,
  });
  expect(response.statusCode, response.body).toBe(201);
  return response.json() as { id: string };
}
async function slotsOf(caller: Caller, officeHourId: string): Promise<Slot[]> {
  const response = await t.call(caller, 'GET', `/api/slots?departement=80&officeHourId=${officeHourId}&to=${parisDate(new Date(Date.now() + 85 * DAY))}`);
  expect(response.statusCode, response.body).toBe(200);
  return response.json().items;
}
async function book(caller: Caller, slot: Slot, reason = 'career_project', requestId?: string): Promise<string> {
  const response = await t.call(caller, 'POST', '/api/appointments', { slotId: slot.id, reason, ...(requestId ? { requestId } : {}) });
  expect(response.statusCode, response.body).toBe(201);
  return response.json().id as string;
}
/** An appointment written straight in the database (a time the booking rules would refuse: past, or within the hour). */
async function insertAppointment(officeHourId: string, startsAt: Date, agentId: string, extra: Record<string, unknown> = {}) {
  return (await t.db.insertInto('appointments').values({
    office_hour_id: officeHourId, adviser_id: adviser.personId, agent_id: agentId, academie_code: 'AMIENS', departement_code: '80',
    reason: 'career_project', starts_at: startsAt, ends_at: new Date(startsAt.getTime() + 30 * 60_000), mode: 'in_person',
    place_kind: 'establishment', place_label: 'Collège Millevoye, Abbeville', place_address: null, visio_url: null, ...extra,
  }).returning('id').executeTakeFirstOrThrow()).id;
}
const eventsOf = (text: string) => Object.values(ical.sync.parseICS(text)).filter((c) => c?.type === 'VEVENT') as ical.VEvent[];

beforeAll(async () => {
  t = await createTestApp();
  // A Somme adviser of their own: the demo adviser's agenda is full of the demo's appointments, whose times these tests would meet.
  adviserPerson = await buildStaff(t.db, { role: 'adviser', territory: { level: 'departement', code: '80' } });
  adviser = await t.signInAsPerson(adviserPerson.id);
  otherAdviser = await t.signInAs(DEMO.adviserOise);
  agent = await t.signInAs(DEMO.agentSomme);
  otherAgent = await t.signInAs(DEMO.agentOise);
});
afterAll(async () => {
  await t?.close();
});

describe('the outcome of an appointment', () => {
  it('lets its adviser mark a begun appointment held, no-show or excused, audited, and refuses a future no-show or a cancelled one with a 422', async () => {
    const hours = await openHours(adviser, [day(40)]);
    const past = await insertAppointment(hours.id, new Date(Date.now() - 2 * HOUR), agent.personId);
    const noShow = await t.call(adviser, 'POST', `/api/appointments/${past}/status`, { status: 'no_show' });
    expect(noShow.statusCode, noShow.body).toBe(200);
    expect(noShow.json()).toMatchObject({ status: 'no_show', abilities: { setStatus: true, cancel: false, move: false } });
    // A mistake is corrected by marking it again.
    expect((await t.call(adviser, 'POST', `/api/appointments/${past}/status`, { status: 'excused' })).json().status).toBe('excused');
    const audit = await t.db.selectFrom('audit_log').select(['action', 'details']).where('target_id', '=', past).execute();
    expect(audit.map((a) => a.action)).toEqual(['appointment.set_status', 'appointment.set_status']);

    const [slot] = await slotsOf(agent, hours.id);
    const future = await book(agent, slot!);
    const early = await t.call(adviser, 'POST', `/api/appointments/${future}/status`, { status: 'no_show' });
    expect(early.statusCode).toBe(422);
    expect(early.json().detail).toBe('Ce rendez-vous n’a pas encore commencé : sa suite se note à partir de son heure de début.');
    const cancelled = await insertAppointment(hours.id, new Date(Date.now() - 5 * HOUR), agent.personId, { status: 'cancelled', cancelled_at: new Date() });
    expect((await t.call(adviser, 'POST', `/api/appointments/${cancelled}/status`, { status: 'held' })).json().detail)
      .toBe('Ce rendez-vous a été annulé : sa suite ne peut pas être notée.');
    // Not theirs: the agent may not (403), another adviser does not see it (404), a bad status is a French 400.
    expect((await t.call(agent, 'POST', `/api/appointments/${past}/status`, { status: 'held' })).statusCode).toBe(403);
    expect((await t.call(otherAdviser, 'POST', `/api/appointments/${past}/status`, { status: 'held' })).statusCode).toBe(404);
    const bad = await t.call(adviser, 'POST', `/api/appointments/${past}/status`, { status: 'cancelled' });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().errors[0].field).toBe('status');
  });

  it('shows the adviser their day and week, cancelled ones included, and nobody else’s', async () => {
    const when = day(43);
    const hours = await openHours(adviser, [when]);
    const [first, second] = await slotsOf(agent, hours.id);
    const kept = await book(agent, first!);
    const dropped = await book(otherAgent, second!);
    await t.call(otherAgent, 'POST', `/api/appointments/${dropped}/cancel`, {});
    const agenda = await t.call(adviser, 'GET', `/api/agenda?from=${when}&to=${when}`);
    expect(agenda.statusCode, agenda.body).toBe(200);
    const items = agenda.json().items as Appointment[];
    expect(items.find((a) => a.id === kept)).toMatchObject({ status: 'booked', agent: { displayName: 'Camille Dupuis' }, abilities: { move: true, setStatus: false } });
    expect(items.find((a) => a.id === dropped)).toMatchObject({ status: 'cancelled', cancelledBy: 'agent' });
    expect(items.map((a) => a.startsAt)).toEqual([...items.map((a) => a.startsAt)].sort());
    const theirs = (await t.call(otherAdviser, 'GET', `/api/agenda?from=${when}&to=${when}`)).json().items as Appointment[];
    expect(theirs.map((a) => a.id)).not.toContain(kept);
    expect((await t.call(agent, 'GET', `/api/agenda?from=${when}&to=${when}`)).statusCode).toBe(403);
    const tooLong = await t.call(adviser, 'GET', `/api/agenda?from=${when}&to=${day(90)}`);
    expect(tooLong.statusCode).toBe(400);
    expect(tooLong.json().errors).toEqual([{ field: 'to', message: 'Affichez 31 jours au plus.' }]);
    const impossibleDay = await t.call(adviser, 'GET', '/api/agenda?from=2026-02-30&to=2026-03-01');
    expect(impossibleDay.statusCode).toBe(400);
    expect(impossibleDay.json().errors[0].field).toBe('from');
  });
});

describe('moving an appointment', () => {
  it('moves it for the agent in one step: the old slot is free again, the new one taken, the same UID with a raised SEQUENCE', async () => {
    const hours = await openHours(adviser, [day(46)]);
    const request = await buildRequest(t.db, { agent: { id: agent.personId }, topic: 'career_project', sensitive: false });
    const [first, , third] = await slotsOf(agent, hours.id);
    const id = await book(agent, first!, 'career_project', request.id);
    const moved = await t.call(agent, 'POST', `/api/appointments/${id}/move`, { slotId: third!.id });
    expect(moved.statusCode, moved.body).toBe(200);
    expect(moved.json()).toMatchObject({ id, startsAt: third!.startsAt, status: 'booked' });
    const free = (await slotsOf(otherAgent, hours.id)).map((s) => s.id);
    expect(free).toContain(first!.id);
    expect(free).not.toContain(third!.id);

    const mail = (await t.queuedMails()).filter((m) => m.template === 'appointment.moved').at(-1)!;
    expect(mail).toMatchObject({ to: DEMO.agentSomme, data: { appointmentId: id, startsAt: third!.startsAt, previousStartsAt: first!.startsAt, movedBy: 'agent' } });
    expect(JSON.stringify(mail)).not.toContain(request.subject);
    const invitation = await appointmentInvitation(t.db, 'appointment.moved', id);
    expect(invitation!.content).toMatch(/METHOD:REQUEST/);
    const [event] = eventsOf(invitation!.content);
    expect(event!.uid).toBe(`rendez-vous-${id}@proxirh`);
    expect(Number(event!.sequence)).toBe(1);
    expect(event!.start.toISOString()).toBe(third!.startsAt);
    expect(JSON.stringify((await t.call(agent, 'GET', `/api/requests/${request.id}`)).json().timeline)).toMatch(/Rendez-vous déplacé au .* par l’agent/);
  });

  it('answers 409 when the new slot is taken, and gives a slot to exactly one of two moves at once', async () => {
    const hours = await openHours(adviser, [day(49)]);
    const [a, b, c] = await slotsOf(agent, hours.id);
    const mine = await book(agent, a!);
    await book(otherAgent, b!);
    const taken = await t.call(agent, 'POST', `/api/appointments/${mine}/move`, { slotId: b!.id });
    expect(taken.statusCode).toBe(409);
    expect(taken.json().detail).toBe('Ce créneau vient d’être réservé par quelqu’un d’autre : choisissez-en un autre.');
    // Two agents move to the same free slot at the same moment: one wins, the other gets a 409 and keeps their time.
    const third = await t.signInAsPerson((await buildAgent(t.db, { departement: '80' })).id);
    const hours2 = await openHours(adviser, [day(52)]);
    const [x, y] = await slotsOf(third, hours2.id);
    const theirs = await book(third, x!);
    const answers = await Promise.all([
      t.call(agent, 'POST', `/api/appointments/${mine}/move`, { slotId: c!.id }),
      t.call(third, 'POST', `/api/appointments/${theirs}/move`, { slotId: c!.id }),
    ]);
    expect(answers.map((r) => r.statusCode).sort()).toEqual([200, 409]);
    const live = await t.db.selectFrom('appointments').select('id').where('adviser_id', '=', adviser.personId).where('status', '<>', 'cancelled')
      .where('starts_at', '=', new Date(c!.startsAt)).execute();
    expect(live).toHaveLength(1);
    expect(y).toBeDefined();
  });

  it('lets the adviser move at any time with a message, to their own office hours only; the agent not within the académie’s delay', async () => {
    const hours = await openHours(adviser, [day(55)]);
    const [slot] = await slotsOf(agent, hours.id);
    const soon = await insertAppointment(hours.id, new Date(Date.now() + 3 * HOUR), agent.personId);
    const late = await t.call(agent, 'POST', `/api/appointments/${soon}/move`, { slotId: slot!.id });
    expect(late.statusCode).toBe(422);
    expect(late.json().detail).toBe('Ce rendez-vous ne peut plus être déplacé en ligne moins de 24 heures avant : contactez votre conseiller.');
    const silent = await t.call(adviser, 'POST', `/api/appointments/${soon}/move`, { slotId: slot!.id });
    expect(silent.json().errors).toEqual([{ field: 'message', message: 'Expliquez à l’agent pourquoi le rendez-vous est déplacé.' }]);
    const eric = await t.signInAs(DEMO.otherAdviserSomme);
    const hisHours = await openHours(eric, [day(55)], { startTime: '09:00' });
    const [hisSlot] = await slotsOf(agent, hisHours.id);
    expect((await t.call(adviser, 'POST', `/api/appointments/${soon}/move`, { slotId: hisSlot!.id, message: 'Un collègue vous recevra.' })).statusCode).toBe(422);
    const moved = await t.call(adviser, 'POST', `/api/appointments/${soon}/move`, { slotId: slot!.id, message: 'Je serai en réunion : voici un autre horaire.' });
    expect(moved.statusCode, moved.body).toBe(200);
    expect(moved.json()).toMatchObject({ startsAt: slot!.startsAt, moveMessage: 'Je serai en réunion : voici un autre horaire.' });
    const mail = (await t.queuedMails()).filter((m) => m.template === 'appointment.moved').at(-1)!;
    expect(mail.data).toMatchObject({ movedBy: 'adviser' });
    expect(JSON.stringify(mail)).not.toContain('réunion');
    expect((await t.call(otherAgent, 'POST', `/api/appointments/${soon}/move`, { slotId: slot!.id })).statusCode).toBe(404);
  });
});

describe('earlier-slot offers', () => {
  it('offers a freed slot to the first three waiting agents only; the first to book it has it', async () => {
    // Only a reason no demo agent waits for: these four are the only agents waiting for its slots.
    const hours = await openHours(adviser, [day(58)], { reasons: ['training_project'] });
    const waiting = await Promise.all(Array.from({ length: 4 }, async () => t.signInAsPerson((await buildAgent(t.db, { departement: '80' })).id)));
    for (const w of waiting) {
      const wish = await t.call(w, 'POST', '/api/earlier-slot-wishes', { reason: 'training_project', departement: '80' });
      expect(wish.statusCode, wish.body).toBe(201);
    }
    const again = await t.call(waiting[0]!, 'POST', '/api/earlier-slot-wishes', { reason: 'training_project', departement: '80' });
    expect(again.statusCode).toBe(409);
    const [slot] = await slotsOf(agent, hours.id);
    const request = await buildRequest(t.db, { agent: { id: agent.personId }, topic: 'career_project', sensitive: false });
    const id = await book(agent, slot!, 'training_project', request.id);
    await t.call(agent, 'POST', `/api/appointments/${id}/cancel`, {});

    const mails = appointmentMails({ config: t.config, mail: queuedMailSender(t.jobs) });
    // Two instances run the job at once (other tests' freed slots are offered too): this slot goes to three agents, once.
    await Promise.all([offerFreedSlots(t.db, mails), offerFreedSlots(t.db, mails)]);
    expect(await offerFreedSlots(t.db, mails)).toBe(0);
    const offers = (await t.queuedMails()).filter((m) => m.template === 'earlier_slot.offered' && m.data.startsAt === slot!.startsAt);
    expect(offers).toHaveLength(3);
    const emails = await t.db.selectFrom('persons').select('email').where('id', 'in', waiting.map((w) => w.personId)).orderBy('email').execute();
    expect(offers.map((m) => m.to).sort()).toEqual(
      (await Promise.all(waiting.slice(0, 3).map(async (w) => (await t.db.selectFrom('persons').select('email').where('id', '=', w.personId).executeTakeFirstOrThrow()).email))).sort());
    expect(emails).toHaveLength(4);
    expect(JSON.stringify(offers)).not.toContain(request.subject);
    const rendered = renderMail({ template: offers[0]!.template, data: offers[0]!.data } as MailRequest, { publicUrl: t.config.publicUrl });
    for (const [, href] of rendered.html.matchAll(/href="([^"]+)"/g)) expect(isInterfacePath(new URL(href!).pathname), href).toBe(true);

    type Offered = { slotId: string; startsAt: string; free: boolean };
    const offerOf = async (caller: Caller) => ((await t.call(caller, 'GET', '/api/earlier-slot-wishes')).json().items[0].offers as Offered[])
      .find((o) => o.startsAt === slot!.startsAt);
    const offer = (await offerOf(waiting[0]!))!;
    expect(offer).toMatchObject({ startsAt: slot!.startsAt, free: true });
    expect(await offerOf(waiting[3]!)).toBeUndefined();
    const race = await Promise.all([0, 1, 2].map((i) => t.call(waiting[i]!, 'POST', '/api/appointments', { slotId: offer.slotId, reason: 'training_project' })));
    expect(race.map((r) => r.statusCode).sort()).toEqual([201, 409, 409]);
    const loser = waiting[race.findIndex((r) => r.statusCode === 409)]!;
    expect((await offerOf(loser))!.free).toBe(false);
    // The winner's wish is fulfilled: no more offers for it; the others still wait.
    const winner = waiting[race.findIndex((r) => r.statusCode === 201)]!;
    expect((await t.call(winner, 'GET', '/api/earlier-slot-wishes')).json().items).toEqual([]);
    expect((await t.call(loser, 'GET', '/api/earlier-slot-wishes')).json().items).toHaveLength(1);
  });

  it('lets the agent withdraw a wish; another agent’s wish is unknown to them', async () => {
    const created = await t.call(agent, 'POST', '/api/earlier-slot-wishes', { reason: 'mobility_file', departement: '80', mode: 'visio' });
    expect(created.statusCode, created.body).toBe(201);
    const { id } = created.json();
    expect((await t.call(otherAgent, 'DELETE', `/api/earlier-slot-wishes/${id}`)).statusCode).toBe(404);
    expect((await t.call(agent, 'DELETE', `/api/earlier-slot-wishes/${id}`)).statusCode).toBe(204);
    expect(((await t.call(agent, 'GET', '/api/earlier-slot-wishes')).json().items as Array<{ id: string }>).map((w) => w.id)).not.toContain(id);
    // « Toutes les modalités »: no mode.
    const anyMode = await t.call(agent, 'POST', '/api/earlier-slot-wishes', { reason: 'mobility_file', departement: '80' });
    expect(anyMode.statusCode, anyMode.body).toBe(201);
    expect(anyMode.json().mode).toBeNull();
    const unknown = await t.call(agent, 'POST', '/api/earlier-slot-wishes', { reason: 'mobility_file', departement: '99' });
    expect(unknown.json().errors).toEqual([{ field: 'departement', message: 'Ce département est inconnu.' }]);
  });
});

describe('private calendar feeds', () => {
  it('gives the adviser a secret feed of their appointments that calendars parse, naming the agent; regenerating and revoking close the old address', async () => {
    const hours = await openHours(adviser, [day(61)], { place: { kind: 'visio', label: 'Visioconférence', url: 'https://webconf.numerique.gouv.fr/rh-80-feed' } });
    const request = await buildRequest(t.db, { agent: { id: agent.personId }, topic: 'career_project', sensitive: false });
    const [slot] = await slotsOf(agent, hours.id);
    const id = await book(agent, slot!, 'career_project', request.id);

    expect((await t.call(adviser, 'GET', '/api/calendar-feed')).json()).toMatchObject({ active: false });
    const created = await t.call(adviser, 'POST', '/api/calendar-feed');
    expect(created.statusCode, created.body).toBe(201);
    const url = new URL(created.json().url as string);
    expect(url.pathname).toMatch(/^\/api\/calendar\/[A-Za-z0-9_-]{43}\.ics$/);
    const stored = await t.db.selectFrom('calendar_feeds').select('token_hash').where('person_id', '=', adviser.personId).executeTakeFirstOrThrow();
    expect(url.pathname).not.toContain(stored.token_hash);
    expect(await t.call(adviser, 'GET', '/api/calendar-feed')).toMatchObject({ statusCode: 200 });
    expect((await t.call(adviser, 'GET', '/api/calendar-feed')).json().url).toBeUndefined();

    const feed = await t.call(null, 'GET', url.pathname);
    expect(feed.statusCode, feed.body).toBe(200);
    expect(feed.headers['content-type']).toMatch(/^text\/calendar/);
    expect(feed.headers['cache-control']).toBe('private, no-store');
    const event = eventsOf(feed.body).find((e) => e.uid === `rendez-vous-${id}@proxirh`)!;
    expect(event.start.toISOString()).toBe(slot!.startsAt);
    expect(String(event.summary)).toBe('Rendez-vous avec Camille Dupuis');
    expect(String(event.location)).toBe('https://webconf.numerique.gouv.fr/rh-80-feed');
    expect(feed.body).not.toContain(request.subject);
    expect(feed.body).not.toContain('career_project');

    const regenerated = await t.call(adviser, 'POST', '/api/calendar-feed');
    expect((await t.call(null, 'GET', url.pathname)).statusCode).toBe(404);
    const fresh = new URL(regenerated.json().url as string).pathname;
    expect((await t.call(null, 'GET', fresh)).statusCode).toBe(200);
    expect((await t.call(adviser, 'DELETE', '/api/calendar-feed')).json()).toMatchObject({ active: false });
    expect((await t.call(null, 'GET', fresh)).statusCode).toBe(404);
    expect((await t.call(null, 'GET', '/api/calendar/pas-un-jeton.ics')).statusCode).toBe(404);
  });

  it('gives the agent a feed of their own appointments, without the agent’s name and without cancelled ones', async () => {
    const hours = await openHours(adviser, [day(64)]);
    const [first, second] = await slotsOf(agent, hours.id);
    const kept = await book(agent, first!);
    const dropped = await book(agent, second!);
    await t.call(agent, 'POST', `/api/appointments/${dropped}/cancel`, {});
    const url = new URL((await t.call(agent, 'POST', '/api/calendar-feed')).json().url as string);
    const feed = await t.call(null, 'GET', url.pathname);
    const uids = eventsOf(feed.body).map((e) => e.uid);
    expect(uids).toContain(`rendez-vous-${kept}@proxirh`);
    expect(uids).not.toContain(`rendez-vous-${dropped}@proxirh`);
    expect(feed.body).not.toContain('Camille');
    expect(feed.body).toContain(adviserPerson.displayName);
    expect((await t.call(otherAdviser, 'POST', '/api/calendar-feed')).statusCode).toBe(201);
  });
});

describe('anonymisation', () => {
  it('follows the request’s retention: the agent link and the messages go, the counts stay', async () => {
    const hours = await openHours(adviser, [day(67)]);
    const person = await buildAgent(t.db, { departement: '80' });
    const old = new Date(Date.now() - 6 * 365 * DAY);
    const withoutRequest = await insertAppointment(hours.id, old, person.id, { status: 'cancelled', cancelled_at: old, cancelled_by: person.id, cancel_message: 'Je suis malade.' });
    const request = await buildRequest(t.db, { agent: { id: person.id }, topic: 'career_project' });
    const recent = new Date(Date.now() - 30 * DAY);
    const withRequest = await insertAppointment(hours.id, recent, person.id, { request_id: request.id, status: 'held', move_message: 'Déplacé pour raison de santé.' });
    const fresh = await insertAppointment(hours.id, new Date(Date.now() - 40 * DAY), person.id, { status: 'no_show' });

    await anonymiseExpiredAppointments(t.db);
    const row = (id: string) => t.db.selectFrom('appointments').select(['agent_id', 'cancel_message', 'move_message', 'status', 'anonymised_at', 'reason'])
      .where('id', '=', id).executeTakeFirstOrThrow();
    expect(await row(withoutRequest)).toMatchObject({ agent_id: null, cancel_message: null, status: 'cancelled', reason: 'career_project' });
    expect((await row(withRequest)).agent_id).toBe(person.id);
    // Its request reaches the end of its retention period.
    await t.db.updateTable('requests').set({ anonymised_at: new Date() }).where('id', '=', request.id).execute();
    await anonymiseExpiredAppointments(t.db);
    expect(await row(withRequest)).toMatchObject({ agent_id: null, move_message: null, status: 'held' });
    expect((await row(fresh)).agent_id).toBe(person.id);
    const counted = await t.db.selectFrom('appointments').select((eb) => eb.fn.countAll<number>().as('n')).where('office_hour_id', '=', hours.id).executeTakeFirstOrThrow();
    expect(Number(counted.n)).toBe(3);
    // The agent's lists no longer hold them.
    expect((await t.call(adviser, 'GET', `/api/agenda?from=${parisDate(recent)}&to=${parisDate(recent)}`)).json().items.map((a: Appointment) => a.id)).not.toContain(withRequest);
  });
});
