import type { Kysely } from 'kysely';
import type { DB } from '../db/schema.ts';
import { recordAudit } from '../audit/audit-log.ts';
import type { CurrentUser } from './current-user.ts';
import { createSession, deleteSession } from './session-store.ts';

/** The person signing in, as sign-in found them (demo account or identity provider). */
export type SigningInPerson = Omit<CurrentUser, 'csrfToken' | 'sessionTokenHash'>;

interface From { ip: string; requestId: string }

/**
 * Opens a session for `person`, in one transaction with its audit row; the browser's previous
 * session, if any, ends in it too (never two identities in one browser).
 * Returns the cookie token and the signed-in user.
 */
export async function signIn(
  db: Kysely<DB>,
  input: { person: SigningInPerson; method: 'demo' | 'oidc'; previousTokenHash: string | undefined; idleMinutes: number; from: From },
): Promise<{ token: string; user: CurrentUser }> {
  const { person, method, previousTokenHash, idleMinutes, from } = input;
  return db.transaction().execute(async (trx) => {
    if (previousTokenHash !== undefined) await deleteSession(trx, previousTokenHash);
    const { token, csrfToken } = await createSession(trx, person.id, method, idleMinutes);
    const user: CurrentUser = { ...person, csrfToken, sessionTokenHash: '' };
    await recordAudit(trx, { user, ...from }, { action: 'auth.login', targetType: 'person', targetId: person.id, details: { method } });
    return { token, user };
  });
}

/** Ends the caller's session, with its audit row. */
export async function signOut(db: Kysely<DB>, user: CurrentUser, from: From): Promise<void> {
  await db.transaction().execute(async (trx) => {
    await deleteSession(trx, user.sessionTokenHash);
    await recordAudit(trx, { user, ...from }, { action: 'auth.logout', targetType: 'person', targetId: user.id });
  });
}
