import type { Kysely } from 'kysely';
import type { DB, NewPerson } from '../../db/schema.ts';
import type { Role } from '../../../shared/glossary.ts';
import type { TerritoryLevel } from '../../../shared/territories.ts';
import { SENSITIVE_TOPICS } from '../../../shared/glossary.ts';
import { seededRandom, type Random } from './random.ts';
import { AGE_BAND_WEIGHTS, CATEGORY_WEIGHTS, GENDER_WEIGHTS, RESPONSE_TYPE_WEIGHTS, TOPIC_WEIGHTS, birthYearFor } from './distributions.ts';
import { FAMILY_NAMES, FEMALE_GIVEN_NAMES, MALE_GIVEN_NAMES, SUBJECTS } from './names.ts';
import { DEMO_ACADEMIE, DEMO_ESTABLISHMENTS, DEMO_BASSINS } from './amiens.ts';
import { nextReferences } from '../requests/index.ts';
import { seedDemoSurveys } from './satisfaction.ts';
const DEMO_SEED = 20261123;
const BACKGROUND_AGENTS = 240;
const DEMO_REQUESTS = 320;

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

    const others = await trx.insertInto('persons').values(backgroundAgents(random, year)).returning(['id', 'departement_code']).execute();
    await trx.insertInto('role_assignments')
      .values(others.map((p) => ({ person_id: p.id, role: 'agent' as const, territory_level: 'departement' as const, territory_code: p.departement_code! })))
      .execute();

    const advisers: Record<string, string[]> = {
      '80': [ids.get('adviser-80')!, ids.get('adviser-80b')!], '60': [ids.get('adviser-60')!], '02': [ids.get('adviser-02')!],
    };
    const namedAgents = demoAgents().map((a) => ({ id: ids.get(a.key)!, departement_code: a.person.departement_code! }));
    const requesters = [...namedAgents, ...others.map((o) => ({ id: o.id, departement_code: o.departement_code! }))];
    await seedRequests(trx, random, now, requesters, advisers);
    await seedDemoSurveys(trx, now);
  });
  return true;
}

async function seedRequests(trx: Kysely<DB>, random: Random, now: Date, requesters: Array<{ id: string; departement_code: string }>,
  advisers: Record<string, string[]>) {
  const day = 86_400_000;
  const rows = Array.from({ length: DEMO_REQUESTS }, (_, i) => {
    // The named demo agents get the first few requests, so their « Mon espace » is not empty.
    const agent = i < 10 ? requesters[i % 5]! : random.pick(requesters);
    const topic = random.weighted(TOPIC_WEIGHTS);
    const ageDays = i < 10 ? random.int(1, 40) : random.int(0, 365);
    const createdAt = new Date(now.getTime() - ageDays * day - random.int(0, 8 * 3600) * 1000);
    const due = new Date(createdAt.getTime() + 7 * day);
    const closed = ageDays > 20 ? random.next() < 0.92 : random.next() < 0.35;
    const answered = closed || random.next() < 0.6;
    const respondedAt = answered ? new Date(createdAt.getTime() + random.int(1, ageDays > 6 ? 9 : Math.max(1, ageDays)) * day * 0.7) : null;
    const closedAt = closed && respondedAt ? new Date(Math.min(now.getTime(), respondedAt.getTime() + random.int(0, 20) * day)) : null;
    const status = closed ? 'closed' as const : answered ? random.pick(['in_progress', 'waiting_agent'] as const) : random.pick(['open', 'in_progress'] as const);
    return {
      agent_id: agent.id,
      academie_code: DEMO_ACADEMIE,
      departement_code: agent.departement_code,
      topic,
      subject: random.pick(SUBJECTS[topic]!),
      description: 'Bonjour, je souhaiterais être accompagné(e) sur ce sujet. Je reste disponible pour un échange. Cordialement.',
      status,
      sensitive: SENSITIVE_TOPICS.includes(topic),
      channel: random.weighted({ web: 70, phone: 18, email: 9, in_person: 3 }),
      contact_preference: random.weighted({ email: 50, phone: 35, visio: 10, in_person: 5 }),
      consent_to_share: random.next() < 0.6,
      // The named demo agents are followed by the first adviser of their département.
      assignee_id: random.next() < 0.95 ? (i < 10 ? advisers[agent.departement_code]![0]! : random.pick(advisers[agent.departement_code]!)) : null,
      created_at: createdAt,
      acknowledged_at: createdAt,
      first_response_due_at: due,
      first_responded_at: respondedAt && respondedAt < now ? respondedAt : null,
      closed_at: closedAt,
      response_type: closedAt ? random.weighted(RESPONSE_TYPE_WEIGHTS) : null,
      closing_summary: closedAt ? 'Information apportée et orientation proposée.' : null,
    };
  }).sort((a, b) => a.created_at.getTime() - b.created_at.getTime());

  const byYear = new Map<number, typeof rows>();
  for (const row of rows) byYear.set(row.created_at.getUTCFullYear(), [...(byYear.get(row.created_at.getUTCFullYear()) ?? []), row]);
  for (const [year, yearRows] of byYear) {
    const references = await nextReferences(trx, DEMO_ACADEMIE, year, yearRows.length);
    await trx.insertInto('requests').values(yearRows.map((row, i) => ({ ...row, reference: references[i]! }))).execute();
  }
}
