import type { Transaction } from 'kysely';
import type { DB } from '../../db/schema.ts';
import { nextWaiting, registrationsWithSession } from './repository.ts';
import type { SessionMails } from './notifications.ts';

/**
 * Gives the free seats of a session to its waiting list, first come first served, each with its
 * mail and invitation. The caller holds the session's row lock, so no registration runs between.
 */
export async function promoteWaiting(trx: Transaction<DB>, mails: SessionMails, sessionId: string, now: Date): Promise<number> {
  let promoted = 0;
  for (;;) {
    const seat = await trx.updateTable('collective_sessions').set((eb) => ({ registered_count: eb('registered_count', '+', 1) }))
      .where('id', '=', sessionId).where((eb) => eb('registered_count', '<', eb.ref('capacity'))).returning('id').executeTakeFirst();
    if (!seat) return promoted;
    const next = await nextWaiting(trx, sessionId);
    if (!next) {
      await trx.updateTable('collective_sessions').set((eb) => ({ registered_count: eb('registered_count', '-', 1) })).where('id', '=', sessionId).execute();
      return promoted;
    }
    await trx.updateTable('collective_session_registrations').set({ status: 'registered', promoted_at: now }).where('id', '=', next.id).execute();
    await mails.send(trx, 'session.promoted', await registrationsWithSession(trx).where('r.id', '=', next.id).executeTakeFirstOrThrow());
    promoted += 1;
  }
}
