import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';
import type { ActionContext } from '../../audit/audit-log.ts';
import { recordAudit } from '../../audit/audit-log.ts';
import { impossible, invalid } from '../../errors/app-error.ts';
import type { CollectiveSession, UpdateSessionBody } from '../../../shared/contracts/collective-sessions.ts';
import { registrationsWithSession, sessionsWithOrganiser } from './repository.ts';
import { presentSession } from './presenter.ts';
import { sessionColumns } from './session-fields.ts';
import { loadManagedSession } from './load-session.ts';
import { promoteWaiting } from './promote-waiting.ts';
import type { SessionMails } from './notifications.ts';

/**
 * Its organiser (or coordinator) changes a session not yet started. A capacity cannot go below
 * the seats taken; a larger one gives its new seats to the waiting list. A change of time or
 * place raises the invitations' SEQUENCE and sends the registered people the updated .ics.
 */
export async function updateSession(db: Kysely<DB>, ctx: ActionContext, mails: SessionMails, id: string, body: UpdateSessionBody, now = new Date()): Promise<CollectiveSession> {
  await db.transaction().execute(async (trx) => {
    const current = await loadManagedSession(trx, ctx.user, id, now, { lock: true });
    if (current.status === 'cancelled') throw impossible('Cet atelier est annulé : il ne peut plus être modifié.');
    if (current.starts_at.getTime() <= now.getTime()) throw impossible('Cet atelier a déjà commencé : il ne peut plus être modifié.');
    if (body.startsAt && new Date(body.startsAt).getTime() <= now.getTime()) throw invalid([{ field: 'startsAt', message: 'Choisissez une date à venir.' }]);
    if (body.capacity !== undefined && body.capacity < current.registered_count) {
      throw invalid([{ field: 'capacity', message: `${current.registered_count} personnes sont déjà inscrites : la capacité ne peut pas être inférieure.` }]);
    }
    const { columns } = await sessionColumns(trx, body, current, current.academie_code);
    const moved = body.startsAt !== undefined || body.endsAt !== undefined || body.place !== undefined || body.title !== undefined;
    await trx.updateTable('collective_sessions').set({ ...columns, updated_at: now, ...(moved ? { sequence: current.sequence + 1 } : {}) })
      .where('id', '=', id).execute();
    if (moved) {
      const registered = await registrationsWithSession(trx).where('r.session_id', '=', id).where('r.status', '=', 'registered').execute();
      for (const registration of registered) await mails.send(trx, 'session.updated', registration);
    }
    await promoteWaiting(trx, mails, id, now);
    await recordAudit(trx, ctx, { action: 'collective_session.update', targetType: 'collective_session', targetId: id, academieCode: current.academie_code });
  });
  const row = await sessionsWithOrganiser(db).where('s.id', '=', id).executeTakeFirstOrThrow();
  return presentSession(row, ctx.user, { mine: null, agentCategory: null, now });
}
