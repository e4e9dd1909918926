import crypto from 'node:crypto';
import { sql, type Kysely } from 'kysely';
import type { DB, Executor } from '../db/schema.ts';
import type { CurrentUser, RoleGrant } from './current-user.ts';
import { isLive, type RecentSessions } from './recent-sessions.ts';

/** Sliding expiry is written at most this often, to spare a write per request. */
const TOUCH_EVERY_MS = 5 * 60 * 1000;

const hashToken = (token: string) => crypto.createHash('sha256').update(token).digest('base64url');
const randomToken = () => crypto.randomBytes(32).toString('base64url');

export async function createSession(db: Executor, personId: string, method: 'oidc' | 'demo', idleMinutes: number) {
  const token = randomToken();
  const csrfToken = randomToken();
  await db.insertInto('sessions').values({
    token_hash: hashToken(token),
    person_id: personId,
    csrf_token: csrfToken,
    auth_method: method,
    expires_at: new Date(Date.now() + idleMinutes * 60_000),
  }).execute();
  return { token, csrfToken };
}

/** Ends a session. The database announces it to every instance (session-changes.ts). */
export async function deleteSession(db: Executor, tokenHash: string) {
  await db.deleteFrom('sessions').where('token_hash', '=', tokenHash).execute();
}

export async function loadRoles(db: Executor, personId: string): Promise<RoleGrant[]> {
  const rows = await db.selectFrom('role_assignments')
    .select(['role', 'territory_level', 'territory_code'])
    .where('person_id', '=', personId)
    .orderBy('role').orderBy('territory_level').orderBy('territory_code')
    .execute();
  return rows.map((r) => ({ role: r.role, territory: { level: r.territory_level, code: r.territory_code } }));
}

/**
 * The signed-in person behind a cookie token, or null (unknown, expired, or inactive person).
 * With `recent`, a session this instance read a moment ago is answered from memory.
 */
export async function findSessionUser(db: Kysely<DB>, token: string, idleMinutes: number, recent?: RecentSessions): Promise<CurrentUser | null> {
  const tokenHash = hashToken(token);
  const now = Date.now();
  const cached = recent?.recall(tokenHash, now);
  if (cached) return cached;
  const stamp = recent?.stamp ?? 0;
  const row = await db.selectFrom('sessions as s')
    .innerJoin('persons as p', 'p.id', 's.person_id')
    .select([
      's.csrf_token', 's.last_seen_at', 's.created_at', 's.expires_at',
      'p.id', 'p.display_name', 'p.email', 'p.departement_code', 'p.academie_code', 'p.active',
      sql<unknown>`(select coalesce(json_agg(json_build_object('role', r.role, 'level', r.territory_level, 'code', r.territory_code)
        order by r.role, r.territory_level, r.territory_code), '[]'::json)
        from role_assignments r where r.person_id = p.id)`.as('roles'),
    ])
    .where('s.token_hash', '=', tokenHash)
    .executeTakeFirst();
  if (!row || !row.active || !isLive({ expiresAt: row.expires_at.getTime(), createdAt: row.created_at.getTime() }, now)) return null;
  let expiresAt = row.expires_at.getTime();
  if (now - row.last_seen_at.getTime() > TOUCH_EVERY_MS) {
    expiresAt = now + idleMinutes * 60_000;
    await db.updateTable('sessions')
      .set({ last_seen_at: new Date(now), expires_at: new Date(expiresAt) })
      .where('token_hash', '=', tokenHash)
      .execute();
  }
  const roles = (typeof row.roles === 'string' ? JSON.parse(row.roles) : row.roles) as Array<{ role: RoleGrant['role']; level: RoleGrant['territory']['level']; code: string }>;
  const user: CurrentUser = {
    id: row.id,
    displayName: row.display_name,
    email: row.email,
    departementCode: row.departement_code,
    academieCode: row.academie_code,
    roles: roles.map((r) => ({ role: r.role, territory: { level: r.level, code: r.code } })),
    csrfToken: row.csrf_token,
    sessionTokenHash: tokenHash,
  };
  recent?.remember(tokenHash, { user, fetchedAt: now, expiresAt, createdAt: row.created_at.getTime() }, stamp);
  return user;
}

export async function purgeExpiredSessions(db: Kysely<DB>) {
  await db.deleteFrom('sessions').where('expires_at', '<', new Date()).execute();
  await db.deleteFrom('oidc_flows').where('expires_at', '<', new Date()).execute();
}
