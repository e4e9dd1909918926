import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';
import type { AgentCategory, Topic } from '../../../shared/glossary.ts';
import type { ContactPointKind } from '../../../shared/contracts/orientation.ts';
import { DEMO_ACADEMIE, DEMO_BASSINS } from './amiens.ts';

/*
 * The orientation network of the demo académie of Amiens, as its roadmap names it: a career
 * adviser per DSDEN, the social service of each DSDEN, the occupational doctors, the disability
 * correspondent, the psychologist's listening line, the mobility and promotions cells, the DPE
 * and DPAE management offices, the leadership mission, one HR correspondent per bassin, the
 * advisers of each département (their service's contacts), and external partners.
 *
 * Every contact is a service's (a functional mailbox, an office), never a person's: the names and
 * addresses of members are invented (no real personal data). Telephone numbers are left out but
 * for the listening line the roadmap publishes.
 */

interface DemoContactPoint {
  key: string;
  kind: ContactPointKind;
  name: string;
  /** Null: a national partner. */
  academie: string | null;
  description: string;
  email?: string;
  phone?: string;
  hours?: string;
  address?: string;
  website?: string;
  topics: Topic[];
  categories?: AgentCategory[];
  territories: Array<{ level: 'national' | 'academie' | 'departement' | 'bassin'; code: string; departement?: string; label?: string }>;
  /** E-mails of the members: existing demo accounts, or people written below. */
  members?: string[];
}

const ALL_CATEGORIES: AgentCategory[] = ['first_degree', 'second_degree', 'biatss', 'leadership'];
const OFFICE_HOURS = 'Du lundi au vendredi, de 9 h à 12 h et de 14 h à 17 h';
const DSDEN = { '02': { name: 'Aisne', of: 'de l’Aisne', town: 'Laon' }, '60': { name: 'Oise', of: 'de l’Oise', town: 'Beauvais' }, '80': { name: 'Somme', of: 'de la Somme', town: 'Amiens' } } as const;
type Dept = keyof typeof DSDEN;
const DEPARTEMENTS = Object.keys(DSDEN) as Dept[];
const academie = [{ level: 'academie' as const, code: DEMO_ACADEMIE }];
const rectorat = 'Rectorat de l’académie d’Amiens, Amiens';

/** The demo people who answer for a contact point (the `contact_point` role), besides the demo accounts. */
export const NETWORK_MEMBERS = [
  { email: 'marie.delcourt@ac-amiens.fr', given: 'Marie', family: 'Delcourt', departement: '02' },
  { email: 'stephane.boucher@ac-amiens.fr', given: 'Stéphane', family: 'Boucher', departement: '60' },
  { email: 'anne.lefranc@ac-amiens.fr', given: 'Anne', family: 'Lefranc', departement: '02' },
  { email: 'beatrice.caudron@ac-amiens.fr', given: 'Béatrice', family: 'Caudron', departement: '60' },
  { email: 'francois.demarcy@ac-amiens.fr', given: 'François', family: 'Demarcy', departement: '80' },
  { email: 'lucie.hennebert@ac-amiens.fr', given: 'Lucie', family: 'Hennebert', departement: '80' },
  { email: 'pascale.vermeulen@ac-amiens.fr', given: 'Pascale', family: 'Vermeulen', departement: '80' },
  { email: 'gilles.ternisien@ac-amiens.fr', given: 'Gilles', family: 'Ternisien', departement: '80' },
  { email: 'karine.duquesne@ac-amiens.fr', given: 'Karine', family: 'Duquesne', departement: '80' },
  { email: 'yann.sauvage@ac-amiens.fr', given: 'Yann', family: 'Sauvage', departement: '80' },
  { email: 'corinne.petitprez@ac-amiens.fr', given: 'Corinne', family: 'Petitprez', departement: '80' },
  { email: 'damien.leroux@ac-amiens.fr', given: 'Damien', family: 'Leroux', departement: '80' },
  { email: 'sylvie.obry@ac-amiens.fr', given: 'Sylvie', family: 'Obry', departement: '80' },
] as const;

/** The demo accounts of seed-demo.ts who hold the `contact_point` role. */
const CAREER_ADVISER_ACCOUNT = 'olivier.delattre@ac-amiens.fr';
const SOCIAL_WORKER_ACCOUNT = 'sandrine.poulain@ac-amiens.fr';

export function orientationNetwork(): DemoContactPoint[] {
  const perDepartement = DEPARTEMENTS.flatMap((d): DemoContactPoint[] => [
    {
      key: `advisers-${d}`, kind: 'adviser', name: `Conseillers RH de proximité ${DSDEN[d].of}`, academie: DEMO_ACADEMIE,
      description: 'Une écoute et un accompagnement personnalisés pour toute question sur votre parcours, vos conditions de travail ou vos démarches.',
      email: `rh-proximite${d}@ac-amiens.fr`, hours: `${OFFICE_HOURS}, sur rendez-vous`, address: `DSDEN ${DSDEN[d].of}, ${DSDEN[d].town}`,
      topics: ['career_project', 'work_difficulties', 'health_wellbeing', 'application_support', 'training_project', 'managerial_support', 'protection'],
      categories: ALL_CATEGORIES, territories: [{ level: 'departement', code: d }],
    },
    {
      key: `career-${d}`, kind: 'career_adviser', name: `Conseiller mobilité carrière ${DSDEN[d].of}`, academie: DEMO_ACADEMIE,
      description: 'Bilan de carrière, projet de mobilité, reconversion, détachement ou disponibilité : un entretien pour construire votre projet.',
      email: `cmc${d}@ac-amiens.fr`, hours: 'Sur rendez-vous', address: `DSDEN ${DSDEN[d].of}, ${DSDEN[d].town}`,
      topics: ['career_project', 'training_project', 'application_support'], categories: ALL_CATEGORIES,
      territories: [{ level: 'departement', code: d }],
      members: d === '80' ? [CAREER_ADVISER_ACCOUNT] : d === '60' ? ['stephane.boucher@ac-amiens.fr'] : ['marie.delcourt@ac-amiens.fr'],
    },
    {
      key: `social-${d}`, kind: 'social_worker', name: `Service social des personnels ${DSDEN[d].of}`, academie: DEMO_ACADEMIE,
      description: 'Les assistantes et assistants de service social écoutent, conseillent et accompagnent les personnels en difficulté personnelle, familiale ou financière.',
      email: `service-social${d}@ac-amiens.fr`, hours: OFFICE_HOURS, address: `DSDEN ${DSDEN[d].of}, ${DSDEN[d].town}`,
      topics: ['health_wellbeing', 'work_difficulties'], categories: ALL_CATEGORIES, territories: [{ level: 'departement', code: d }],
      members: d === '80' ? [SOCIAL_WORKER_ACCOUNT] : d === '60' ? ['beatrice.caudron@ac-amiens.fr'] : ['anne.lefranc@ac-amiens.fr'],
    },
    {
      key: `doctor-${d}`, kind: 'occupational_doctor', name: `Médecine de prévention ${DSDEN[d].of}`, academie: DEMO_ACADEMIE,
      description: 'Visites médicales, aménagements de poste et conditions de travail : les médecins du travail des personnels.',
      email: `medecine-prevention${d}@ac-amiens.fr`, hours: 'Sur rendez-vous', address: `DSDEN ${DSDEN[d].of}, ${DSDEN[d].town}`,
      topics: ['health_wellbeing'], categories: ALL_CATEGORIES, territories: [{ level: 'departement', code: d }],
      members: ['pascale.vermeulen@ac-amiens.fr'],
    },
  ]);

  const bassins = DEMO_BASSINS.map((b, i): DemoContactPoint => ({
    key: `hr-${b.code}`, kind: 'hr_correspondent', name: `Correspondant RH du ${b.name.charAt(0).toLowerCase()}${b.name.slice(1)}`, academie: DEMO_ACADEMIE,
    description: 'Un relais de proximité dans les établissements du bassin : premières informations RH et mise en relation avec le bon service.',
    email: `correspondant-rh.${b.code.slice(-3).toLowerCase()}@ac-amiens.fr`, hours: 'Sur rendez-vous, dans un établissement du bassin',
    topics: ['career_project', 'work_difficulties', 'application_support'], categories: ['second_degree', 'biatss'],
    territories: [{ level: 'bassin', code: b.code, departement: b.departement_code }],
    members: i % 3 === 0 ? ['damien.leroux@ac-amiens.fr'] : i % 3 === 1 ? ['sylvie.obry@ac-amiens.fr'] : ['yann.sauvage@ac-amiens.fr'],
  }));

  const academieWide: DemoContactPoint[] = [
    {
      key: 'listening-line', kind: 'occupational_psychologist', name: 'Cellule d’écoute des psychologues du travail', academie: DEMO_ACADEMIE,
      description: 'Une écoute confidentielle par des psychologues du travail, pour les personnels en souffrance ou en difficulté au travail.',
      phone: '03 22 82 38 25', email: 'ecoute-psychologues@ac-amiens.fr', hours: OFFICE_HOURS, address: rectorat,
      topics: ['health_wellbeing', 'work_difficulties', 'protection'], categories: ALL_CATEGORIES, territories: academie,
      members: ['lucie.hennebert@ac-amiens.fr'],
    },
    {
      key: 'disability', kind: 'disability_correspondent', name: 'Correspondante handicap de l’académie', academie: DEMO_ACADEMIE,
      description: 'Reconnaissance de la qualité de travailleur handicapé, aménagements de poste et de conditions de travail, aides du FIPHFP.',
      email: 'correspondant-handicap@ac-amiens.fr', hours: 'Sur rendez-vous', address: rectorat,
      topics: ['health_wellbeing', 'application_support'], categories: ALL_CATEGORIES, territories: academie,
      members: ['corinne.petitprez@ac-amiens.fr'],
    },
    {
      key: 'equality', kind: 'equality_officer', name: 'Référente égalité et diversité', academie: DEMO_ACADEMIE,
      description: 'Signalement et accompagnement des situations de discrimination, de harcèlement ou de violences sexistes et sexuelles.',
      email: 'egalite-diversite@ac-amiens.fr', address: rectorat,
      topics: ['protection', 'work_difficulties'], categories: ALL_CATEGORIES, territories: academie,
      members: ['corinne.petitprez@ac-amiens.fr'],
    },
    {
      key: 'mobility-cell', kind: 'cell', name: 'Cellule mobilité', academie: DEMO_ACADEMIE,
      description: 'Mouvements inter et intra-académiques, postes spécifiques, affectation des personnels stagiaires, rapprochement de conjoints.',
      email: 'cellule-mobilite@ac-amiens.fr', hours: OFFICE_HOURS, address: rectorat,
      topics: ['career_project', 'application_support'], categories: ALL_CATEGORIES, territories: academie,
      members: [CAREER_ADVISER_ACCOUNT, 'francois.demarcy@ac-amiens.fr'],
    },
    {
      key: 'promotions-cell', kind: 'cell', name: 'Cellule promotions', academie: DEMO_ACADEMIE,
      description: 'Avancement, promotions de grade et de corps, listes d’aptitude, rendez-vous de carrière.',
      email: 'cellule-promotions@ac-amiens.fr', hours: OFFICE_HOURS, address: rectorat,
      topics: ['career_project', 'application_support'], categories: ALL_CATEGORIES, territories: academie,
      members: ['francois.demarcy@ac-amiens.fr'],
    },
    {
      key: 'dpe', kind: 'management_office', name: 'Division des personnels enseignants (DPE)', academie: DEMO_ACADEMIE,
      description: 'La gestion administrative et financière des enseignants du second degré, des personnels d’éducation et psychologues (contractuels compris).',
      email: 'dpe@ac-amiens.fr', hours: OFFICE_HOURS, address: rectorat,
      topics: ['application_support', 'career_project'], categories: ['second_degree'], territories: academie,
      members: ['karine.duquesne@ac-amiens.fr'],
    },
    {
      key: 'dpae', kind: 'management_office', name: 'Division des personnels d’administration et d’encadrement (DPAE)', academie: DEMO_ACADEMIE,
      description: 'La gestion des personnels administratifs, techniques, sociaux et de santé, des bibliothèques et des personnels d’encadrement.',
      email: 'dpae@ac-amiens.fr', hours: OFFICE_HOURS, address: rectorat,
      topics: ['application_support', 'career_project'], categories: ['biatss', 'leadership'], territories: academie,
      members: ['gilles.ternisien@ac-amiens.fr'],
    },
    {
      key: 'leadership', kind: 'leadership_mission', name: 'Mission d’accompagnement des personnels d’encadrement', academie: DEMO_ACADEMIE,
      description: 'Prise de fonctions, mobilité et parcours des personnels de direction et d’inspection, appui managérial.',
      email: 'mission-encadrement@ac-amiens.fr', address: rectorat,
      topics: ['managerial_support', 'career_project'], categories: ['leadership'], territories: academie,
      members: ['gilles.ternisien@ac-amiens.fr'],
    },
    {
      key: 'crous', kind: 'external_partner', name: 'CROUS Amiens-Picardie', academie: DEMO_ACADEMIE,
      description: 'Logement et restauration, notamment pour les personnels stagiaires et les étudiants alternants.',
      website: 'https://www.crous-amiens.fr', topics: ['application_support'], categories: ['first_degree', 'second_degree'], territories: academie,
    },
    ...DEPARTEMENTS.map((d): DemoContactPoint => ({
      key: `udaf-${d}`, kind: 'external_partner', name: `UDAF ${DSDEN[d].of}`, academie: DEMO_ACADEMIE,
      description: 'Union départementale des associations familiales : accompagnement budgétaire (point conseil budget) et soutien aux familles.',
      topics: ['health_wellbeing'], categories: ALL_CATEGORIES, territories: [{ level: 'departement', code: d }],
    })),
  ];

  const national: DemoContactPoint[] = [
    {
      key: 'mgen-pas', kind: 'external_partner', name: 'Réseau PAS de la MGEN (Prévention, aide et suivi)', academie: null,
      description: 'Des espaces d’accueil et d’écoute, animés par des psychologues, pour les personnels de l’Éducation nationale en difficulté.',
      website: 'https://www.mgen.fr', topics: ['health_wellbeing', 'work_difficulties'], categories: ALL_CATEGORIES,
      territories: [{ level: 'national', code: 'FR' }],
    },
    {
      key: 'fiphfp', kind: 'external_partner', name: 'FIPHFP (Fonds pour l’insertion des personnes handicapées dans la fonction publique)', academie: null,
      description: 'Financement d’aides techniques et humaines pour le maintien dans l’emploi des agents en situation de handicap.',
      website: 'https://www.fiphfp.fr', topics: ['health_wellbeing', 'application_support'], categories: ALL_CATEGORIES,
      territories: [{ level: 'national', code: 'FR' }],
    },
  ];

  return [...perDepartement, ...academieWide, ...bassins, ...national];
}

/**
 * Writes the network (once: a second call leaves the directory as it is) with its members: the
 * demo accounts holding the `contact_point` role, and the other members written here with that
 * role. To be called inside the demo seed's transaction, after the demo accounts are written.
 */
export async function seedOrientationNetwork(db: Kysely<DB>): Promise<boolean> {
  const existing = await db.selectFrom('contact_points').select('id').where('academie_code', '=', DEMO_ACADEMIE).limit(1).executeTakeFirst();
  if (existing) return false;

  const memberIds = new Map<string, string>();
  for (const m of NETWORK_MEMBERS) {
    const found = await db.selectFrom('persons').select('id').where((eb) => eb(eb.fn('lower', ['email']), '=', m.email)).executeTakeFirst();
    const id = found?.id ?? (await db.insertInto('persons').values({
      email: m.email, display_name: `${m.given} ${m.family}`, given_name: m.given, family_name: m.family,
      category: 'biatss', employment_status: 'tenured', departement_code: m.departement, academie_code: DEMO_ACADEMIE,
    }).returning('id').executeTakeFirstOrThrow()).id;
    await db.insertInto('role_assignments').values({ person_id: id, role: 'contact_point', territory_level: 'academie', territory_code: DEMO_ACADEMIE })
      .onConflict((oc) => oc.doNothing()).execute();
    memberIds.set(m.email, id);
  }
  for (const email of [CAREER_ADVISER_ACCOUNT, SOCIAL_WORKER_ACCOUNT]) {
    const found = await db.selectFrom('persons').select('id').where('email', '=', email).executeTakeFirst();
    if (found) memberIds.set(email, found.id);
  }

  const bassinNames = new Map(DEMO_BASSINS.map((b) => [b.code, b.name]));
  for (const cp of orientationNetwork()) {
    const { id } = await db.insertInto('contact_points').values({
      kind: cp.kind, name: cp.name, academie_code: cp.academie, description: cp.description,
      email: cp.email ?? null, phone: cp.phone ?? null, hours: cp.hours ?? null, address: cp.address ?? null, website: cp.website ?? null,
      topics: JSON.stringify(cp.topics), categories: JSON.stringify(cp.categories ?? ALL_CATEGORIES),
    }).returning('id').executeTakeFirstOrThrow();
    await db.insertInto('contact_point_territories').values(cp.territories.map((t) => ({
      contact_point_id: id, level: t.level, code: t.code,
      departement_code: t.level === 'departement' ? t.code : t.departement ?? null,
      label: t.level === 'bassin' ? bassinNames.get(t.code) ?? t.label ?? t.code : null,
    }))).execute();
    const members = (cp.members ?? []).map((email) => memberIds.get(email)).filter((m): m is string => m !== undefined);
    if (members.length) {
      await db.insertInto('contact_point_members').values(members.map((person_id) => ({ contact_point_id: id, person_id }))).execute();
    }
  }
  return true;
}
