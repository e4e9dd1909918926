import { sql, type Expression, type Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';
import type { CurrentUser } from '../../auth/current-user.ts';
import { can, memberGrantTerritories } from '../../policies/index.ts';
import { forbidden, impossible, notFound } from '../../errors/app-error.ts';
import type { MemberCandidates } from '../../../shared/contracts/orientation.ts';
import { findContactPoint, findTerritories } from './repository.ts';
import { contactPointFacts } from './facts.ts';

const LIMIT = 20;
const ACCENTED = 'àâäáãåéèêëíìîïóòôöõúùûüçñÿ';
const PLAIN = 'aaaaaaeeeeiiiiooooouuuucny';

/** Lower case without accents, on both sides of the comparison: « helene » finds « Hélène Dumont ». */
const folded = (value: Expression<string>) => sql<string>`translate(lower(${value}), ${ACCENTED}, ${PLAIN})`;
const fold = (q: string) => q.trim().toLowerCase().normalize('NFD').replace(/\p{Diacritic}/gu, '');

/**
 * The people a manager of a contact point may add as its members (`addMember` accepts each): active
 * holders of the `contact_point` role in a territory it allows, not members yet, whose name or
 * e-mail contains `q`; by name, at most 20. Unknown contact point: 404; not theirs to manage: 403.
 */
export async function listMemberCandidates(db: Kysely<DB>, user: CurrentUser, id: string, q = ''): Promise<MemberCandidates> {
  const row = await findContactPoint(db, id);
  if (!row) throw notFound('Cet interlocuteur est introuvable.');
  const facts = contactPointFacts(row, await findTerritories(db, [id]));
  if (!can(user, 'contactPoint.manage', facts)) {
    throw forbidden('Cet interlocuteur ne relève pas de votre territoire : vous ne pouvez pas le modifier.');
  }
  if (row.archived_at) throw impossible('Cet interlocuteur est archivé : on ne peut plus lui ajouter de membre.');
  if (row.kind === 'external_partner' || row.kind === 'adviser') {
    throw impossible('Un partenaire extérieur ou une fiche de conseillers n’a pas de membres dans ProxiRH.');
  }

  const where = memberGrantTerritories(facts);
  const pattern = `%${fold(q).replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
  const rows = await db.selectFrom('persons as p')
    .select(['p.id', 'p.display_name', 'p.email'])
    .where('p.active', '=', true)
    .where((eb) => eb.exists(eb.selectFrom('role_assignments as ra').select('ra.id')
      .whereRef('ra.person_id', '=', 'p.id').where('ra.role', '=', 'contact_point')
      .$if(!where.anywhere, (qb) => qb.where((g) => g.or(where.anywhere ? [] : where.territories.map((t) => (t.level === 'national'
        ? g('ra.territory_level', '=', 'national')
        : g.and([g('ra.territory_level', '=', t.level), g('ra.territory_code', '=', t.code)]))))))))
    .where((eb) => eb.not(eb.exists(eb.selectFrom('contact_point_members as m').select('m.person_id')
      .whereRef('m.person_id', '=', 'p.id').where('m.contact_point_id', '=', id))))
    .where((eb) => eb.or([eb(folded(eb.ref('p.display_name')), 'like', pattern), eb(folded(eb.ref('p.email')), 'like', pattern)]))
    .orderBy('p.display_name').orderBy('p.id')
    .limit(LIMIT + 1)
    .execute();
  return {
    items: rows.slice(0, LIMIT).map((p) => ({ id: p.id, displayName: p.display_name, email: p.email })),
    more: rows.length > LIMIT,
  };
}
