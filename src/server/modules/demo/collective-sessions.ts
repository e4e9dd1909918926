import { TZDate } from '@date-fns/tz';
import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';
import { parisDate } from '../../clock.ts';
import { isWorkingDay } from '../../calendar/working-days.ts';
import { DEMO_ACADEMIE } from './amiens.ts';

const DAY = 86_400_000;

interface DemoSession {
  title: string; kind: 'information_meeting' | 'workshop' | 'webinar'; description: string; organiser: string; departement: string;
  /** Days from the first start (negative: past), and the Paris time. */
  inDays: number; at: [number, number]; hours: number;
  place: { kind: 'establishment' | 'dsden' | 'rectorat' | 'visio'; label: string; address?: string; uai?: string; url?: string };
  capacity: number; audience?: { departements?: string[]; categories?: string[] };
  /** Seats taken and people waiting (background agents of the académie); present among the seated, for a past one. */
  seated: number; waiting?: number; present?: number; camille?: boolean;
}

const SESSIONS: DemoSession[] = [
  { title: 'Présentation des circulaires mobilité 2027', kind: 'webinar', organiser: 'claire.vasseur@ac-amiens.fr', departement: '80', inDays: 6, at: [14, 0], hours: 1.5,
    description: 'Le calendrier du mouvement inter- et intra-académique, les barèmes et les pièces à fournir.\nQuestions et réponses en fin de séance.',
    place: { kind: 'visio', label: 'Webinaire', url: 'https://webconf.numerique.gouv.fr/rhp-amiens-circulaires-mobilite' }, capacity: 150, seated: 37 },
  { title: 'Petit déjeuner de la RH de proximité', kind: 'information_meeting', organiser: 'eric.lambert@ac-amiens.fr', departement: '80', inDays: 9, at: [8, 30], hours: 1.5,
    description: 'Un temps d’échange informel avec les conseillers RH de proximité de la Somme, autour d’un café.',
    place: { kind: 'establishment', label: 'Collège Millevoye', address: '4 rue du Collège, 80100 Abbeville', uai: '0801004D' }, capacity: 12, seated: 12, waiting: 3,
    audience: { departements: ['80'] } },
  { title: 'Atelier mobilité professionnelle', kind: 'workshop', organiser: 'claire.vasseur@ac-amiens.fr', departement: '80', inDays: 13, at: [14, 0], hours: 3,
    description: 'Faire le point sur son parcours, identifier ses compétences transférables et construire un projet de mobilité.',
    place: { kind: 'dsden', label: 'DSDEN de la Somme, Amiens', address: '20 boulevard d’Alsace-Lorraine, 80000 Amiens' }, capacity: 15, seated: 9,
    camille: true },
  { title: 'Préparer son départ à la retraite', kind: 'information_meeting', organiser: 'helene.dumont@ac-amiens.fr', departement: '80', inDays: 20, at: [14, 30], hours: 2,
    description: 'Les démarches, le calendrier et les simulateurs, avec le service des pensions.',
    place: { kind: 'rectorat', label: 'Rectorat de l’académie d’Amiens', address: '20 boulevard d’Alsace-Lorraine, 80000 Amiens' }, capacity: 40, seated: 14 },
  { title: 'Atelier « Préparer son entretien de mobilité »', kind: 'workshop', organiser: 'julien.caron@ac-amiens.fr', departement: '60', inDays: 11, at: [9, 30], hours: 2.5,
    description: 'Préparer un entretien pour un poste à profil : se présenter, valoriser son expérience.',
    place: { kind: 'dsden', label: 'DSDEN de l’Oise, Beauvais', address: 'Beauvais (60000)' }, capacity: 10, seated: 4, audience: { departements: ['60'] } },
  // Held: their attendance feeds the reports (« information collective »).
  { title: 'Présentation des circulaires mobilité (promotions)', kind: 'webinar', organiser: 'claire.vasseur@ac-amiens.fr', departement: '80', inDays: -21, at: [14, 0], hours: 1.5,
    description: 'Les campagnes d’avancement et de promotion de l’année.',
    place: { kind: 'visio', label: 'Webinaire', url: 'https://webconf.numerique.gouv.fr/rhp-amiens-promotions' }, capacity: 100, seated: 42, present: 35 },
  { title: 'Petit déjeuner de la RH de proximité', kind: 'information_meeting', organiser: 'aurelie.lemaire@ac-amiens.fr', departement: '02', inDays: -35, at: [8, 30], hours: 1.5,
    description: 'Un temps d’échange avec les conseillers RH de proximité de l’Aisne.',
    place: { kind: 'dsden', label: 'DSDEN de l’Aisne, Laon', address: 'Laon (02000)' }, capacity: 15, seated: 11, present: 9,
    audience: { departements: ['02'] } },
  { title: 'Atelier mobilité professionnelle', kind: 'workshop', organiser: 'claire.vasseur@ac-amiens.fr', departement: '80', inDays: -49, at: [14, 0], hours: 3,
    description: 'Faire le point sur son parcours et construire un projet de mobilité.',
    place: { kind: 'dsden', label: 'DSDEN de la Somme, Amiens' }, capacity: 15, seated: 15, present: 13, camille: true },
];

/** The n-th working day from `from` (forward, or backward for a negative offset), Paris calendar. */
function workingDay(now: Date, offset: number): string {
  let at = now.getTime() + offset * DAY;
  while (!isWorkingDay(new Date(at))) at += (offset < 0 ? -1 : 1) * DAY;
  return parisDate(new Date(at));
}

/**
 * The demo académie's collective sessions: upcoming ones (one full with a waiting list, one
 * Camille Dupuis is registered to), and past ones with their attendance. Each upcoming one starts
 * six days or more after the first start, so no reminder is due (decision 0010). Called inside
 * the demo seed's transaction.
 */
export async function seedDemoCollectiveSessions(db: Kysely<DB>, now: Date): Promise<void> {
  const organisers = new Map((await db.selectFrom('persons').select(['id', 'email'])
    .where('email', 'in', [...new Set(SESSIONS.map((s) => s.organiser))]).execute()).map((p) => [p.email, p.id]));
  const camille = await db.selectFrom('persons').select('id').where('email', '=', 'camille.dupuis@ac-amiens.fr').executeTakeFirst();
  const agentsOf = async (departement: string) => (await db.selectFrom('persons').select('id')
    .where('departement_code', '=', departement).where('email', 'like', 'agent.%').orderBy('email').limit(80).execute()).map((p) => p.id);
  const pools = new Map<string, string[]>();
  for (const d of ['02', '60', '80']) pools.set(d, await agentsOf(d));

  for (const [index, s] of SESSIONS.entries()) {
    const organiserId = organisers.get(s.organiser);
    if (!organiserId) continue;
    const [y, m, d] = workingDay(now, s.inDays).split('-').map(Number);
    const startsAt = new Date(new TZDate(y!, m! - 1, d!, s.at[0], s.at[1], 'Europe/Paris').getTime());
    const endsAt = new Date(startsAt.getTime() + s.hours * 3_600_000);
    const pool = (s.audience?.departements?.length ? s.audience.departements : ['80', '60', '02']).flatMap((dep) => pools.get(dep) ?? []);
    // Each session its own slice of the pool, so that the same people do not go to everything.
    const people = [...pool.slice((index * 7) % Math.max(1, pool.length)), ...pool].filter((id) => id !== camille?.id);
    const seatedIds = [...(s.camille && camille ? [camille.id] : []), ...people].slice(0, s.seated);
    const waitingIds = people.filter((id) => !seatedIds.includes(id)).slice(0, s.waiting ?? 0);
    const createdAt = new Date(Math.min(now.getTime(), startsAt.getTime()) - 20 * DAY);
    const row = await db.insertInto('collective_sessions').values({
      academie_code: DEMO_ACADEMIE, departement_code: s.departement, title: s.title, kind: s.kind, description: s.description,
      starts_at: startsAt, ends_at: endsAt, place_kind: s.place.kind, place_label: s.place.label, place_address: s.place.address ?? null,
      establishment_uai: s.place.uai ?? null, visio_url: s.place.url ?? null, capacity: s.capacity, registered_count: seatedIds.length,
      audience_departements: JSON.stringify(s.audience?.departements ?? []), audience_categories: JSON.stringify(s.audience?.categories ?? []),
      organiser_id: organiserId, created_by: organiserId, created_at: createdAt, updated_at: createdAt,
    }).returning('id').executeTakeFirstOrThrow();
    const past = startsAt.getTime() < now.getTime();
    const rows = [
      ...seatedIds.map((agentId, i) => ({
        session_id: row.id, agent_id: agentId, status: 'registered' as const, queued_at: new Date(createdAt.getTime() + (i + 1) * 3_600_000),
        attendance: past ? (i < (s.present ?? 0) ? 'present' as const : 'absent' as const) : null,
        reminder_sent_at: past ? new Date(startsAt.getTime() - 2 * DAY) : null,
      })),
      ...waitingIds.map((agentId, i) => ({
        session_id: row.id, agent_id: agentId, status: 'waiting' as const, queued_at: new Date(createdAt.getTime() + (seatedIds.length + i + 1) * 3_600_000),
        attendance: null, reminder_sent_at: null,
      })),
    ];
    if (rows.length) await db.insertInto('collective_session_registrations').values(rows).execute();
  }
}
