import crypto from 'node:crypto';
import { sql, type Kysely } from 'kysely';
import type { DB } from '../db/schema.ts';
import type { CurrentUser, RoleGrant } from './current-user.ts';

/** A session never lives longer than a working day, however active. */
const ABSOLUTE_LIFETIME_HOURS = 12;
/** Sliding expiry is written at most this often, to spare a write per request. */
const TOUCH_EVERY_MS = 5 * 60 * 1000;

export const hashToken = (token: string) => crypto.createHash('sha256').update(token).digest('base64url');
const randomToken = () => crypto.randomBytes(32).toString('base64url');

export async function createSession(db: Kysely<DB>, personId: string, method: 'oidc' | 'demo', idleMinutes: number) {
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

export async function deleteSession(db: Kysely<DB>, tokenHash: string) {
  recentSessions.delete(tokenHash);
  await db.deleteFrom('sessions').where('token_hash', '=', tokenHash).execute();
}

interface RecentSession { user: CurrentUser; fetchedAt: number; expiresAt: number; createdAt: number }

/**
 * Sessions looked up in the last few seconds, so that a burst of calls from one browser costs
 * one database read. Signing out here forgets the entry at once; a change made elsewhere (a
 * person deactivated by the directory, a role withdrawn, a sign-out on another instance) is seen
 * at most `SESSION_CACHE_SECONDS` later (default 5). The idle and absolute expiries are checked
 * on every call, cached or not.
 */
class RecentSessions {
  private readonly entries = new Map<string, RecentSession>();
  constructor(private readonly maxEntries = 20_000) {}

  get(tokenHash: string, now: number, ttlMs: number) {
    const entry = this.entries.get(tokenHash);
    if (!entry) return undefined;
    if (now - entry.fetchedAt >= ttlMs || !isLive(entry, now)) {
      this.entries.delete(tokenHash);
      return undefined;
    }
    return entry.user;
  }

  set(tokenHash: string, entry: RecentSession) {
    this.entries.delete(tokenHash);
    if (this.entries.size >= this.maxEntries) this.entries.delete(this.entries.keys().next().value!);
    this.entries.set(tokenHash, entry);
  }

  delete(tokenHash: string) {
    this.entries.delete(tokenHash);
  }
}

const recentSessions = new RecentSessions();

function isLive(session: { expiresAt: number; createdAt: number }, now: number) {
  return session.expiresAt > now && session.createdAt + ABSOLUTE_LIFETIME_HOURS * 3_600_000 > now;
}

export async function loadRoles(db: Kysely<DB>, personId: string): Promise<RoleGrant[]> {
  const rows = await db.selectFrom('role_assignments')
    .select(['role', 'territory_level', 'territory_code'])
    .where('person_id', '=', personId)
    .orderBy('role').orderBy('territory_level').orderBy('territory_code')
    .execute();
  return rows.map((r) => ({ role: r.role, territory: { level: r.territory_level, code: r.territory_code } }));
}

/**
 * The signed-in person behind a cookie token, or null (unknown, expired, or inactive person).
 * `cacheSeconds` > 0: a session read less than that long ago is answered from memory.
 */
export async function findSessionUser(db: Kysely<DB>, token: string, idleMinutes: number, cacheSeconds = 0): Promise<CurrentUser | null> {
  const tokenHash = hashToken(token);
  const now = Date.now();
  if (cacheSeconds > 0) {
    const cached = recentSessions.get(tokenHash, now, cacheSeconds * 1000);
    if (cached) return cached;
  }
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
  if (!row || !row.active || !isLive({ expiresAt: row.expires_at.getTime(), createdAt: row.created_at.getTime() }, now)) {
    recentSessions.delete(tokenHash);
    return null;
  }
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
  if (cacheSeconds > 0) recentSessions.set(tokenHash, { user, fetchedAt: now, expiresAt, createdAt: row.created_at.getTime() });
  return user;
}

export async function purgeExpiredSessions(db: Kysely<DB>) {
  await db.deleteFrom('sessions').where('expires_at', '<', new Date()).execute();
  await db.deleteFrom('oidc_flows').where('expires_at', '<', new Date()).execute();
}
