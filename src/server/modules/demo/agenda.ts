import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';
import { DEMO_ACADEMIE } from './amiens.ts';

const DAY = 86_400_000;

/**
 * The demo's agents waiting for an earlier slot (issue 14, « Créneaux plus tôt »): a named demo
 * agent (Sophie Vandenberghe) and a few background agents of the Somme, oldest first. The advisers'
 * agendas need nothing more: their past weeks come from the appointments' history, their days ahead
 * from the named accounts' appointments (whose « Mes rendez-vous » stay as written). No mail is due
 * at the first start: no slot has been freed yet. Called inside the demo seed's transaction.
 */
export async function seedDemoAgenda(db: Kysely<DB>, now: Date): Promise<void> {
  const agents = await db.selectFrom('role_assignments as ra').innerJoin('persons as p', 'p.id', 'ra.person_id')
    .select(['p.id', 'p.departement_code']).where('ra.role', '=', 'agent').where('p.academie_code', '=', DEMO_ACADEMIE)
    .where('p.id', 'not in', db.selectFrom('demo_accounts').select('person_id')).orderBy('p.id').execute();

  // Agents waiting for an earlier slot: a named demo agent and a few background ones.
  const sophie = await db.selectFrom('persons').select(['id', 'departement_code']).where('email', '=', 'sophie.vandenberghe@ac-amiens.fr').executeTakeFirst();
  const waiting = [
    ...(sophie?.departement_code ? [{ agent_id: sophie.id, departement_code: sophie.departement_code, reason: 'end_of_career', mode: null }] : []),
    ...agents.filter((a) => a.departement_code === '80').slice(0, 3).map((a, i) => ({
      agent_id: a.id, departement_code: '80', reason: i === 0 ? 'mobility_file' : 'career_project', mode: i === 2 ? 'visio' as const : null,
    })),
  ];
  if (waiting.length) {
    await db.insertInto('earlier_slot_wishes').values(waiting.map((w, i) => ({
      ...w, academie_code: DEMO_ACADEMIE, created_at: new Date(now.getTime() - (10 - i) * DAY),
    }))).execute();
  }
}
