import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';
import type { CurrentUser } from '../../auth/current-user.ts';
import { can } from '../../policies/index.ts';
import type { CollectiveSession, MyRegistration } from '../../../shared/contracts/collective-sessions.ts';
import { findRegistrations, sessionsWithOrganiser, waitingPosition } from './repository.ts';
import { audienceFacts, presentSession, sessionFacts } from './presenter.ts';
import { agentCategory } from './agent-category.ts';
import { unknownSession } from './load-session.ts';

/** One session, for those who manage it, the agents of its audience and those registered to it; anyone else gets 404. */
export async function getSession(db: Kysely<DB>, user: CurrentUser, id: string, now = new Date()): Promise<CollectiveSession> {
  const row = await sessionsWithOrganiser(db).where('s.id', '=', id).executeTakeFirst();
  if (!row) throw unknownSession();
  const category = await agentCategory(db, user.id);
  const [registration] = await findRegistrations(db, user.id, [row.id]);
  const manages = can(user, 'collectiveSession.manage', sessionFacts(row, now));
  if (!manages && !registration && !can(user, 'collectiveSession.reach', audienceFacts(row, category))) throw unknownSession();
  const mine: MyRegistration | null = registration
    ? { status: registration.status as MyRegistration['status'],
      position: registration.status === 'waiting' ? await waitingPosition(db, row.id, registration.id) : null }
    : null;
  return presentSession(row, user, { mine, agentCategory: category, now });
}
