import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';
import type { ActionContext } from '../../audit/audit-log.ts';
import { recordAudit } from '../../audit/audit-log.ts';
import type { Participants } from '../../../shared/contracts/collective-sessions.ts';
import { registrationsWithSession } from './repository.ts';
import { presentParticipant } from './presenter.ts';
import { loadManagedSession } from './load-session.ts';

/** The registered people (by name) and the waiting list (in its order), for those who manage the session; the read is audited. */
export async function listParticipants(db: Kysely<DB>, ctx: ActionContext, id: string, now = new Date()): Promise<Participants> {
  const session = await loadManagedSession(db, ctx.user, id, now);
  const rows = await registrationsWithSession(db).where('r.session_id', '=', id).where('r.status', '<>', 'cancelled')
    .orderBy('r.queued_at').orderBy('r.id').execute();
  await recordAudit(db, ctx, { action: 'collective_session.participants', targetType: 'collective_session', targetId: id, academieCode: session.academie_code });
  const registered = rows.filter((r) => r.status === 'registered').sort((a, b) => a.agent_name.localeCompare(b.agent_name, 'fr'));
  const waiting = rows.filter((r) => r.status === 'waiting');
  return {
    registered: registered.map((r) => presentParticipant(r, null)),
    waiting: waiting.map((r, index) => presentParticipant(r, index + 1)),
  };
}
