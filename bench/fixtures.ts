/**
 * Who the benchmark signs in as, and what they open. Sessions are created directly in the run's
 * database with the session store of the application (cookie token + CSRF token), before the
 * server starts (a PGlite data directory has one process at a time).
 */
import { sql } from 'kysely';
import { openDatabase } from '../src/server/db/database.ts';
import { migrateToLatest } from '../src/server/db/migrator.ts';
import { createSession } from '../src/server/auth/session-store.ts';
import { parisDate } from '../src/server/clock.ts';
import { encodeSlotId, findAbsences, findBookedTimes, officeHourSlots, withoutBooked } from '../src/server/modules/appointments/index.ts';

export interface Session { cookie: string; csrf: string }
export interface Fixtures {
  /** Agents who have requests: their session and the ids of their requests. */
  agents: Array<Session & { requestIds: string[] }>;
  /** Advisers: their session and requests assigned to them. */
  advisers: Array<Session & { requestIds: string[] }>;
  steeringAcademie: Session & { code: string };
  steeringNational: Session;
  /** Départements with open office hours (issue 14), for the slot searches. */
  slotDepartements: string[];
  /** Free slots (ids as `GET /api/slots` gives them) that the booking scenario's agents all want at once. */
  bookingSlots: string[];
  /** The newsletter scenario (issue 16): two editors of the académie (one composes, the other approves) and its agents. */
  newsletter: NewsletterFixtures;
}
export interface NewsletterFixtures {
  academie: string;
  editors: [Session, Session];
  /** Active agents of the académie per département: who an issue to « everyone » reaches when nobody unsubscribed. */
  agentsByDepartement: Record<string, number>;
}

/** The académie that sends the newsletter: Amiens, in every set (35,000 agents at académie scale). */
const NEWSLETTER_ACADEMIE = 'AMIENS';

/** How many free slots the booking scenario fights over: few enough that most attempts collide. */
const BOOKING_SLOTS = 400;

/**
 * Free slots, now, of office hours spread over the set (every n-th), nearest first, as the
 * appointments module computes them; their ids are the ones `GET /api/slots` would give.
 */
async function freeSlotIds(db: Parameters<typeof createSession>[0], wanted: number): Promise<string[]> {
  const officeHours = await db.selectFrom('office_hours').selectAll().where('closed_at', 'is', null).orderBy('id').execute();
  const picked = officeHours.filter((_, i) => i % Math.max(1, Math.floor(officeHours.length / 40)) === 0);
  const now = new Date();
  const window = { from: now, to: new Date(now.getTime() + 28 * 86_400_000) };
  const advisers = [...new Set(picked.map((o) => o.adviser_id))];
  const [absences, booked] = await Promise.all([
    findAbsences(db, advisers, parisDate(window.from), parisDate(window.to)), findBookedTimes(db, advisers, window.from, window.to),
  ]);
  const ids: string[] = [];
  for (const o of picked) {
    const slots = withoutBooked(officeHourSlots(o, window, now, absences.filter((a) => a.adviser_id === o.adviser_id)), booked.filter((b) => b.adviser_id === o.adviser_id));
    ids.push(...slots.slice(0, Math.ceil(wanted / picked.length)).map((slot) => encodeSlotId(o.id, slot.startsAt)));
  }
  return ids.slice(0, wanted);
}

const SESSION_MINUTES = 12 * 60 - 1;

/**
 * Two editors of the académie. The generated sets have none: they are added to the run's copy (never
 * to the loaded set), as an administrator would grant the role.
 */
async function newsletterEditors(db: Parameters<typeof createSession>[0], academie: string): Promise<string[]> {
  const granted = await db.selectFrom('role_assignments').select('person_id').distinct()
    .where('role', '=', 'editor').where('territory_level', '=', 'academie').where('territory_code', '=', academie)
    .orderBy('person_id').limit(2).execute();
  const ids = granted.map((g) => g.person_id);
  for (let n = ids.length + 1; n <= 2; n++) {
    const person = await db.insertInto('persons').values({
      email: `editeur.banc.${n}@ac-${academie.toLowerCase()}.fr`, display_name: `Éditrice du banc ${n}`, academie_code: academie,
    }).returning('id').executeTakeFirstOrThrow();
    await db.insertInto('role_assignments').values({ person_id: person.id, role: 'editor', territory_level: 'academie', territory_code: academie }).execute();
    ids.push(person.id);
  }
  return ids;
}

/** The académie's active agents per département, as the newsletter's audience counts them. */
async function agentsByDepartement(db: Parameters<typeof createSession>[0], academie: string): Promise<Record<string, number>> {
  const { rows } = await sql<{ departement_code: string; agents: number }>`
    select p.departement_code, count(*)::int as agents from persons p
    where p.active and p.academie_code = ${academie} and exists (select 1 from role_assignments r where r.person_id = p.id and r.role = 'agent')
    group by p.departement_code order by p.departement_code`.execute(db);
  return Object.fromEntries(rows.map((r) => [r.departement_code, r.agents]));
}

async function signIn(db: Parameters<typeof createSession>[0], personId: string): Promise<Session> {
  const { token, csrfToken } = await createSession(db, personId, 'oidc', SESSION_MINUTES);
  return { cookie: `proxirh_session=${token}`, csrf: csrfToken };
}

export async function prepareFixtures(target: { databaseUrl?: string; dataDir?: string }, options: { agents: number; seed: number }): Promise<Fixtures> {
  const database = await openDatabase(target.databaseUrl ? { databaseUrl: target.databaseUrl, poolSize: 2 } : { dataDir: target.dataDir! });
  try {
    const { db } = database;
    // The run may start on a set loaded by an older build of the application.
    await migrateToLatest(db);
    // Agents with at least one request, drawn reproducibly (ordered by id, then sampled).
    const withRequests = await sql<{ agent_id: string; ids: string[] }>`
      select agent_id, array_agg(id order by created_at desc) as ids from requests
      where agent_id in (select agent_id from requests group by agent_id order by md5(agent_id::text || ${String(options.seed)}) limit ${options.agents})
      group by agent_id order by agent_id`.execute(db);
    const agents = [];
    for (const row of withRequests.rows) agents.push({ ...(await signIn(db, row.agent_id)), requestIds: row.ids.slice(0, 20) });

    const adviserRows = await sql<{ person_id: string; ids: string[] | null }>`
      select ra.person_id, (select array_agg(id) from (select r.id from requests r where r.assignee_id = ra.person_id
        order by md5(r.id::text) limit 40) x) as ids
      from role_assignments ra where ra.role = 'adviser' order by ra.person_id`.execute(db);
    const advisers = [];
    for (const row of adviserRows.rows) advisers.push({ ...(await signIn(db, row.person_id)), requestIds: row.ids ?? [] });

    const steering = await db.selectFrom('role_assignments').select(['person_id', 'territory_level', 'territory_code'])
      .where('role', '=', 'steering').orderBy('territory_level').orderBy('territory_code').execute();
    const national = steering.find((s) => s.territory_level === 'national');
    // The académie report is asked by Amiens when the set has it (both scales), else the first.
    const academie = steering.find((s) => s.territory_level === 'academie' && s.territory_code === 'AMIENS')
      ?? steering.find((s) => s.territory_level === 'academie');
    if (!national || !academie || !agents.length || !advisers.length) throw new Error('Jeu de données incomplet : relancez npm run seed.');
    const slotDepartements = (await db.selectFrom('office_hours').select('departement_code').distinct().where('closed_at', 'is', null)
      .orderBy('departement_code').execute()).map((r) => r.departement_code);
    const bookingSlots = await freeSlotIds(db, BOOKING_SLOTS);
    if (!slotDepartements.length || !bookingSlots.length) throw new Error('Jeu de données sans permanences : relancez npm run seed.');
    const [composer, approver] = await newsletterEditors(db, NEWSLETTER_ACADEMIE);
    const newsletter: NewsletterFixtures = {
      academie: NEWSLETTER_ACADEMIE, editors: [await signIn(db, composer!), await signIn(db, approver!)],
      agentsByDepartement: await agentsByDepartement(db, NEWSLETTER_ACADEMIE),
    };
    if (!Object.keys(newsletter.agentsByDepartement).length) throw new Error(`Jeu de données sans agent de l’académie ${NEWSLETTER_ACADEMIE} : relancez npm run seed.`);
    return {
      agents, advisers, slotDepartements, bookingSlots, newsletter,
      steeringAcademie: { ...(await signIn(db, academie.person_id)), code: academie.territory_code },
      steeringNational: await signIn(db, national.person_id),
    };
  } finally {
    await database.close();
  }
}
