import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';
import type { ActionContext } from '../../audit/audit-log.ts';
import { recordAudit } from '../../audit/audit-log.ts';
import { impossible } from '../../errors/app-error.ts';
import type { CancelSessionBody, CollectiveSession } from '../../../shared/contracts/collective-sessions.ts';
import { registrationsWithSession, sessionsWithOrganiser } from './repository.ts';
import { presentSession } from './presenter.ts';
import { loadManagedSession } from './load-session.ts';
import type { SessionMails } from './notifications.ts';

/**
 * Its organiser (or coordinator) cancels a session not yet started: every agent registered or
 * waiting is told, the registered ones with the .ics that removes it from their calendar. The
 * message (optional) stays in the audit log's details, never in a mail.
 */
export async function cancelSession(db: Kysely<DB>, ctx: ActionContext, mails: SessionMails, id: string, body: CancelSessionBody, now = new Date()): Promise<CollectiveSession> {
  await db.transaction().execute(async (trx) => {
    const current = await loadManagedSession(trx, ctx.user, id, now, { lock: true });
    if (current.status === 'cancelled') throw impossible('Cet atelier est déjà annulé.');
    if (current.starts_at.getTime() <= now.getTime()) throw impossible('Cet atelier a déjà commencé : il ne peut plus être annulé.');
    await trx.updateTable('collective_sessions').set({ status: 'cancelled', cancelled_at: now, updated_at: now }).where('id', '=', id).execute();
    const live = await registrationsWithSession(trx).where('r.session_id', '=', id).where('r.status', '<>', 'cancelled').execute();
    for (const registration of live) await mails.send(trx, 'session.cancelled', registration);
    await recordAudit(trx, ctx, { action: 'collective_session.cancel', targetType: 'collective_session', targetId: id, academieCode: current.academie_code,
      details: { registered: live.length, ...(body.message?.trim() ? { message: body.message.trim() } : {}) } });
  });
  const row = await sessionsWithOrganiser(db).where('s.id', '=', id).executeTakeFirstOrThrow();
  return presentSession(row, ctx.user, { mine: null, agentCategory: null, now });
}
