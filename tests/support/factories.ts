/**
 * Factories: the people and requests a test needs, made in its own database copy (`t.db`),
 * stored as the service stores them, so that the API reads them as real ones.
 *
 * - `buildAgent(db, { departement: '80' })`: a person with the `agent` role on their département.
 *   Without a département, one picked OUTSIDE the demo académie of Amiens (02, 60, 80), so that a
 *   test never meets the demo rows by chance; the académie follows from the département.
 * - `buildStaff(db, { role: 'adviser', territory: { level: 'departement', code: '80' } })`: a person
 *   holding that role there (`grants: [...]` for several roles).
 * - `buildRequest(db, { agent, assignee, sensitive, status, createdAt })`: a request of that agent as
 *   the submission stores it — the académie's next reference, the committed date of the first
 *   answer (the académie's working days), its events and the agent's read mark — then moved to
 *   `status` the way staff would move it. No mail is queued. No assignee unless one is given: the
 *   request then waits in its département's queue, which every adviser there sees.
 * - Sign in as a built person with `t.signInAsPerson(person.id)` (support/test-app.ts).
 *
 * Tests: factories
 *
 * Names, e-mails and profiles come from a seeded French faker (`fakerFR`). The seed is TEST_SEED
 * when set, otherwise a fresh random one per test file; each test then draws from the seed and
 * its own name, so a test gets the same people whether it runs alone (`-t`) or with its file.
 * When a test fails, the file prints one line:
 *
 *   Graine des fabriques : 123456 (TEST_SEED=123456 pour rejouer)
 *
 * Replay it with `TEST_SEED=123456 npx vitest run tests/the-file.test.ts` (add `-t '…'` for one
 * test). Ids and dates are not drawn from the seed: they differ between runs, the data does not.
 */
import { afterAll, beforeEach } from 'vitest';
import { fakerFR as faker } from '@faker-js/faker';
import type { Kysely } from 'kysely';
import type { DB } from '../../src/server/db/schema.ts';
import {
  AGENT_CATEGORIES, SENSITIVE_TOPICS, TOPICS, TOPIC_LABELS,
  type AgentCategory, type Channel, type ContactPreference, type EmploymentStatus, type Gender,
  type RequestStatus, type ResponseType, type Role, type Topic,
} from '../../src/shared/glossary.ts';
import { ACADEMIES, academieOf, type Territory } from '../../src/shared/territories.ts';
import { parisYear } from '../../src/server/clock.ts';
import { getAcademieSettings } from '../../src/server/modules/territories/index.ts';
// The commitment arithmetic of the requests module, so that a built request is due when a submitted one would be.
import { addWorkingDays, workingDaysBetween } from '../../src/server/calendar/working-days.ts';

// ─── The seed ──────────────────────────────────────────────────────────────────────────────

const fromEnv = Number.parseInt(process.env.TEST_SEED ?? '', 10);
/** This file's seed: TEST_SEED, or a fresh one (the module is loaded once per test file). */
export const FACTORY_SEED = Number.isSafeInteger(fromEnv) ? fromEnv : Math.floor(Math.random() * 1_000_000_000);
faker.seed(FACTORY_SEED);

let seedPrinted = false;
function printSeed() {
  if (seedPrinted) return;
  seedPrinted = true;
  console.log(`Graine des fabriques : ${FACTORY_SEED} (TEST_SEED=${FACTORY_SEED} pour rejouer)`);
}

/** A number per test name, mixed with the seed: a test's draws do not depend on the tests before it. */
function nameHash(name: string): number {
  let hash = 2166136261;
  for (const char of name) hash = Math.imul(hash ^ char.codePointAt(0)!, 16777619) >>> 0;
  return hash;
}

// Registered on the file's root suite when a test file imports this module.
beforeEach(({ task, onTestFailed }) => {
  faker.seed([FACTORY_SEED, nameHash(task.fullName)]);
  onTestFailed(printSeed);
});
// A failure in a beforeAll (where factories often run) fails no single test: look at the whole file.
// eslint-disable-next-line no-empty-pattern -- vitest reads the first argument as fixtures and wants a pattern there.
afterAll(({}, suite) => {
  const failed = (tasks: ReadonlyArray<{ result?: { state?: string }; tasks?: unknown }>): boolean =>
    tasks.some((task) => task.result?.state === 'fail' || (Array.isArray(task.tasks) && failed(task.tasks)));
  if (suite.result?.state === 'fail' || failed(suite.tasks)) printSeed();
});

// ─── People ────────────────────────────────────────────────────────────────────────────────

export interface BuiltPerson {
  id: string;
  email: string;
  displayName: string;
  givenName: string;
  familyName: string;
  departementCode: string | null;
  academieCode: string | null;
  category: AgentCategory;
  gender: Gender;
  birthYear: number;
  establishmentUai: string | null;
  grants: Array<{ role: Role; territory: Territory }>;
}

export interface ProfileOptions {
  /** Where the person works; the académie follows. */
  departement?: string;
  category?: AgentCategory;
  employmentStatus?: EmploymentStatus;
  gender?: Exclude<Gender, 'unspecified'>;
  birthYear?: number;
  /** Must be an establishment of the database (the demo seed has those of Amiens only). */
  establishmentUai?: string;
  email?: string;
  /** An adviser's share of a full-time post (0 < share <= 1). */
  workingShare?: number;
}

const DEMO_ACADEMIE = 'AMIENS';
const OUTSIDE_DEMO = ACADEMIES.filter((a) => a.code !== DEMO_ACADEMIE).flatMap((a) => a.departements.map((d) => d.code));

const slug = (value: string) => value.toLowerCase().normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');

async function buildPerson(db: Kysely<DB>, options: ProfileOptions, departement: string | null,
  grants: Array<{ role: Role; territory: Territory }>): Promise<BuiltPerson> {
  const academie = departement ? academieOf(departement) ?? null : null;
  if (departement && !academie) throw new Error(`Unknown département ${departement}`);
  const gender = options.gender ?? faker.helpers.arrayElement(['female', 'male'] as const);
  const givenName = faker.person.firstName(gender);
  const familyName = faker.person.lastName();
  // A seeded suffix keeps two people of the same name apart; the domain says where they work.
  const domain = academie ? `ac-${slug(academie)}.fr` : 'education.gouv.fr';
  const email = options.email ?? `${slug(givenName)}.${slug(familyName)}.${faker.string.alphanumeric({ length: 6, casing: 'lower' })}@${domain}`;
  const person = {
    email,
    display_name: `${givenName} ${familyName}`,
    given_name: givenName,
    family_name: familyName,
    category: options.category ?? faker.helpers.arrayElement(AGENT_CATEGORIES),
    employment_status: options.employmentStatus ?? 'tenured',
    gender,
    birth_year: options.birthYear ?? faker.number.int({ min: 1960, max: 2000 }),
    establishment_uai: options.establishmentUai ?? null,
    departement_code: departement,
    academie_code: academie,
    working_share: options.workingShare ?? null,
  };
  const { id } = await db.insertInto('persons').values(person).returning('id').executeTakeFirstOrThrow();
  await db.insertInto('role_assignments')
    .values(grants.map((g) => ({ person_id: id, role: g.role, territory_level: g.territory.level, territory_code: g.territory.code })))
    .execute();
  return {
    id, email, displayName: person.display_name, givenName, familyName, departementCode: departement, academieCode: academie,
    category: person.category, gender, birthYear: person.birth_year, establishmentUai: person.establishment_uai, grants,
  };
}

/** An agent of a département (by default one outside the demo académie), with the `agent` role there. */
export async function buildAgent(db: Kysely<DB>, options: ProfileOptions = {}): Promise<BuiltPerson> {
  const departement = options.departement ?? faker.helpers.arrayElement(OUTSIDE_DEMO);
  return buildPerson(db, options, departement, [{ role: 'agent', territory: { level: 'departement', code: departement } }]);
}

export type StaffRole = Exclude<Role, 'agent'>;
export type StaffOptions = ProfileOptions & (
  | { role: StaffRole; territory: Territory; grants?: never }
  | { grants: Array<{ role: Role; territory: Territory }>; role?: never; territory?: never });

/** Where a member of staff works when not told: their département, the first of their académie, none nationally. */
function homeOf(territory: Territory): string | null {
  if (territory.level === 'departement') return territory.code;
  if (territory.level === 'academie') {
    const academie = ACADEMIES.find((a) => a.code === territory.code);
    if (!academie) throw new Error(`Unknown académie ${territory.code}`);
    return academie.departements[0]!.code;
  }
  return null;
}

/** A member of staff holding `role` on `territory` (or every grant of `grants`). */
export async function buildStaff(db: Kysely<DB>, options: StaffOptions): Promise<BuiltPerson> {
  const grants = options.grants ?? [{ role: options.role!, territory: options.territory! }];
  if (grants.length === 0) throw new Error('buildStaff needs at least one role');
  const departement = options.departement ?? homeOf(grants[0]!.territory);
  return buildPerson(db, options, departement, grants);
}

// ─── Requests ──────────────────────────────────────────────────────────────────────────────

export interface RequestOptions {
  /** The requester: a built agent, or any person with a département (a demo account's row). */
  agent: { id: string };
  topic?: Topic;
  subject?: string;
  description?: string;
  /** Sensitive when asked, or when its topic is (as at submission). */
  sensitive?: boolean;
  status?: RequestStatus;
  /** An adviser of the request's territory; null or absent: the département's queue. */
  assignee?: { id: string } | null;
  channel?: Channel;
  contactPreference?: ContactPreference;
  consentToShare?: boolean;
  createdAt?: Date;
  /** For a closed request (default: individual information). */
  responseType?: ResponseType;
}

export interface BuiltRequest {
  id: string;
  reference: string;
  agentId: string;
  assigneeId: string | null;
  departementCode: string;
  academieCode: string;
  topic: Topic;
  subject: string;
  description: string;
  sensitive: boolean;
  status: RequestStatus;
  createdAt: Date;
  firstResponseDueAt: Date;
}

const SUBJECTS: Record<Topic, (place: string) => string> = {
  career_project: (place) => `Projet de mobilité vers ${place}`,
  work_difficulties: (place) => `Difficultés d’organisation dans mon service à ${place}`,
  health_wellbeing: () => 'Aménagement de poste après un arrêt de travail',
  application_support: () => 'Constitution de mon dossier de demande de détachement',
  training_project: (place) => `Formation qualifiante à ${place}`,
  managerial_support: () => 'Accompagnement de ma prise de fonctions d’encadrement',
  protection: () => 'Demande de protection fonctionnelle',
};

/** Takes the académie's next request number for the year, as the submission does (AMI-2026-000042). */
async function nextReference(db: Kysely<DB>, academieCode: string, year: number): Promise<string> {
  const row = await db.with('bumped', (q) => q.insertInto('request_counters').values({ academie_code: academieCode, year, last_number: 1 })
    .onConflict((oc) => oc.columns(['academie_code', 'year']).doUpdateSet((eb) => ({ last_number: eb('request_counters.last_number', '+', 1) })))
    .returning('last_number'))
    .selectFrom(['bumped', 'academies as a']).select(['bumped.last_number', 'a.reference_prefix'])
    .where('a.code', '=', academieCode).executeTakeFirstOrThrow();
  return `${row.reference_prefix}-${year}-${String(row.last_number).padStart(6, '0')}`;
}

/** What moving a submitted request to `status` writes, as staff would move it at `at`. */
function movedTo(status: RequestStatus, at: Date, createdAt: Date, departementCode: string, responseType: ResponseType) {
  const elapsed = Math.max(0, workingDaysBetween(createdAt, at, { departementCode }));
  if (status === 'in_progress') return { row: {}, event: { kind: 'status_changed', data: { from: 'open', to: status } } };
  if (status === 'waiting_agent') return { row: { paused_at: at }, event: { kind: 'status_changed', data: { from: 'open', to: status } } };
  if (status === 'closed') {
    return {
      row: {
        closed_at: at, response_type: responseType, closing_summary: 'Information apportée et orientation proposée.',
        closure_working_days: elapsed, first_responded_at: at, first_response_working_days: elapsed,
      },
      event: { kind: 'closed', data: { responseType } },
    };
  }
  return null;
}

/** A request of `agent`, stored as the submission stores it, then moved to `status`. */
export async function buildRequest(db: Kysely<DB>, options: RequestOptions): Promise<BuiltRequest> {
  const agent = await db.selectFrom('persons').select(['id', 'departement_code', 'academie_code'])
    .where('id', '=', options.agent.id).executeTakeFirstOrThrow();
  const departementCode = agent.departement_code;
  const academieCode = agent.academie_code ?? (departementCode ? academieOf(departementCode) : undefined);
  if (!departementCode || !academieCode) throw new Error('buildRequest: the agent has no département (the service refuses such a request)');

  const topic = options.topic ?? faker.helpers.arrayElement(options.sensitive ? TOPICS : TOPICS.filter((x) => !SENSITIVE_TOPICS.includes(x)));
  const sensitive = options.sensitive === true || SENSITIVE_TOPICS.includes(topic);
  const status = options.status ?? 'open';
  const createdAt = options.createdAt ?? new Date();
  // Later moves an hour after the submission, never in the future.
  const movedAt = new Date(Math.max(createdAt.getTime(), Math.min(Date.now(), createdAt.getTime() + 3_600_000)));
  const assigneeId = options.assignee?.id ?? null;
  const channel = options.channel ?? 'web';
  const { commitmentDays } = await getAcademieSettings(db, academieCode);
  const due = addWorkingDays(createdAt, commitmentDays, { departementCode });
  const move = movedTo(status, movedAt, createdAt, departementCode, options.responseType ?? 'information_individual');

  const request = {
    reference: await nextReference(db, academieCode, parisYear(createdAt)),
    agent_id: agent.id,
    academie_code: academieCode,
    departement_code: departementCode,
    topic,
    subject: options.subject ?? SUBJECTS[topic](faker.location.city()),
    description: options.description ?? `Bonjour, ${faker.helpers.arrayElement(['je souhaiterais', 'j’aimerais', 'je voudrais'])} `
      + `un échange sur ce sujet (${TOPIC_LABELS[topic].toLowerCase()}). Cordialement, ${faker.person.fullName()}.`,
    status,
    sensitive,
    channel,
    contact_preference: options.contactPreference ?? faker.helpers.arrayElement(['email', 'phone', 'visio', 'in_person'] as const),
    consent_to_share: options.consentToShare ?? false,
    assignee_id: assigneeId,
    created_by_id: agent.id,
    created_at: createdAt,
    acknowledged_at: createdAt,
    first_response_due_at: due,
    last_activity_at: move ? movedAt : createdAt,
    ...move?.row,
  };
  const id = await db.transaction().execute(async (trx) => {
    const { id } = await trx.insertInto('requests').values(request).returning('id').executeTakeFirstOrThrow();
    const events = [
      { kind: 'submitted', actor_id: agent.id, data: { channel }, created_at: createdAt },
      { kind: 'acknowledged', actor_id: null, data: { dueAt: due.toISOString() }, created_at: createdAt },
      ...(assigneeId ? [{ kind: 'assigned', actor_id: null, data: { assigneeId }, created_at: createdAt }] : []),
      ...(move ? [{ kind: move.event.kind, actor_id: assigneeId, data: move.event.data, created_at: movedAt }] : []),
    ];
    await trx.insertInto('request_events').values(events.map((e) => ({ ...e, request_id: id, data: JSON.stringify(e.data) }))).execute();
    await trx.insertInto('request_reads').values({ request_id: id, person_id: agent.id, read_at: createdAt }).execute();
    if (status === 'waiting_agent') await trx.insertInto('request_pauses').values({ request_id: id, started_at: movedAt }).execute();
    return id;
  });
  return {
    id, reference: request.reference, agentId: agent.id, assigneeId, departementCode, academieCode, topic,
    subject: request.subject, description: request.description, sensitive, status, createdAt, firstResponseDueAt: due,
  };
}
