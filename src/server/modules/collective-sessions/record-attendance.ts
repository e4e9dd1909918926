import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';
import type { ActionContext } from '../../audit/audit-log.ts';
import { recordAudit } from '../../audit/audit-log.ts';
import { impossible, invalid } from '../../errors/app-error.ts';
import { can } from '../../policies/index.ts';
import type { AttendanceBody, Participants } from '../../../shared/contracts/collective-sessions.ts';
import { loadManagedSession } from './load-session.ts';
import { sessionFacts } from './presenter.ts';
import { listParticipants } from './list-participants.ts';

/** Once the session has started, its organiser records who came (present/absent) among the registered people. */
export async function recordAttendance(db: Kysely<DB>, ctx: ActionContext, id: string, body: AttendanceBody, now = new Date()): Promise<Participants> {
  await db.transaction().execute(async (trx) => {
    const session = await loadManagedSession(trx, ctx.user, id, now, { lock: true });
    if (!can(ctx.user, 'collectiveSession.recordAttendance', sessionFacts(session, now))) {
      throw impossible(session.status === 'cancelled' ? 'Cet atelier est annulé.' : 'La présence se note une fois l’atelier commencé.');
    }
    const ids = [...new Set(body.items.map((i) => i.registrationId))];
    const known = await trx.selectFrom('collective_session_registrations').select('id')
      .where('session_id', '=', id).where('status', '=', 'registered').where('id', 'in', ids).execute();
    if (known.length !== ids.length) throw invalid([{ field: 'items', message: 'Certaines personnes ne sont pas inscrites à cet atelier.' }]);
    for (const item of body.items) {
      await trx.updateTable('collective_session_registrations').set({ attendance: item.attendance }).where('id', '=', item.registrationId).execute();
    }
    await recordAudit(trx, ctx, { action: 'collective_session.attendance', targetType: 'collective_session', targetId: id, academieCode: session.academie_code });
  });
  return listParticipants(db, ctx, id, now);
}
