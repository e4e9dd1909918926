import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import ical from 'node-ical';
import { createTestApp, DEMO, type Caller, type TestApp } from '../../../../tests/support/test-app.ts';
import { startTestSmtpServer, type TestSmtpServer } from '../../../../tests/support/smtp-server.ts';
import { buildAgent, buildRequest } from '../../../../tests/support/factories.ts';
import { queuedMailSender } from '../../mail/jobs.ts';
import { createMailer, deliverMail } from '../../mail/mailer.ts';
import { parisDate } from '../../clock.ts';
import { isWorkingDay } from '../../calendar/working-days.ts';
import { appointmentMails, sendAppointmentReminders } from './index.ts';
import type { Slot } from '../../../shared/contracts/appointments.ts';
import { isInterfacePath } from '../../../shared/interface-routes.ts';
import { MAIL_TEMPLATE_NAMES, renderMail, type MailRequest } from '../../mail/templates.ts';

let t: TestApp;
let smtp: TestSmtpServer;
let adviser: Caller;
let otherAdviser: Caller;
let coordinator: Caller;
let agent: Caller;
let otherAgent: Caller;

const DAY = 86_400_000;
/** A working day (no weekend, no holiday) at least `offset` days ahead, Paris calendar. Tests space theirs by 3 days, so no two meet. */
const day = (offset: number) => {
  let at = Date.now() + offset * DAY;
  while (!isWorkingDay(new Date(at))) at += DAY;
  return parisDate(new Date(at));
};

/** Weekly office hours of the Somme adviser in a collège, every weekday from today, 9:00–11:00 Paris time, 30-minute slots. */
const collegeHours = (overrides: Record<string, unknown> = {}) => ({
  place: { kind: 'establishment', label: 'Collège Millevoye, Abbeville', address: '1 rue du Collège, 80100 Abbeville', uai: '0801004D' },
  recurrence: { frequency: 'weekly', weekdays: [1, 2, 3, 4, 5] },
  startsOn: day(0), startTime: '09:00', durationMinutes: 120, slotMinutes: 30,
  reasons: ['career_project', 'end_of_career'], minDelayHours: 24, maxDelayDays: 45,
  ...overrides,
});

async function openHours(caller: Caller, overrides: Record<string, unknown> = {}) {
  const response = await t.call(caller, 'POST', '/api/office-hours', collegeHours(overrides));
  expect(response.statusCode, response.body).toBe(201);
  return response.json() as { id: string };
}
async function slotsOf(caller: Caller, officeHourId: string, query = ''): Promise<Slot[]> {
  // The default search covers 4 weeks: these tests look 6 weeks ahead.
  const response = await t.call(caller, 'GET', `/api/slots?departement=80&officeHourId=${officeHourId}&to=${parisDate(new Date(Date.now() + 42 * DAY))}${query}`);
  expect(response.statusCode, response.body).toBe(200);
  return response.json().items;
}

beforeAll(async () => {
  t = await createTestApp();
  smtp = await startTestSmtpServer();
  adviser = await t.signInAs(DEMO.adviserSomme);
  otherAdviser = await t.signInAs(DEMO.adviserOise);
  coordinator = await t.signInAs(DEMO.coordinator);
  agent = await t.signInAs(DEMO.agentSomme);
  otherAgent = await t.signInAs(DEMO.agentOise);
});
afterAll(async () => {
  await smtp?.close();
  await t?.close();
});

describe('office hours', () => {
  it('lets the adviser open their own, the coordinator open one for them, and hides them from an adviser of another département', async () => {
    const own = await openHours(adviser);
    const listed = await t.call(adviser, 'GET', '/api/office-hours');
    expect(listed.json().items.map((o: { id: string }) => o.id)).toContain(own.id);
    const byCoordinator = await t.call(coordinator, 'POST', '/api/office-hours', { ...collegeHours(), adviserId: adviser.personId,
      place: { kind: 'visio', label: 'Visioconférence', url: 'https://webconf.numerique.gouv.fr/rh-80' } });
    expect(byCoordinator.statusCode, byCoordinator.body).toBe(201);
    expect(byCoordinator.json()).toMatchObject({ mode: 'visio', departement: '80', adviser: { id: adviser.personId }, rrule: 'RRULE:FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR' });
    // Another département's adviser: unknown to them, and they may not give the Somme adviser office hours.
    expect((await t.call(otherAdviser, 'PATCH', `/api/office-hours/${own.id}`, { slotMinutes: 20 })).statusCode).toBe(404);
    expect((await t.call(otherAdviser, 'POST', '/api/office-hours', { ...collegeHours(), adviserId: adviser.personId })).statusCode).toBe(403);
    const changed = await t.call(adviser, 'PATCH', `/api/office-hours/${own.id}`, { slotMinutes: 20, recurrence: { frequency: 'biweekly', weekdays: [2] } });
    expect(changed.json()).toMatchObject({ slotMinutes: 20, recurrence: { frequency: 'biweekly', weekdays: [2] } });
    const closed = await t.call(adviser, 'POST', `/api/office-hours/${own.id}/close`);
    expect(closed.json().closedAt).not.toBeNull();
    expect(await slotsOf(agent, own.id)).toEqual([]);
  });

  it('refuses an impossible office hour in French, field by field, and writes nothing', async () => {
    const before = await t.db.selectFrom('office_hours').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
    const response = await t.call(adviser, 'POST', '/api/office-hours', collegeHours({
      place: { kind: 'visio', label: 'Visio' }, slotMinutes: 180, durationMinutes: 60 }));
    expect(response.statusCode).toBe(400);
    expect(response.json().errors).toEqual(expect.arrayContaining([
      { field: 'place.url', message: 'Indiquez le lien de la visioconférence.' },
      { field: 'slotMinutes', message: 'Un créneau ne peut pas durer plus longtemps que la permanence.' },
    ]));
    const unknownSchool = await t.call(adviser, 'POST', '/api/office-hours', collegeHours({ place: { kind: 'establishment', label: 'X', uai: '0809999Z' } }));
    expect(unknownSchool.json().errors).toEqual([{ field: 'place.uai', message: 'Aucun établissement ne porte ce numéro UAI.' }]);
    const after = await t.db.selectFrom('office_hours').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
    expect(after.n).toBe(before.n);
  });
});

describe('slots and booking', () => {
  it('offers the free slots nearest first, books one (exactly the published shape), and no longer offers it', async () => {
    const hours = await openHours(adviser);
    const slots = await slotsOf(agent, hours.id, '&reason=career_project&mode=in_person');
    expect(slots.length).toBeGreaterThan(10);
    expect(slots.map((s) => s.startsAt)).toEqual([...slots.map((s) => s.startsAt)].sort());
    expect(Date.parse(slots[0]!.startsAt)).toBeGreaterThanOrEqual(Date.now() + 24 * 3_600_000 - 60_000);
    expect(slots[0]).toMatchObject({ mode: 'in_person', place: { kind: 'establishment', uai: '0801004D' }, adviser: { displayName: 'Claire Vasseur' } });
    // A reason the office hour does not offer, or another mode: none of its slots.
    expect(await slotsOf(agent, hours.id, '&reason=protection')).toEqual([]);
    expect(await slotsOf(agent, hours.id, '&mode=visio')).toEqual([]);

    const booked = await t.call(agent, 'POST', '/api/appointments', { slotId: slots[0]!.id, reason: 'career_project' });
    expect(booked.statusCode, booked.body).toBe(201);
    expect(Object.keys(booked.json()).sort()).toEqual(['endsAt', 'id', 'mode', 'place', 'startsAt', 'status']);
    expect(booked.json()).toMatchObject({ startsAt: slots[0]!.startsAt, endsAt: slots[0]!.endsAt, mode: 'in_person', status: 'booked' });
    expect((await slotsOf(otherAgent, hours.id)).map((s) => s.id)).not.toContain(slots[0]!.id);
    const again = await t.call(otherAgent, 'POST', '/api/appointments', { slotId: slots[0]!.id, reason: 'career_project' });
    expect(again.statusCode).toBe(409);
    expect(again.json().detail).toBe('Ce créneau vient d’être réservé par quelqu’un d’autre : choisissez-en un autre.');

    const mail = (await t.queuedMails()).filter((m) => m.template === 'appointment.confirmed').at(-1)!;
    expect(mail).toMatchObject({ to: DEMO.agentSomme, data: { appointmentId: booked.json().id, placeLabel: 'Collège Millevoye, Abbeville', adviserName: 'Claire Vasseur' } });
    expect(Object.keys(mail.data).sort()).toEqual(['adviserName', 'appointmentId', 'link', 'mode', 'placeLabel', 'startsAt']);
  });

  it('answers a crafted or stale slot id with a French 400 or 409, never a 500', async () => {
    const hours = await openHours(adviser, { recurrence: { frequency: 'dates', dates: [day(13)] } });
    const [slot] = await slotsOf(agent, hours.id);
    const [ohId, minutes] = Buffer.from(slot!.id, 'base64url').toString().split('|') as [string, string];
    const cases: Array<[string, number]> = [
      ['nimportequoi', 400],
      [Buffer.from(`${ohId}|abc`).toString('base64url'), 400],
      [Buffer.from(`${ohId}|${Number(minutes) + 7}`).toString('base64url'), 409], // not on a slot boundary
      [Buffer.from(`${ohId}|${Number(minutes) + 60 * 24}`).toString('base64url'), 409], // a day without office hours
      [Buffer.from(`00000000-0000-4000-8000-000000000000|${minutes}`).toString('base64url'), 409],
      ['x'.repeat(250), 400],
    ];
    for (const [slotId, status] of cases) {
      const response = await t.call(agent, 'POST', '/api/appointments', { slotId, reason: 'career_project' });
      expect(response.statusCode, slotId).toBe(status);
      expect(response.json().detail).toMatch(/[a-zé]/);
    }
    const wrongReason = await t.call(agent, 'POST', '/api/appointments', { slotId: slot!.id, reason: 'protection' });
    expect(wrongReason.json().errors).toEqual([{ field: 'reason', message: 'Ce motif n’est pas proposé sur ce créneau : choisissez-en un autre.' }]);
    const notMine = await buildRequest(t.db, { agent: { id: otherAgent.personId } });
    expect((await t.call(agent, 'POST', '/api/appointments', { slotId: slot!.id, reason: 'career_project', requestId: notMine.id })).statusCode).toBe(404);
    expect(await t.db.selectFrom('appointments').select('id').where('office_hour_id', '=', hours.id).execute()).toEqual([]);
  });

  it('gives one slot to exactly one of 20 agents booking it at the same moment; the others get a French 409', async () => {
    const hours = await openHours(adviser, { recurrence: { frequency: 'dates', dates: [day(16)] } });
    const [slot] = await slotsOf(agent, hours.id);
    const agents = await Promise.all(Array.from({ length: 20 }, async () => t.signInAsPerson((await buildAgent(t.db, { departement: '80' })).id)));
    const answers = await Promise.all(agents.map((a) => t.call(a, 'POST', '/api/appointments', { slotId: slot!.id, reason: 'end_of_career' })));
    expect(answers.map((a) => a.statusCode).sort()).toEqual([201, ...Array(19).fill(409)]);
    for (const refused of answers.filter((a) => a.statusCode === 409)) expect(refused.json().title).toBe('Conflit');
    const rows = await t.db.selectFrom('appointments').select('id').where('office_hour_id', '=', hours.id).where('status', '=', 'booked').execute();
    expect(rows).toHaveLength(1);
  });

  it('refuses an agent a second appointment at the same time with another adviser', async () => {
    const when = day(19);
    const somme = await openHours(adviser, { recurrence: { frequency: 'dates', dates: [when] } });
    const eric = await t.signInAs(DEMO.otherAdviserSomme);
    const other = await openHours(eric, { recurrence: { frequency: 'dates', dates: [when] } });
    const [first] = await slotsOf(agent, somme.id);
    const [second] = await slotsOf(agent, other.id);
    expect((await t.call(agent, 'POST', '/api/appointments', { slotId: first!.id, reason: 'career_project' })).statusCode).toBe(201);
    const clash = await t.call(agent, 'POST', '/api/appointments', { slotId: second!.id, reason: 'career_project' });
    expect(clash.statusCode).toBe(409);
    expect(clash.json().detail).toBe('Vous avez déjà un rendez-vous à ce moment-là.');
  });
});

describe('an appointment booked from a request, then cancelled', () => {
  it('joins the request’s timeline, lists for the agent and the adviser, and frees its slot when the agent cancels', async () => {
    const hours = await openHours(adviser, { recurrence: { frequency: 'dates', dates: [day(22)] } });
    const request = await buildRequest(t.db, { agent: { id: agent.personId }, topic: 'career_project' });
    const [slot] = await slotsOf(agent, hours.id);
    const booked = await t.call(agent, 'POST', '/api/appointments', { slotId: slot!.id, reason: 'career_project', requestId: request.id });
    expect(booked.statusCode, booked.body).toBe(201);
    const id = booked.json().id as string;

    const timeline = (await t.call(agent, 'GET', `/api/requests/${request.id}`)).json().timeline as Array<{ label?: string }>;
    expect(JSON.stringify(timeline)).toMatch(/Rendez-vous pris le .* avec Claire Vasseur/);

    const mine = (await t.call(agent, 'GET', '/api/appointments')).json().items as Array<{ id: string; agent?: unknown; abilities: { cancel: boolean } }>;
    expect(mine.find((a) => a.id === id)).toMatchObject({ requestId: request.id, reason: 'career_project', abilities: { cancel: true } });
    expect(mine.find((a) => a.id === id)!.agent).toBeUndefined();
    const theirs = (await t.call(adviser, 'GET', '/api/appointments?limit=200')).json().items as Array<{ id: string }>;
    expect(theirs.find((a) => a.id === id)).toMatchObject({ agent: { id: agent.personId, displayName: 'Camille Dupuis' } });
    expect(((await t.call(otherAgent, 'GET', '/api/appointments')).json().items as Array<{ id: string }>).map((a) => a.id)).not.toContain(id);
    expect((await t.call(otherAgent, 'POST', `/api/appointments/${id}/cancel`, {})).statusCode).toBe(404);

    const cancelled = await t.call(agent, 'POST', `/api/appointments/${id}/cancel`, {});
    expect(cancelled.statusCode, cancelled.body).toBe(200);
    expect(cancelled.json()).toMatchObject({ status: 'cancelled', cancelledBy: 'agent', abilities: { cancel: false } });
    expect((await slotsOf(otherAgent, hours.id)).map((s) => s.id)).toContain(slot!.id);
    expect(JSON.stringify((await t.call(agent, 'GET', `/api/requests/${request.id}`)).json().timeline)).toMatch(/annulé par l’agent/);
    expect((await t.call(agent, 'POST', `/api/appointments/${id}/cancel`, {})).json().detail).toBe('Ce rendez-vous est déjà annulé.');
    // The freed slot is booked again by another agent.
    expect((await t.call(otherAgent, 'POST', '/api/appointments', { slotId: slot!.id, reason: 'career_project' })).statusCode).toBe(201);
  });

  it('lets the agent cancel only up to the académie’s delay, and the adviser at any time with a message', async () => {
    const hours = await openHours(adviser, { recurrence: { frequency: 'dates', dates: [day(25)] } });
    const soon = new Date(Date.now() + 3 * 3_600_000);
    const row = await t.db.insertInto('appointments').values({
      office_hour_id: hours.id, adviser_id: adviser.personId, agent_id: agent.personId, academie_code: 'AMIENS', departement_code: '80',
      reason: 'career_project', starts_at: soon, ends_at: new Date(soon.getTime() + 30 * 60_000), mode: 'in_person',
      place_kind: 'establishment', place_label: 'Collège Millevoye, Abbeville', place_address: null, visio_url: null,
    }).returning('id').executeTakeFirstOrThrow();
    const late = await t.call(agent, 'POST', `/api/appointments/${row.id}/cancel`, {});
    expect(late.statusCode).toBe(422);
    expect(late.json().detail).toBe('Ce rendez-vous ne peut plus être annulé en ligne moins de 24 heures avant : contactez votre conseiller.');
    const silent = await t.call(adviser, 'POST', `/api/appointments/${row.id}/cancel`, {});
    expect(silent.json().errors).toEqual([{ field: 'message', message: 'Expliquez à l’agent pourquoi le rendez-vous est annulé.' }]);
    const byAdviser = await t.call(adviser, 'POST', `/api/appointments/${row.id}/cancel`, { message: 'Je suis retenue par une réunion : reprenons un créneau.' });
    expect(byAdviser.json()).toMatchObject({ status: 'cancelled', cancelledBy: 'adviser', cancelMessage: 'Je suis retenue par une réunion : reprenons un créneau.' });
    const mail = (await t.queuedMails()).filter((m) => m.template === 'appointment.cancelled').at(-1)!;
    expect(JSON.stringify(mail)).not.toContain('réunion');
  });
});

describe('mails of an appointment', () => {
  const textCalendarParts = (raw: string) => {
    const parts: string[] = [];
    for (const match of raw.matchAll(/Content-Type: (?:text\/calendar|application\/ics)[^\n]*\r?\n((?:[^\r\n]+\r?\n)*)\r?\n([\s\S]*?)\r?\n--/gi)) {
      const headers = match[1]!;
      const body = match[2]!;
      parts.push(/base64/i.test(headers) ? Buffer.from(body.replace(/\s+/g, ''), 'base64').toString('utf8')
        : Buffer.from(body.replace(/=\r?\n/g, '').replace(/=([0-9A-F]{2})/g, '%$1').replace(/%(?![0-9A-F]{2})/g, '%25'), 'latin1').toString('latin1')
          .replace(/(%[0-9A-F]{2})+/g, (m) => decodeURIComponent(m)));
    }
    return parts;
  };

  it('sends a confirmation with an .ics REQUEST (as calendar part and file), then a CANCEL with a higher SEQUENCE and the same UID', async () => {
    const hours = await openHours(adviser, { recurrence: { frequency: 'dates', dates: [day(28)] },
      place: { kind: 'visio', label: 'Visioconférence', url: 'https://webconf.numerique.gouv.fr/rh-80-claire' } });
    const [slot] = await slotsOf(agent, hours.id);
    const request = await buildRequest(t.db, { agent: { id: agent.personId }, topic: 'career_project', sensitive: false });
    const booked = (await t.call(agent, 'POST', '/api/appointments', { slotId: slot!.id, reason: 'career_project', requestId: request.id })).json();
    expect(booked.place.url).toBe('https://webconf.numerique.gouv.fr/rh-80-claire');
    await t.call(agent, 'POST', `/api/appointments/${booked.id}/cancel`, {});
    const mailer = createMailer({ smtpUrl: smtp.url, mailFrom: 'ProxiRH <ne-pas-repondre@ac-amiens.fr>', publicUrl: t.config.publicUrl });
    const queued = (await t.queuedMails()).filter((m) => (m.data as { appointmentId?: string }).appointmentId === booked.id);
    expect(queued.map((m) => m.template)).toEqual(['appointment.confirmed', 'appointment.cancelled']);
    for (const m of queued) {
      await deliverMail(t.db, mailer, { id: crypto.randomUUID(), to: m.to, academieCode: 'AMIENS', template: m.template, data: m.data } as never);
    }
    mailer.close();
    const [confirmation, cancellation] = smtp.received.slice(-2);
    expect(confirmation!.subject).toMatch(/^Rendez-vous confirmé le /);
    expect(confirmation!.text).toContain('en visioconférence');
    expect(confirmation!.text).not.toContain(request.subject);
    expect(confirmation!.raw).toMatch(/Content-Type: text\/calendar; charset=utf-8; method=REQUEST/i);

    const [alternative, file] = textCalendarParts(confirmation!.raw);
    expect(alternative).toBe(file);
    const request1 = ical.sync.parseICS(alternative!);
    const event1 = Object.values(request1).find((c) => c?.type === 'VEVENT') as ical.VEvent;
    expect(alternative).toMatch(/METHOD:REQUEST/);
    expect(event1.uid).toBe(`rendez-vous-${booked.id}@proxirh`);
    expect(event1.start.toISOString()).toBe(slot!.startsAt);
    expect(event1.end?.toISOString()).toBe(slot!.endsAt);
    expect(String(event1.location)).toBe('https://webconf.numerique.gouv.fr/rh-80-claire');
    expect(Number(event1.sequence)).toBe(0);

    const cancelParts = textCalendarParts(cancellation!.raw);
    const event2 = Object.values(ical.sync.parseICS(cancelParts[0]!)).find((c) => c?.type === 'VEVENT') as ical.VEvent;
    expect(cancelParts[0]).toMatch(/METHOD:CANCEL/);
    expect(event2.uid).toBe(event1.uid);
    expect(Number(event2.sequence)).toBeGreaterThan(Number(event1.sequence));
    expect(String(event2.status)).toBe('CANCELLED');
  });

  it('links every mail of an appointment to a page of the interface (an unknown address would be a 404 page)', async () => {
    const mails = appointmentMails({ config: t.config, mail: queuedMailSender(t.jobs) });
    const appointmentId = crypto.randomUUID();
    const notice = { appointmentId, to: DEMO.agentSomme, academieCode: 'AMIENS', startsAt: new Date(Date.now() + 5 * DAY), mode: 'in_person' as const,
      placeLabel: 'Collège Béranger, Péronne', adviserName: 'Claire Vasseur' };
    await t.db.transaction().execute(async (trx) => {
      await mails.confirmed(trx, notice);
      await mails.cancelled(trx, { ...notice, cancelledBy: 'adviser' });
      await mails.reminder(trx, notice);
      await mails.moved(trx, { ...notice, previousStartsAt: new Date(Date.now() + 4 * DAY), movedBy: 'adviser' });
    });
    const queued = (await t.queuedMails()).filter((m) => (m.data as { appointmentId?: string }).appointmentId === appointmentId);
    // Every appointment template is covered: a new one fails here until its link is checked.
    expect(queued.map((m) => m.template).sort()).toEqual(MAIL_TEMPLATE_NAMES.filter((name) => name.startsWith('appointment.')).sort());
    for (const m of queued) {
      const rendered = renderMail({ template: m.template, data: m.data } as MailRequest, { publicUrl: t.config.publicUrl });
      const hrefs = [...rendered.html.matchAll(/href="([^"]+)"/g)].map((match) => match[1]!.replaceAll('&amp;', '&'));
      expect(hrefs.length, m.template).toBeGreaterThan(0);
      for (const href of [...hrefs, String(m.data.link)]) {
        const url = new URL(href);
        expect(url.origin, href).toBe(new URL(t.config.publicUrl).origin);
        expect(isInterfacePath(url.pathname), href).toBe(true);
      }
      expect(new URL(String(m.data.link)).pathname).toBe('/mes-rendez-vous');
    }
  });

  it('reminds the agent once, 48 hours before, even when two instances run the job together', async () => {
    const hours = await openHours(adviser, { recurrence: { frequency: 'dates', dates: [day(31)] } });
    const [slot] = await slotsOf(agent, hours.id);
    const booked = (await t.call(agent, 'POST', '/api/appointments', { slotId: slot!.id, reason: 'career_project' })).json();
    const mails = appointmentMails({ config: t.config, mail: queuedMailSender(t.jobs) });
    const reminders = async () => (await t.queuedMails()).filter((m) => m.template === 'appointment.reminder' && (m.data as { appointmentId: string }).appointmentId === booked.id);
    expect(await sendAppointmentReminders(t.db, mails, new Date(Date.parse(slot!.startsAt) - 72 * 3_600_000))).toBe(0);
    const at = new Date(Date.parse(slot!.startsAt) - 47 * 3_600_000);
    const [a, b] = await Promise.all([sendAppointmentReminders(t.db, mails, at), sendAppointmentReminders(t.db, mails, at)]);
    expect(a + b).toBeGreaterThanOrEqual(1);
    expect(await sendAppointmentReminders(t.db, mails, at)).toBe(0);
    expect(await reminders()).toHaveLength(1);
    expect((await reminders())[0]!.data).toMatchObject({ startsAt: slot!.startsAt, adviserName: 'Claire Vasseur' });
  });
});
