import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';
import type { ActionContext } from '../../audit/audit-log.ts';
import { recordAudit } from '../../audit/audit-log.ts';
import { AppError, impossible } from '../../errors/app-error.ts';
import { can } from '../../policies/index.ts';
import type { RegistrationResult } from '../../../shared/contracts/collective-sessions.ts';
import { registrationsWithSession, sessionsWithOrganiser, waitingPosition } from './repository.ts';
import { audienceFacts } from './presenter.ts';
import { agentCategory } from './agent-category.ts';
import { unknownSession } from './load-session.ts';
import type { SessionMails } from './notifications.ts';

const alreadyRegistered = () => new AppError('conflict', 'Vous êtes déjà inscrit à cet atelier ou sur sa liste d’attente.');

/**
 * An agent of the audience registers. A seat is taken by one conditional update of the session's
 * row (`registered_count < capacity`, also a check constraint): concurrent registrations queue on
 * that row and the capacity is never exceeded. Without a seat, the agent joins the waiting list
 * (rank by `queued_at`, taken under the same row lock). One live registration per agent (a unique index): a double click is a 409.
 */
export async function registerForSession(db: Kysely<DB>, ctx: ActionContext, mails: SessionMails, sessionId: string, now = new Date()): Promise<RegistrationResult> {
  const { user } = ctx;
  const session = await sessionsWithOrganiser(db).where('s.id', '=', sessionId).executeTakeFirst();
  if (!session || !can(user, 'collectiveSession.reach', audienceFacts(session, await agentCategory(db, user.id)))) throw unknownSession();
  if (session.status === 'cancelled') throw impossible('Cet atelier est annulé : il n’est plus possible de s’y inscrire.');
  if (session.starts_at.getTime() <= now.getTime()) throw impossible('Cet atelier a déjà commencé : il n’est plus possible de s’y inscrire.');
  try {
    return await db.transaction().execute(async (trx) => {
      // The session's row lock orders the registrations of one session: seats, then ranks on the waiting list.
      await trx.selectFrom('collective_sessions').select('id').where('id', '=', sessionId).forUpdate().executeTakeFirstOrThrow();
      const seat = await trx.updateTable('collective_sessions').set((eb) => ({ registered_count: eb('registered_count', '+', 1) }))
        .where('id', '=', sessionId).where('status', '=', 'scheduled').where((eb) => eb('registered_count', '<', eb.ref('capacity')))
        .returning('id').executeTakeFirst();
      const status = seat ? 'registered' as const : 'waiting' as const;
      const inserted = await trx.insertInto('collective_session_registrations').values({ session_id: sessionId, agent_id: user.id, status })
        .returning(['id', 'queued_at']).executeTakeFirstOrThrow();
      const position = seat ? null : await waitingPosition(trx, sessionId, inserted.id);
      await recordAudit(trx, ctx, { action: 'collective_session.register', targetType: 'collective_session', targetId: sessionId,
        academieCode: session.academie_code, actorRole: 'agent', details: { status } });
      const registration = await registrationsWithSession(trx).where('r.id', '=', inserted.id).executeTakeFirstOrThrow();
      if (seat) await mails.send(trx, 'session.registered', registration);
      else await mails.send(trx, 'session.waiting', registration, { position: position! });
      return { status, position };
    });
  } catch (error) {
    // 23505: unique_violation — this agent already holds a live registration (a second click).
    if ((error as { code?: string }).code === '23505') throw alreadyRegistered();
    throw error;
  }
}
