import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';
import type { ActionContext } from '../../audit/audit-log.ts';
import { recordAudit } from '../../audit/audit-log.ts';
import { impossible, notFound } from '../../errors/app-error.ts';
import { registrationsWithSession } from './repository.ts';
import { promoteWaiting } from './promote-waiting.ts';
import type { SessionMails } from './notifications.ts';

/**
 * The agent leaves a session (a seat or the waiting list) until it starts. A freed seat goes at
 * once to the first of the waiting list, under the session's row lock.
 */
export async function unregisterFromSession(db: Kysely<DB>, ctx: ActionContext, mails: SessionMails, sessionId: string, now = new Date()): Promise<void> {
  const { user } = ctx;
  await db.transaction().execute(async (trx) => {
    const session = await trx.selectFrom('collective_sessions').select(['id', 'starts_at', 'status', 'academie_code'])
      .where('id', '=', sessionId).forUpdate().executeTakeFirst();
    const registration = session && await trx.selectFrom('collective_session_registrations').select(['id', 'status'])
      .where('session_id', '=', sessionId).where('agent_id', '=', user.id).where('status', '<>', 'cancelled').forUpdate().executeTakeFirst();
    if (!session || !registration) throw notFound('Vous n’êtes pas inscrit à cet atelier.');
    if (session.status === 'cancelled') throw impossible('Cet atelier est annulé : votre inscription l’est aussi.');
    if (session.starts_at.getTime() <= now.getTime()) throw impossible('Cet atelier a déjà commencé : il n’est plus possible de s’en désinscrire.');
    await trx.updateTable('collective_session_registrations').set({ status: 'cancelled', cancelled_at: now }).where('id', '=', registration.id).execute();
    if (registration.status === 'registered') {
      await trx.updateTable('collective_sessions').set((eb) => ({ registered_count: eb('registered_count', '-', 1) })).where('id', '=', sessionId).execute();
      await mails.send(trx, 'session.unregistered', await registrationsWithSession(trx).where('r.id', '=', registration.id).executeTakeFirstOrThrow());
      await promoteWaiting(trx, mails, sessionId, now);
    }
    await recordAudit(trx, ctx, { action: 'collective_session.unregister', targetType: 'collective_session', targetId: sessionId,
      academieCode: session.academie_code, actorRole: 'agent' });
  });
}
