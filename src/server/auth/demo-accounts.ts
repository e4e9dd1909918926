import type { Kysely } from 'kysely';
import type { DB } from '../db/schema.ts';
import type { DemoAccount } from '../../shared/contracts/auth.ts';
import type { RoleGrant } from './current-user.ts';
import type { SigningInPerson } from './sign-in.ts';
import { loadRoles } from './session-store.ts';

/** The accounts offered on the sign-in page in demo mode, in their order, with their grants. */
export async function listDemoAccounts(db: Kysely<DB>): Promise<DemoAccount[]> {
  const rows = await db.selectFrom('demo_accounts as d')
    .innerJoin('persons as p', 'p.id', 'd.person_id')
    .select(['p.id', 'p.display_name', 'p.email', 'd.description'])
    .where('p.active', '=', true)
    .orderBy('d.position')
    .execute();
  const roles = rows.length
    ? await db.selectFrom('role_assignments').select(['person_id', 'role', 'territory_level', 'territory_code'])
      .where('person_id', 'in', rows.map((r) => r.id)).orderBy('role').execute()
    : [];
  return rows.map((r) => ({
    id: r.id,
    displayName: r.display_name,
    email: r.email,
    description: r.description,
    roles: roles.filter((g) => g.person_id === r.id)
      .map((g): RoleGrant => ({ role: g.role, territory: { level: g.territory_level, code: g.territory_code } })),
  }));
}

/** The person behind a demo account id, or undefined when the id is not a demo account. */
export async function findDemoAccountPerson(db: Kysely<DB>, accountId: string): Promise<SigningInPerson | undefined> {
  // Not a UUID: no account, and no SQL (the column would refuse the cast).
  if (!/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(accountId)) return undefined;
  const person = await db.selectFrom('demo_accounts as d')
    .innerJoin('persons as p', 'p.id', 'd.person_id')
    .select(['p.id', 'p.display_name', 'p.email', 'p.departement_code', 'p.academie_code'])
    .where('d.person_id', '=', accountId).where('p.active', '=', true)
    .executeTakeFirst();
  if (!person) return undefined;
  return {
    id: person.id,
    displayName: person.display_name,
    email: person.email,
    departementCode: person.departement_code,
    academieCode: person.academie_code,
    roles: await loadRoles(db, person.id),
  };
}
