import { sql, type Kysely } from 'kysely';
import type { DB, NewPerson } from '../../db/schema.ts';
import type { Role } from '../../../shared/glossary.ts';
import type { TerritoryLevel } from '../../../shared/territories.ts';
import { SENSITIVE_TOPICS } from '../../../shared/glossary.ts';
import { seededRandom, type Random } from './random.ts';
import { AGE_BAND_WEIGHTS, CATEGORY_WEIGHTS, GENDER_WEIGHTS, TOPIC_WEIGHTS, birthYearFor } from './distributions.ts';
import { DESCRIPTIONS, FAMILY_NAMES, FEMALE_GIVEN_NAMES, MALE_GIVEN_NAMES, SUBJECTS } from './names.ts';
import { DEMO_ACADEMIE, DEMO_ESTABLISHMENTS, DEMO_BASSINS } from './amiens.ts';
import { nextReferences } from '../requests/index.ts';
import { getAcademieSettings } from '../territories/index.ts';
import { parisYear } from '../../clock.ts';
import { playRequest, type DemoRequestPlan } from './history.ts';
import { seedDemoSurveys } from './satisfaction.ts';
import { seedOrientationNetwork } from './orientation-network.ts';
import { seedDemoAppointments } from './appointments.ts';
import { seedDemoAppointmentHistory } from './appointment-history.ts';
import { seedDemoAgenda } from './agenda.ts';
import { seedDemoReferrals } from './referrals.ts';
import { seedDemoKnowledgeBase } from './knowledge-base.ts';
import { seedDemoCollectiveSessions } from './collective-sessions.ts';
import { seedDemoPhoneLine } from './phone-line.ts';
import { seedDemoKeyDatesAndNewsletter } from './key-dates-and-newsletters.ts';
const DEMO_SEED = 20261123;
/** The referrals draw from their own sequence: the requests stay those they were before them. */
const REFERRALS_SEED = DEMO_SEED + 13;
const BACKGROUND_AGENTS = 240;
const DEMO_REQUESTS = 480;
/** The service has run for two years when the demo starts. */
const HISTORY_DAYS = 730;
/** The requests (by position) whose first answer is late today: the coordinator has been alerted. */
const STILL_AWAITED = [11, 12, 13, 14];

interface DemoPerson {
  key: string;
  person: Omit<NewPerson, 'email'> & { email: string };
  roles: Array<{ role: Role; level: TerritoryLevel; code: string }>;
  description: string;
}

const staff = (key: string, given: string, family: string, description: string, departement: string | null,
  roles: DemoPerson['roles'], extra: Partial<NewPerson> = {}): DemoPerson => ({
  key,
  description,
  roles,
  person: {
    email: `${given}.${family}@ac-amiens.fr`.toLowerCase().normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/\s/g, '-'),
    display_name: `${given} ${family}`, given_name: given, family_name: family,
    category: 'biatss', employment_status: 'tenured', gender: 'female', birth_year: 1975,
    departement_code: departement, academie_code: DEMO_ACADEMIE, ...extra,
  },
});

/** The accounts offered on the sign-in page: one or more per role, each territory level. */
function demoStaff(): DemoPerson[] {
  return [
    staff('adviser-80', 'Claire', 'Vasseur', 'Conseillère RH de proximité de la Somme', '80', [{ role: 'adviser', level: 'departement', code: '80' }], { working_share: 0.8, establishment_uai: '0801900Z' }),
    staff('adviser-80b', 'Éric', 'Lambert', 'Conseiller RH de proximité de la Somme (bassin d’Abbeville)', '80', [{ role: 'adviser', level: 'departement', code: '80' }], { working_share: 0.5, gender: 'male', establishment_uai: '0801004D' }),
    staff('adviser-60', 'Julien', 'Caron', 'Conseiller RH de proximité de l’Oise', '60', [{ role: 'adviser', level: 'departement', code: '60' }], { working_share: 0.5, gender: 'male', establishment_uai: '0601900Z' }),
    staff('adviser-02', 'Aurélie', 'Lemaire', 'Conseillère RH de proximité de l’Aisne', '02', [{ role: 'adviser', level: 'departement', code: '02' }], { working_share: 0.6, establishment_uai: '0021900Z' }),
    staff('coordinator', 'Hélène', 'Dumont', 'Coordonnatrice académique du service RH de proximité', '80', [{ role: 'coordinator', level: 'academie', code: DEMO_ACADEMIE }], { establishment_uai: '0801950A' }),
    staff('cmc', 'Olivier', 'Delattre', 'Conseiller mobilité carrière (interlocuteur RH)', '80', [{ role: 'contact_point', level: 'academie', code: DEMO_ACADEMIE }], { gender: 'male', establishment_uai: '0801950A' }),
    staff('social-worker', 'Sandrine', 'Poulain', 'Assistante de service social des personnels de la Somme', '80', [{ role: 'contact_point', level: 'departement', code: '80' }], { establishment_uai: '0801900Z' }),
    staff('editor', 'Marion', 'Lecomte', 'Éditrice des contenus RH de l’académie', '80', [{ role: 'editor', level: 'academie', code: DEMO_ACADEMIE }], { establishment_uai: '0801950A' }),
    staff('coordinator-national', 'Nathalie', 'Perrin', 'Coordination nationale du service RH de proximité (DGRH) : enquête nationale', null, [{ role: 'coordinator', level: 'national', code: 'FR' }], { academie_code: null, email: 'nathalie.perrin@education.gouv.fr' }),
    staff('steering-national', 'Philippe', 'Renard', 'Pilotage national (DGRH)', null, [{ role: 'steering', level: 'national', code: 'FR' }], { gender: 'male', academie_code: null }),
    staff('steering-academie', 'Isabelle', 'Marchand', 'Pilotage académique (DRH de l’académie d’Amiens)', '80', [{ role: 'steering', level: 'academie', code: DEMO_ACADEMIE }], { establishment_uai: '0801950A' }),
    staff('steering-80', 'Laurent', 'Fontaine', 'Pilotage départemental (DASEN de la Somme)', '80', [{ role: 'steering', level: 'departement', code: '80' }], { gender: 'male', establishment_uai: '0801900Z' }),
    staff('admin', 'Nicolas', 'Bertin', 'Administrateur de ProxiRH pour l’académie', '80', [{ role: 'admin', level: 'academie', code: DEMO_ACADEMIE }], { gender: 'male', establishment_uai: '0801950A' }),
  ];
}

function demoAgents(): DemoPerson[] {
  const agent = (key: string, given: string, family: string, description: string, uai: string, dept: string, extra: Partial<NewPerson>): DemoPerson =>
    staff(key, given, family, description, dept, [{ role: 'agent', level: 'departement', code: dept }], { establishment_uai: uai, ...extra });
  return [
    agent('agent-1', 'Camille', 'Dupuis', 'Professeure des écoles à Amiens (Somme)', '0801001A', '80', { category: 'first_degree', birth_year: 1984 }),
    agent('agent-2', 'Thomas', 'Leclercq', 'Professeur de mathématiques en collège à Beauvais (Oise)', '0601002B', '60', { category: 'second_degree', gender: 'male', birth_year: 1979 }),
    agent('agent-3', 'Nathalie', 'Carpentier', 'Secrétaire administrative en lycée à Laon (Aisne)', '0021003C', '02', { category: 'biatss', birth_year: 1969 }),
    agent('agent-4', 'Sophie', 'Vandenberghe', 'Principale adjointe de collège à Abbeville (Somme)', '0801004D', '80', { category: 'leadership', birth_year: 1972 }),
    agent('agent-5', 'Mathieu', 'Dufour', 'Professeur stagiaire en lycée à Compiègne (Oise)', '0601005E', '60', { category: 'second_degree', gender: 'male', employment_status: 'trainee', birth_year: 1999 }),
  ];
}

function backgroundAgents(random: Random, year: number): Array<Omit<NewPerson, 'id'>> {
  const schools = DEMO_ESTABLISHMENTS.filter((e) => ['ecole', 'college', 'lycee'].includes(e.kind));
  return Array.from({ length: BACKGROUND_AGENTS }, (_, i) => {
    const gender = random.weighted(GENDER_WEIGHTS);
    const given = gender === 'male' ? random.pick(MALE_GIVEN_NAMES) : random.pick(FEMALE_GIVEN_NAMES);
    const family = random.pick(FAMILY_NAMES);
    const category = random.weighted(CATEGORY_WEIGHTS);
    const school = random.pick(schools.filter((s) => (category === 'first_degree') === (s.kind === 'ecole')));
    return {
      email: `agent.${String(i + 1).padStart(4, '0')}@ac-amiens.fr`,
      display_name: `${given} ${family}`, given_name: given, family_name: family,
      category, gender, employment_status: random.next() < 0.08 ? 'contract' : 'tenured',
      birth_year: birthYearFor(random.weighted(AGE_BAND_WEIGHTS), year, random.int),
      establishment_uai: school.uai, departement_code: school.departement_code, academie_code: DEMO_ACADEMIE,
    };
  });
}

/** True once the demo académie has been written (a second start keeps the data as it is). */
export async function isDemoSeeded(db: Kysely<DB>) {
  const row = await db.selectFrom('demo_accounts').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
  return row.n > 0;
}

/**
 * Writes the demo académie of Amiens: bassins, schools, the accounts of every role and a few
 * hundred requests shaped like the national figures. Runs once, in one transaction.
 */
export async function seedDemo(db: Kysely<DB>, now = new Date()) {
  if (await isDemoSeeded(db)) return false;
  const random = seededRandom(DEMO_SEED);
  const year = now.getUTCFullYear();
  await db.transaction().execute(async (trx) => {
    await trx.insertInto('bassins').values(DEMO_BASSINS).onConflict((oc) => oc.doNothing()).execute();
    await trx.insertInto('establishments').values(DEMO_ESTABLISHMENTS).onConflict((oc) => oc.doNothing()).execute();

    const named = [...demoAgents(), ...demoStaff()];
    const ids = new Map<string, string>();
    for (const [position, demo] of named.entries()) {
      const { id } = await trx.insertInto('persons').values(demo.person).returning('id').executeTakeFirstOrThrow();
      ids.set(demo.key, id);
      await trx.insertInto('role_assignments')
        .values(demo.roles.map((r) => ({ person_id: id, role: r.role, territory_level: r.level, territory_code: r.code })))
        .execute();
      await trx.insertInto('demo_accounts').values({ person_id: id, description: demo.description, position }).execute();
    }

    const others = await trx.insertInto('persons').values(backgroundAgents(random, year))
      .returning(['id', 'departement_code', 'category', 'gender', 'birth_year']).execute();
    await trx.insertInto('role_assignments')
      .values(others.map((p) => ({ person_id: p.id, role: 'agent' as const, territory_level: 'departement' as const, territory_code: p.departement_code! })))
      .execute();

    // Requests go to the least loaded adviser: in the Somme, shared by working share (80 % and 50 %).
    const advisers = {
      '80': [{ id: ids.get('adviser-80')!, weight: 0.8 }, { id: ids.get('adviser-80b')!, weight: 0.5 }],
      '60': [{ id: ids.get('adviser-60')!, weight: 1 }], '02': [{ id: ids.get('adviser-02')!, weight: 1 }],
    };
    const profile = (p: Pick<NewPerson, 'category' | 'gender' | 'birth_year'>) => ({ category: p.category ?? null, gender: p.gender ?? null, birthYear: p.birth_year ?? null });
    const namedAgents = demoAgents().map((a) => ({ id: ids.get(a.key)!, departement_code: a.person.departement_code!, requester: profile(a.person) }));
    const requesters = [...namedAgents, ...others.map((o) => ({ id: o.id, departement_code: o.departement_code!, requester: profile(o) }))];
    const played = await seedRequests(trx, random, now, requesters, advisers, ids.get('coordinator')!);
    await seedDemoSurveys(trx, now);
    await seedOrientationNetwork(trx);
    // The knowledge base: articles, synonyms, « questions types », the listening line (issue 15).
    await seedDemoKnowledgeBase(trx, now);
    // Key dates of the school year, a second editor and a past letter in the archive (issue 16).
    await seedDemoKeyDatesAndNewsletter(trx);
    await seedDemoAppointments(trx, now);
    await seedDemoCollectiveSessions(trx, now);
    await seedDemoPhoneLine(trx, now);
    // Two years of past appointments, from their own sequence (issue 14, « Pilotage »).
    await seedDemoAppointmentHistory(trx, now, DEMO_SEED + 14);
    // Agents waiting for an earlier slot (issue 14, « Créneaux plus tôt »).
    await seedDemoAgenda(trx, now);
    await insertRows(trx, 'audit_log', await seedDemoReferrals(trx, seededRandom(REFERRALS_SEED), now, played));
  });
  return true;
}

/** How busy each month is (Paris calendar): mobility campaigns in autumn and spring, a quiet summer. */
const MONTH_WEIGHTS = [9, 8, 10, 8, 7, 7, 4, 3, 12, 11, 13, 11];
const DAY = 86_400_000;

/** Days before today a background request came in, over the two years of the service's history. */
function pastDay(random: Random, now: Date): number {
  for (;;) {
    const age = random.int(0, HISTORY_DAYS);
    const month = new Date(now.getTime() - age * DAY).getUTCMonth();
    if (random.next() * 13 < MONTH_WEIGHTS[month]!) return age;
  }
}

type Requester = { id: string; departement_code: string; requester: DemoRequestPlan['requester'] };

async function seedRequests(trx: Kysely<DB>, random: Random, now: Date, requesters: Requester[],
  advisers: Record<string, Array<{ id: string; weight: number }>>, coordinatorId: string) {
  const settings = await getAcademieSettings(trx, DEMO_ACADEMIE);
  const delay = await trx.selectFrom('academie_settings').select('survey_delay_days').where('academie_code', '=', DEMO_ACADEMIE).executeTakeFirst();
  const service = {
    now, coordinatorId, commitmentDays: settings.commitmentDays, holdingDaysBefore: settings.holdingDaysBefore,
    surveyDelayDays: delay?.survey_delay_days ?? 2,
  };
  const played = Array.from({ length: DEMO_REQUESTS }, (_, i) => {
    // The named demo agents get the first few requests, so their « Mon espace » is not empty;
    // they are followed by the first adviser of their département.
    const agent = i < 10 ? requesters[i % 5]! : random.pick(requesters);
    const team = advisers[agent.departement_code]!;
    const adviser = i < 10 ? team[0]!.id : team.length > 1
      ? random.weighted(Object.fromEntries(team.map((a) => [a.id, a.weight]))) : team[0]!.id;
    const topic = random.weighted(TOPIC_WEIGHTS);
    return playRequest(random, {
      agentId: agent.id,
      departementCode: agent.departement_code,
      topic,
      subject: random.pick(SUBJECTS[topic]!),
      description: random.pick(DESCRIPTIONS),
      channel: random.weighted({ web: 70, phone: 18, email: 9, in_person: 3 }),
      sensitive: SENSITIVE_TOPICS.includes(topic),
      contactPreference: random.weighted({ email: 50, phone: 35, visio: 10, in_person: 5 }),
      consentToShare: random.next() < 0.6,
      ageDays: i < 10 ? random.int(1, 40) : pastDay(random, now),
      adviserId: adviser,
      colleagueId: team.find((a) => a.id !== adviser)?.id ?? null,
      requester: agent.requester,
      // A few requests of the last weeks still await their first answer, past the committed date.
      ...(STILL_AWAITED.includes(i) ? { ageDays: random.int(8, 20), answerDays: 40 } : {}),
    }, service, DEMO_ACADEMIE);
  }).sort((a, b) => a.request.created_at.getTime() - b.request.created_at.getTime());

  const byYear = new Map<number, typeof played>();
  for (const rows of played) {
    const year = parisYear(rows.request.created_at);
    byYear.set(year, [...(byYear.get(year) ?? []), rows]);
  }
  const requests = [];
  for (const [year, yearRows] of byYear) {
    const references = await nextReferences(trx, DEMO_ACADEMIE, year, yearRows.length);
    requests.push(...yearRows.map((rows, i) => ({ ...rows.request, academie_code: DEMO_ACADEMIE, reference: references[i]! })));
  }
  await insertRows(trx, 'requests', requests);
  await insertRows(trx, 'request_events', played.flatMap((r) => r.events));
  await insertRows(trx, 'request_messages', played.flatMap((r) => r.messages));
  await insertRows(trx, 'request_pauses', played.flatMap((r) => r.pauses));
  await insertRows(trx, 'request_reads', played.flatMap((r) => r.reads));
  await insertRows(trx, 'audit_log', played.flatMap((r) => r.audit));
  return played;
}

/**
 * Writes many rows in one statement, as one JSON document turned into rows of the table's own
 * type: several times faster on the embedded database than thousands of bound parameters.
 */
async function insertRows(trx: Kysely<DB>, table: keyof DB & string, rows: object[]) {
  if (!rows.length) return;
  const names = [...new Set(rows.flatMap((row) => Object.keys(row)))];
  const columns = sql.join(names.map((name) => sql.ref(name)));
  await sql`insert into ${sql.table(table)} (${columns})
    select ${columns} from jsonb_populate_recordset(null::${sql.table(table)}, ${JSON.stringify(rows)}::jsonb)`.execute(trx);
}
