import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import ical from 'node-ical';
import { createTestApp, DEMO, type Caller, type TestApp } from '../../../../tests/support/test-app.ts';
import { startTestSmtpServer, type TestSmtpServer } from '../../../../tests/support/smtp-server.ts';
import { buildAgent } from '../../../../tests/support/factories.ts';
import { createMailer, deliverMail } from '../../mail/mailer.ts';
import type { CollectiveSession } from '../../../shared/contracts/collective-sessions.ts';

let t: TestApp;
let smtp: TestSmtpServer;
let organiser: Caller;
let colleague: Caller;
let otherAdviser: Caller;
let coordinator: Caller;
let agent: Caller;

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
let offset = 10;
/** Each session of this file on its own day, 11 days ahead and more, 14:00–16:00 UTC. */
const nextStart = () => {
  offset += 1;
  const at = new Date(Date.now() + offset * DAY);
  at.setUTCHours(14, 0, 0, 0);
  return at;
};

async function schedule(overrides: Record<string, unknown> = {}): Promise<CollectiveSession> {
  const startsAt = nextStart();
  const response = await t.call(organiser, 'POST', '/api/collective-sessions', {
    title: 'Atelier mobilité professionnelle', kind: 'workshop', description: 'Construire un projet de mobilité.',
    startsAt: startsAt.toISOString(), endsAt: new Date(startsAt.getTime() + 2 * HOUR).toISOString(),
    place: { kind: 'dsden', label: 'DSDEN de la Somme, Amiens', address: '20 boulevard d’Alsace-Lorraine, 80000 Amiens' },
    capacity: 2, audience: { departements: [], categories: [] }, ...overrides,
  });
  expect(response.statusCode, response.body).toBe(201);
  return response.json();
}

async function registered(session: CollectiveSession, count: number) {
  const people = [];
  for (let i = 0; i < count; i++) {
    const person = await buildAgent(t.db, { departement: '80' });
    const caller = await t.signInAsPerson(person.id);
    expect((await t.call(caller, 'POST', `/api/collective-sessions/${session.id}/registration`)).statusCode).toBe(201);
    const row = await t.db.selectFrom('collective_session_registrations').select(['id', 'status'])
      .where('session_id', '=', session.id).where('agent_id', '=', person.id).executeTakeFirstOrThrow();
    people.push(row);
  }
  return people;
}

const stored = (id: string) => t.db.selectFrom('collective_sessions').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
const audits = (id: string) => t.db.selectFrom('audit_log').select(['action', 'details', 'actor_id'])
  .where('target_id', '=', id).where('action', '=', 'collective_session.update').execute();
const mailsOf = async (registrationIds: string[], template: string) => (await t.queuedMails())
  .filter((m) => m.template === template && registrationIds.includes((m.data as { registrationId: string }).registrationId));

/** The iCalendar parts of a raw mail (the text/calendar alternative and the attached file), decoded. */
function calendarParts(raw: string): string[] {
  const parts: string[] = [];
  for (const match of raw.matchAll(/Content-Type: (?:text\/calendar|application\/ics)[^\n]*\r?\n((?:[^\r\n]+\r?\n)*)\r?\n([\s\S]*?)\r?\n--/gi)) {
    const headers = match[1]!;
    const body = match[2]!;
    parts.push(/base64/i.test(headers) ? Buffer.from(body.replace(/\s+/g, ''), 'base64').toString('utf8')
      : Buffer.from(body.replace(/=\r?\n/g, '').replace(/=([0-9A-F]{2})/g, '%$1').replace(/%(?![0-9A-F]{2})/g, '%25'), 'latin1').toString('latin1')
        .replace(/(%[0-9A-F]{2})+/g, (m) => decodeURIComponent(m)));
  }
  return parts;
}
const eventOf = (ics: string) => Object.values(ical.sync.parseICS(ics)).find((c) => c?.type === 'VEVENT') as ical.VEvent;

/** Delivers queued mails to the test SMTP server, as the mail job does, and returns what it received. */
async function deliver(mails: Array<{ template: string; to: string; data: Record<string, unknown> }>) {
  const mailer = createMailer({ smtpUrl: smtp.url, mailFrom: 'ProxiRH <ne-pas-repondre@ac-amiens.fr>', publicUrl: t.config.publicUrl });
  const before = smtp.received.length;
  for (const m of mails) await deliverMail(t.db, mailer, { id: crypto.randomUUID(), to: m.to, academieCode: 'AMIENS', template: m.template, data: m.data } as never);
  mailer.close();
  return smtp.received.slice(before);
}

beforeAll(async () => {
  t = await createTestApp();
  smtp = await startTestSmtpServer();
  organiser = await t.signInAs(DEMO.adviserSomme);
  colleague = await t.signInAs(DEMO.otherAdviserSomme);
  otherAdviser = await t.signInAs(DEMO.adviserOise);
  coordinator = await t.signInAs(DEMO.coordinator);
  agent = await t.signInAs(DEMO.agentSomme);
});
afterAll(async () => {
  await smtp?.close();
  await t?.close();
});

describe('changing a session', () => {
  it('saves a new time and place, audits it, and sends each registered person the updated invitation: same UID, higher SEQUENCE', async () => {
    const session = await schedule();
    const [first, second, waiting] = await registered(session, 3);
    expect(waiting!.status).toBe('waiting');
    const [confirmation] = await deliver(await mailsOf([first!.id], 'session.registered'));
    const original = eventOf(calendarParts(confirmation!.raw)[0]!);

    const startsAt = new Date(new Date(session.startsAt).getTime() + DAY + HOUR);
    const endsAt = new Date(startsAt.getTime() + 90 * 60_000);
    const place = { kind: 'rectorat', label: 'Rectorat de l’académie d’Amiens, salle 3', address: '20 boulevard d’Alsace-Lorraine, 80000 Amiens' };
    const response = await t.call(organiser, 'PATCH', `/api/collective-sessions/${session.id}`,
      { startsAt: startsAt.toISOString(), endsAt: endsAt.toISOString(), place });
    expect(response.statusCode, response.body).toBe(200);
    expect(response.json()).toMatchObject({ startsAt: startsAt.toISOString(), endsAt: endsAt.toISOString(), place: { kind: 'rectorat', label: place.label } });

    const row = await stored(session.id);
    expect(row.starts_at.toISOString()).toBe(startsAt.toISOString());
    expect(row.place_label).toBe(place.label);
    const [audit] = await audits(session.id);
    expect(audit).toMatchObject({ actor_id: organiser.personId, details: { changed: expect.arrayContaining(['starts_at', 'ends_at', 'place_kind', 'place_label']), notified: 2 } });

    // The two seated people are told; the waiting one holds no invitation and is not.
    const updates = await mailsOf([first!.id, second!.id, waiting!.id], 'session.updated');
    expect(updates.map((m) => (m.data as { registrationId: string }).registrationId).sort()).toEqual([first!.id, second!.id].sort());
    // What the mail carries: the session's what, when and where, nothing else.
    expect(Object.keys(updates[0]!.data).sort()).toEqual(['link', 'mode', 'placeLabel', 'registrationId', 'startsAt', 'title']);
    const [updated] = await deliver(updates.filter((m) => (m.data as { registrationId: string }).registrationId === first!.id));
    expect(updated!.subject).toBe('Changement : Atelier mobilité professionnelle');
    const [calendar] = calendarParts(updated!.raw);
    expect(calendar).toMatch(/METHOD:REQUEST/);
    const event = eventOf(calendar!);
    expect(event.uid).toBe(original.uid);
    expect(Number(event.sequence)).toBeGreaterThan(Number(original.sequence));
    expect(event.start.toISOString()).toBe(startsAt.toISOString());
    expect(String(event.location)).toContain('Rectorat de l’académie d’Amiens, salle 3');
  });

  it('tells nobody and keeps the SEQUENCE when the fields sent are unchanged, or only the description and capacity change', async () => {
    const session = await schedule({ capacity: 5 });
    const [seat] = await registered(session, 1);
    const before = await stored(session.id);
    const same = await t.call(organiser, 'PATCH', `/api/collective-sessions/${session.id}`, { title: session.title, startsAt: session.startsAt, endsAt: session.endsAt });
    expect(same.statusCode, same.body).toBe(200);
    const other = await t.call(organiser, 'PATCH', `/api/collective-sessions/${session.id}`, { description: null, capacity: 8 });
    expect(other.statusCode, other.body).toBe(200);
    expect(other.json()).toMatchObject({ description: '', capacity: 8 });
    expect((await stored(session.id)).sequence).toBe(before.sequence);
    expect(await mailsOf([seat!.id], 'session.updated')).toEqual([]);
    // The unchanged call is no change: one audit row, for the description and capacity.
    expect((await audits(session.id)).map((a) => a.details)).toEqual([{ changed: ['description', 'capacity'], notified: 0 }]);
  });

  it('gives a seated person their 48-hour reminder again when the session moves', async () => {
    const session = await schedule();
    const [seat] = await registered(session, 1);
    await t.db.updateTable('collective_session_registrations').set({ reminder_sent_at: new Date() }).where('id', '=', seat!.id).execute();
    const startsAt = new Date(new Date(session.startsAt).getTime() + 7 * DAY);
    const response = await t.call(organiser, 'PATCH', `/api/collective-sessions/${session.id}`,
      { startsAt: startsAt.toISOString(), endsAt: new Date(startsAt.getTime() + HOUR).toISOString() });
    expect(response.statusCode, response.body).toBe(200);
    const row = await t.db.selectFrom('collective_session_registrations').select('reminder_sent_at').where('id', '=', seat!.id).executeTakeFirstOrThrow();
    expect(row.reminder_sent_at).toBeNull();
  });

  it('refuses an impossible change in French, field by field, and changes nothing', async () => {
    const session = await schedule();
    await registered(session, 2);
    const before = await stored(session.id);
    const patch = (body: unknown) => t.call(organiser, 'PATCH', `/api/collective-sessions/${session.id}`, body);

    const backwards = await patch({ endsAt: new Date(new Date(session.startsAt).getTime() - HOUR).toISOString() });
    expect(backwards.statusCode).toBe(400);
    expect(backwards.json().errors).toEqual([{ field: 'endsAt', message: 'La fin doit être après le début.' }]);
    const past = await patch({ startsAt: new Date(Date.now() - DAY).toISOString() });
    expect(past.statusCode).toBe(400);
    expect(past.json().errors).toEqual([{ field: 'startsAt', message: 'Choisissez une date à venir.' }]);
    // Two people hold a seat: the capacity cannot drop under two; nobody is moved to the waiting list.
    const fewer = await patch({ capacity: 1 });
    expect(fewer.statusCode).toBe(400);
    expect(fewer.json().errors).toEqual([{ field: 'capacity', message: '2 personnes sont déjà inscrites : le nombre de places ne peut pas être inférieur à 2.' }]);
    const noLink = await patch({ place: { kind: 'visio', label: 'Webinaire' } });
    expect(noLink.statusCode).toBe(400);
    expect(noLink.json().errors).toEqual([{ field: 'place.url', message: 'Indiquez le lien de la visioconférence.' }]);
    const blank = await patch({ title: '   ' });
    expect(blank.statusCode).toBe(400);
    expect(blank.json().errors).toEqual([{ field: 'title', message: 'Ce champ ne peut pas être vide.' }]);
    expect((await patch({})).statusCode).toBe(400);

    const after = await stored(session.id);
    expect(after).toEqual(before);
    expect(await audits(session.id)).toEqual([]);
    // A cancelled session is no longer changed.
    expect((await t.call(organiser, 'POST', `/api/collective-sessions/${session.id}/cancel`, {})).statusCode).toBe(200);
    const cancelled = await patch({ title: 'Nouveau titre' });
    expect(cancelled.statusCode).toBe(422);
    expect(cancelled.json().detail).toBe('Cet atelier est annulé : il ne peut plus être modifié.');
  });

  it('moves the session to the département of the establishment it now takes place in, when the organiser may organise there', async () => {
    const session = await schedule();
    const beauvais = { kind: 'establishment', label: 'École élémentaire Jean-Moulin, Beauvais', uai: '0601011N' };
    // Claire Vasseur advises the Somme only: a school of the Oise is refused next to the code, and nothing changes.
    const before = await stored(session.id);
    const refused = await t.call(organiser, 'PATCH', `/api/collective-sessions/${session.id}`, { place: beauvais });
    expect(refused.statusCode).toBe(400);
    expect(refused.json().errors).toEqual([{ field: 'place.uai', message: 'Cet établissement est dans un département où vous ne pouvez pas organiser cet atelier.' }]);
    expect(await stored(session.id)).toEqual(before);
    // The coordinator of the académie may: the session now belongs to the Oise, where its advisers find it.
    const moved = await t.call(coordinator, 'PATCH', `/api/collective-sessions/${session.id}`, { place: beauvais });
    expect(moved.statusCode, moved.body).toBe(200);
    const row = await stored(session.id);
    expect(row).toMatchObject({ departement_code: '60', establishment_uai: '0601011N', place_kind: 'establishment' });
    const [audit] = await audits(session.id);
    expect(audit!.details).toMatchObject({ changed: expect.arrayContaining(['place_kind', 'establishment_uai', 'departement_code']) });
    // A school of the Somme brings it back.
    const back = await t.call(coordinator, 'PATCH', `/api/collective-sessions/${session.id}`, { place: { kind: 'establishment', label: 'Collège Millevoye, Abbeville', uai: '0801004D' } });
    expect(back.statusCode, back.body).toBe(200);
    expect((await stored(session.id)).departement_code).toBe('80');
  });

  it('lets the coordinator change it; answers 404 to another adviser, of the département or not, and 403 to an agent', async () => {
    const session = await schedule();
    const before = await stored(session.id);
    const body = { title: 'Atelier déplacé' };
    expect((await t.call(colleague, 'PATCH', `/api/collective-sessions/${session.id}`, body)).statusCode).toBe(404);
    expect((await t.call(otherAdviser, 'PATCH', `/api/collective-sessions/${session.id}`, body)).statusCode).toBe(404);
    expect((await t.call(agent, 'PATCH', `/api/collective-sessions/${session.id}`, body)).statusCode).toBe(403);
    expect((await t.call(null, 'PATCH', `/api/collective-sessions/${session.id}`, body)).statusCode).toBe(401);
    expect(await stored(session.id)).toEqual(before);
    const byCoordinator = await t.call(coordinator, 'PATCH', `/api/collective-sessions/${session.id}`, body);
    expect(byCoordinator.statusCode, byCoordinator.body).toBe(200);
    expect((await stored(session.id)).title).toBe('Atelier déplacé');
    expect((await audits(session.id)).map((a) => a.actor_id)).toEqual([coordinator.personId]);
  });
});
