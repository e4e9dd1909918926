import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import ical from 'node-ical';
import { createTestApp, DEMO, type Caller, type TestApp } from '../../../../tests/support/test-app.ts';
import { startTestSmtpServer, type TestSmtpServer } from '../../../../tests/support/smtp-server.ts';
import { buildAgent } from '../../../../tests/support/factories.ts';
import { createMailer, deliverMail } from '../../mail/mailer.ts';
import { queuedMailSender } from '../../mail/jobs.ts';
import { MAIL_TEMPLATE_NAMES, renderMail, type MailRequest } from '../../mail/templates.ts';
import { isInterfacePath } from '../../../shared/interface-routes.ts';
import type { CollectiveSession } from '../../../shared/contracts/collective-sessions.ts';
import { collectiveSessionFigures, sendSessionReminders, sessionMails } from './index.ts';

let t: TestApp;
let smtp: TestSmtpServer;
let adviser: Caller;
let otherAdviser: Caller;
let coordinator: Caller;
let agent: Caller;
let otherAgent: Caller;

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
let offset = 10;
/** Each session of this file on its own day, 10 days ahead and more, 14:00–16:00 UTC. */
const nextStart = () => {
  offset += 1;
  const at = new Date(Date.now() + offset * DAY);
  at.setUTCHours(14, 0, 0, 0);
  return at;
};

const sessionBody = (overrides: Record<string, unknown> = {}) => {
  const startsAt = nextStart();
  return {
    title: 'Présentation des circulaires mobilité',
    kind: 'information_meeting',
    description: 'Le calendrier et les règles du mouvement <b>2027</b>.',
    startsAt: startsAt.toISOString(),
    endsAt: new Date(startsAt.getTime() + 2 * HOUR).toISOString(),
    place: { kind: 'dsden', label: 'DSDEN de la Somme, Amiens', address: '20 boulevard d’Alsace-Lorraine, 80000 Amiens' },
    capacity: 2,
    audience: { departements: [], categories: [] },
    ...overrides,
  };
};

async function schedule(caller: Caller, overrides: Record<string, unknown> = {}): Promise<CollectiveSession> {
  const response = await t.call(caller, 'POST', '/api/collective-sessions', sessionBody(overrides));
  expect(response.statusCode, response.body).toBe(201);
  return response.json();
}

async function newAgent(departement = '80', category?: 'first_degree' | 'second_degree' | 'biatss' | 'leadership') {
  const person = await buildAgent(t.db, { departement, ...(category ? { category } : {}) });
  return t.signInAsPerson(person.id);
}

const register = (caller: Caller, id: string) => t.call(caller, 'POST', `/api/collective-sessions/${id}/registration`);

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

describe('organising a session', () => {
  it('lets an adviser schedule one in their département and a coordinator edit it; another département’s adviser does not see it', async () => {
    const session = await schedule(adviser);
    expect(session).toMatchObject({ departement: '80', academie: 'AMIENS', capacity: 2, seatsLeft: 2, abilities: { manage: true, register: false } });
    const organised = await t.call(adviser, 'GET', '/api/collective-sessions/organised');
    expect(organised.json().items.map((s: CollectiveSession) => s.id)).toContain(session.id);
    const edited = await t.call(coordinator, 'PATCH', `/api/collective-sessions/${session.id}`, { capacity: 30 });
    expect(edited.statusCode, edited.body).toBe(200);
    expect(edited.json().capacity).toBe(30);
    expect((await t.call(otherAdviser, 'PATCH', `/api/collective-sessions/${session.id}`, { capacity: 3 })).statusCode).toBe(404);
    expect((await t.call(otherAdviser, 'GET', `/api/collective-sessions/${session.id}/participants`)).statusCode).toBe(404);
    expect((await t.call(otherAdviser, 'POST', '/api/collective-sessions', { ...sessionBody(), departement: '80' })).statusCode).toBe(403);
  });

  it('refuses an impossible session in French, field by field, and writes nothing', async () => {
    const count = async () => (await t.db.selectFrom('collective_sessions').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n;
    const before = await count();
    const start = nextStart();
    const response = await t.call(adviser, 'POST', '/api/collective-sessions', sessionBody({
      startsAt: start.toISOString(), endsAt: new Date(start.getTime() - HOUR).toISOString(), place: { kind: 'visio', label: 'Webinaire' },
    }));
    expect(response.statusCode).toBe(400);
    expect(response.json().errors).toEqual(expect.arrayContaining([
      { field: 'endsAt', message: 'La fin doit être après le début.' },
      { field: 'place.url', message: 'Indiquez le lien de la visioconférence.' },
    ]));
    const past = await t.call(adviser, 'POST', '/api/collective-sessions', sessionBody({ startsAt: new Date(Date.now() - DAY).toISOString() }));
    expect(past.statusCode).toBe(400);
    // A school of the Oise for a session said to be in the Somme: the place and the département disagree.
    const elsewhere = await t.call(adviser, 'POST', '/api/collective-sessions', sessionBody({
      departement: '80', place: { kind: 'establishment', label: 'École élémentaire Jean-Moulin, Beauvais', uai: '0601011N' },
    }));
    expect(elsewhere.statusCode).toBe(400);
    expect(elsewhere.json().errors).toEqual([{ field: 'place.uai', message: 'Cet établissement est dans un autre département que celui de l’atelier.' }]);
    expect(await count()).toBe(before);
  });
});

describe('registering', () => {
  it('offers a session to the agents of its audience only, and fills it, then its waiting list, in order', async () => {
    const session = await schedule(adviser, { audience: { departements: ['80'], categories: [] } });
    const listed = (await t.call(agent, 'GET', '/api/collective-sessions')).json().items as CollectiveSession[];
    expect(listed.find((s) => s.id === session.id)).toMatchObject({ seatsLeft: 2, myRegistration: null, abilities: { register: true } });
    // An agent of the Oise: not in the audience, the session is unknown to them.
    expect((await t.call(otherAgent, 'GET', '/api/collective-sessions')).json().items.map((s: CollectiveSession) => s.id)).not.toContain(session.id);
    expect((await register(otherAgent, session.id)).statusCode).toBe(404);

    expect((await register(agent, session.id)).json()).toEqual({ status: 'registered', position: null });
    expect((await register(agent, session.id)).statusCode).toBe(409);
    const second = await newAgent();
    const third = await newAgent();
    const fourth = await newAgent();
    expect((await register(second, session.id)).json()).toEqual({ status: 'registered', position: null });
    expect((await register(third, session.id)).json()).toEqual({ status: 'waiting', position: 1 });
    expect((await register(fourth, session.id)).json()).toEqual({ status: 'waiting', position: 2 });
    const seen = (await t.call(fourth, 'GET', `/api/collective-sessions/${session.id}`)).json();
    expect(seen).toMatchObject({ seatsLeft: 0, waitingCount: 2, myRegistration: { status: 'waiting', position: 2 } });

    // The first leaves: the first of the waiting list gets the seat and a mail; the last moves up.
    expect((await t.call(agent, 'DELETE', `/api/collective-sessions/${session.id}/registration`)).statusCode).toBe(204);
    expect((await t.call(third, 'GET', `/api/collective-sessions/${session.id}`)).json().myRegistration).toEqual({ status: 'registered', position: null });
    expect((await t.call(fourth, 'GET', `/api/collective-sessions/${session.id}`)).json().myRegistration).toEqual({ status: 'waiting', position: 1 });
    const promoted = (await t.queuedMails()).filter((m) => m.template === 'session.promoted' && m.to !== DEMO.agentSomme);
    expect(promoted.length).toBeGreaterThan(0);

    const participants = (await t.call(adviser, 'GET', `/api/collective-sessions/${session.id}/participants`)).json();
    expect(participants.registered).toHaveLength(2);
    expect(participants.waiting.map((p: { position: number }) => p.position)).toEqual([1]);
    const audit = await t.db.selectFrom('audit_log').select('action').where('target_id', '=', session.id).where('action', '=', 'collective_session.participants').execute();
    expect(audit.length).toBeGreaterThan(0);
  });

  it('reaches only the categories of staff the session names', async () => {
    const session = await schedule(adviser, { audience: { departements: [], categories: ['biatss'] } });
    const teacher = await newAgent('80', 'first_degree');
    const biatss = await newAgent('60', 'biatss');
    expect((await register(teacher, session.id)).statusCode).toBe(404);
    expect((await register(biatss, session.id)).statusCode).toBe(201);
  });

  it('never seats more people than the capacity, even when many register at once', async () => {
    const session = await schedule(adviser, { capacity: 5 });
    const agents = await Promise.all(Array.from({ length: 20 }, () => newAgent()));
    const answers = await Promise.all(agents.map((a) => register(a, session.id)));
    expect(answers.map((a) => a.statusCode)).toEqual(Array(20).fill(201));
    const statuses = answers.map((a) => a.json().status);
    expect(statuses.filter((s) => s === 'registered')).toHaveLength(5);
    expect(statuses.filter((s) => s === 'waiting')).toHaveLength(15);
    expect(answers.map((a) => a.json().position).filter((p) => p !== null).sort((x, y) => x - y)).toEqual(Array.from({ length: 15 }, (_, i) => i + 1));
    const row = await t.db.selectFrom('collective_sessions').select('registered_count').where('id', '=', session.id).executeTakeFirstOrThrow();
    expect(row.registered_count).toBe(5);
    // Leaving at once: each freed seat goes to one waiting person, never more.
    const leaving = agents.filter((_, i) => statuses[i] === 'registered').slice(0, 3);
    await Promise.all(leaving.map((a) => t.call(a, 'DELETE', `/api/collective-sessions/${session.id}/registration`)));
    const seated = await t.db.selectFrom('collective_session_registrations').select((eb) => eb.fn.countAll<number>().as('n'))
      .where('session_id', '=', session.id).where('status', '=', 'registered').executeTakeFirstOrThrow();
    expect(Number(seated.n)).toBe(5);
  });

  it('refuses a capacity below the seats taken, and gives new seats to the waiting list', async () => {
    const session = await schedule(adviser, { capacity: 1 });
    const [a, b] = [await newAgent(), await newAgent()];
    await register(a, session.id);
    expect((await register(b, session.id)).json().status).toBe('waiting');
    const tooSmall = await t.call(adviser, 'PATCH', `/api/collective-sessions/${session.id}`, { capacity: 0 });
    expect(tooSmall.statusCode).toBe(400);
    await t.call(adviser, 'PATCH', `/api/collective-sessions/${session.id}`, { capacity: 2 });
    expect((await t.call(b, 'GET', `/api/collective-sessions/${session.id}`)).json().myRegistration.status).toBe('registered');
  });
});

describe('mails and invitations', () => {
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

  it('sends the registration with an invitation that parses, then its CANCEL when the agent leaves; the webinar link only to the seated', async () => {
    const session = await schedule(adviser, { kind: 'webinar', title: 'Atelier mobilité professionnelle',
      place: { kind: 'visio', label: 'Webinaire', url: 'https://webconf.numerique.gouv.fr/atelier-mobilite' } });
    const before = (await t.call(agent, 'GET', `/api/collective-sessions/${session.id}`)).json();
    expect(before.place.url).toBeUndefined();
    await register(agent, session.id);
    expect((await t.call(agent, 'GET', `/api/collective-sessions/${session.id}`)).json().place.url).toBe('https://webconf.numerique.gouv.fr/atelier-mobilite');
    await t.call(agent, 'DELETE', `/api/collective-sessions/${session.id}/registration`);
    const registration = await t.db.selectFrom('collective_session_registrations').select('id').where('session_id', '=', session.id).executeTakeFirstOrThrow();
    const queued = (await t.queuedMails()).filter((m) => (m.data as { registrationId?: string }).registrationId === registration.id);
    expect(queued.map((m) => m.template)).toEqual(['session.registered', 'session.unregistered']);
    const mailer = createMailer({ smtpUrl: smtp.url, mailFrom: 'ProxiRH <ne-pas-repondre@ac-amiens.fr>', publicUrl: t.config.publicUrl });
    for (const m of queued) {
      await deliverMail(t.db, mailer, { id: crypto.randomUUID(), to: m.to, academieCode: 'AMIENS', template: m.template, data: m.data } as never);
    }
    mailer.close();
    const [confirmation, cancellation] = smtp.received.slice(-2);
    expect(confirmation!.subject).toBe('Inscription confirmée : Atelier mobilité professionnelle');
    const [alternative] = textCalendarParts(confirmation!.raw);
    expect(alternative).toMatch(/METHOD:REQUEST/);
    const event = Object.values(ical.sync.parseICS(alternative!)).find((c) => c?.type === 'VEVENT') as ical.VEvent;
    expect(event.start.toISOString()).toBe(session.startsAt);
    expect(String(event.location)).toBe('https://webconf.numerique.gouv.fr/atelier-mobilite');
    const [cancel] = textCalendarParts(cancellation!.raw);
    expect(cancel).toMatch(/METHOD:CANCEL/);
    const cancelled = Object.values(ical.sync.parseICS(cancel!)).find((c) => c?.type === 'VEVENT') as ical.VEvent;
    expect(cancelled.uid).toBe(event.uid);
    expect(Number(cancelled.sequence)).toBeGreaterThan(Number(event.sequence));
  });

  it('tells everyone registered or waiting when the session is cancelled, and nobody can register any more', async () => {
    const session = await schedule(adviser, { capacity: 1 });
    const [a, b] = [await newAgent(), await newAgent()];
    await register(a, session.id);
    await register(b, session.id);
    const cancelled = await t.call(adviser, 'POST', `/api/collective-sessions/${session.id}/cancel`, { message: 'Intervenant indisponible' });
    expect(cancelled.json().status).toBe('cancelled');
    const ids = (await t.db.selectFrom('collective_session_registrations').select('id').where('session_id', '=', session.id).execute()).map((r) => r.id);
    const mails = (await t.queuedMails()).filter((m) => m.template === 'session.cancelled' && ids.includes((m.data as { registrationId: string }).registrationId));
    expect(mails).toHaveLength(2);
    expect(JSON.stringify(mails)).not.toContain('Intervenant indisponible');
    expect((await register(await newAgent(), session.id)).statusCode).toBe(422);
  });

  it('reminds each seated agent once, 48 hours before, even when the job runs twice', async () => {
    const session = await schedule(adviser);
    await register(agent, session.id);
    const mails = sessionMails({ config: t.config, mail: queuedMailSender(t.jobs) });
    const at = new Date(new Date(session.startsAt).getTime() - 47 * HOUR);
    const first = await sendSessionReminders(t.db, mails, at);
    const second = await sendSessionReminders(t.db, mails, at);
    expect(first).toBeGreaterThanOrEqual(1);
    expect(second).toBe(0);
    const registration = await t.db.selectFrom('collective_session_registrations').select('id').where('session_id', '=', session.id).executeTakeFirstOrThrow();
    const reminders = (await t.queuedMails()).filter((m) => m.template === 'session.reminder' && (m.data as { registrationId: string }).registrationId === registration.id);
    expect(reminders).toHaveLength(1);
  });

  it('links every mail of a session to a page of the interface', async () => {
    const mails = sessionMails({ config: t.config, mail: queuedMailSender(t.jobs) });
    const session = await schedule(adviser);
    await register(agent, session.id);
    const row = await t.db.selectFrom('collective_session_registrations as r').innerJoin('collective_sessions as s', 's.id', 'r.session_id')
      .innerJoin('persons as agent', 'agent.id', 'r.agent_id').innerJoin('persons as organiser', 'organiser.id', 's.organiser_id')
      .select(['r.id', 'r.status', 'r.session_id', 'r.agent_id', 'r.attendance', 'r.queued_at', 'r.created_at',
        's.title', 's.starts_at', 's.ends_at', 's.place_kind', 's.place_label', 's.place_address', 's.visio_url', 's.academie_code', 's.sequence',
        's.status as session_status', 'agent.display_name as agent_name', 'agent.email as agent_email',
        'organiser.display_name as organiser_name', 'organiser.email as organiser_email'])
      .where('r.session_id', '=', session.id).executeTakeFirstOrThrow();
    const templates = MAIL_TEMPLATE_NAMES.filter((name) => name.startsWith('session.'));
    await t.db.transaction().execute(async (trx) => {
      for (const template of templates) await mails.send(trx, template as never, { ...row, id: row.id }, template === 'session.waiting' ? { position: 3 } : undefined);
    });
    const queued = (await t.queuedMails()).filter((m) => (m.data as { registrationId?: string }).registrationId === row.id);
    for (const template of templates) {
      const m = queued.filter((q) => q.template === template).at(-1)!;
      const rendered = renderMail({ template: m.template, data: m.data } as MailRequest, { publicUrl: t.config.publicUrl });
      const hrefs = [...rendered.html.matchAll(/href="([^"]+)"/g)].map((match) => match[1]!.replaceAll('&amp;', '&'));
      expect(hrefs.length, template).toBeGreaterThan(0);
      for (const href of hrefs) expect(isInterfacePath(new URL(href).pathname), href).toBe(true);
    }
  });
});

describe('attendance and the reports', () => {
  it('records attendance once the session has started, and counts held sessions and attendees for a scope', async () => {
    const session = await schedule(adviser, { capacity: 10 });
    const people = [agent, await newAgent(), await newAgent()];
    for (const p of people) await register(p, session.id);
    const participants = (await t.call(adviser, 'GET', `/api/collective-sessions/${session.id}/participants`)).json();
    const items = participants.registered.map((p: { registrationId: string }, i: number) => ({ registrationId: p.registrationId, attendance: i < 2 ? 'present' : 'absent' }));
    // Before it starts: not yet.
    expect((await t.call(adviser, 'POST', `/api/collective-sessions/${session.id}/attendance`, { items })).statusCode).toBe(422);
    // The session moves into the past (as time would).
    const startedAt = new Date(Date.now() - 3 * HOUR);
    await t.db.updateTable('collective_sessions').set({ starts_at: startedAt, ends_at: new Date(startedAt.getTime() + HOUR) }).where('id', '=', session.id).execute();
    const recorded = await t.call(adviser, 'POST', `/api/collective-sessions/${session.id}/attendance`, { items });
    expect(recorded.statusCode, recorded.body).toBe(200);
    expect(recorded.json().registered.filter((p: { attendance: string }) => p.attendance === 'present')).toHaveLength(2);
    const unknown = await t.call(adviser, 'POST', `/api/collective-sessions/${session.id}/attendance`,
      { items: [{ registrationId: '00000000-0000-4000-8000-000000000000', attendance: 'present' }] });
    expect(unknown.statusCode).toBe(400);

    const period = { from: new Date(startedAt.getTime() - DAY), to: new Date(startedAt.getTime() + DAY) };
    const somme = await collectiveSessionFigures(t.db, { level: 'departement', code: '80' }, period);
    expect(somme.sessions.n).toBeGreaterThanOrEqual(1);
    expect(somme.attendees.n).toBeGreaterThanOrEqual(2);
    expect(somme.byDepartement.map((d) => d.departement)).toEqual(['80']);
    const academie = await collectiveSessionFigures(t.db, { level: 'academie', code: 'AMIENS' }, period);
    expect(academie.attendees.n).toBe(academie.byDepartement.reduce((sum, d) => sum + d.attendees.n, 0));
    expect(academie.byDepartement.find((d) => d.departement === '80')).toEqual({ departement: '80', sessions: somme.sessions, attendees: somme.attendees });
    // Cell keys are in the reports' range; a cancelled or future session is not counted.
    expect(academie.sessions.key).toBeGreaterThanOrEqual(0);
    expect(academie.sessions.key).toBeLessThan(10_000);
    const future = await collectiveSessionFigures(t.db, { level: 'departement', code: '80' }, { from: new Date(Date.now() + DAY), to: new Date(Date.now() + 400 * DAY) });
    expect(future).toMatchObject({ sessions: { n: 0 }, attendees: { n: 0 } });
  });
});
