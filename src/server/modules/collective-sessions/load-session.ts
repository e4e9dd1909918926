import type { Executor } from '../../db/schema.ts';
import type { CurrentUser } from '../../auth/current-user.ts';
import { notFound } from '../../errors/app-error.ts';
import { can, organisedSessionScope } from '../../policies/index.ts';
import { sessionsInScope, type SessionRow } from './repository.ts';
import { sessionFacts } from './presenter.ts';

export const unknownSession = () => notFound('Cet atelier ou cette réunion est introuvable.');

/**
 * A session its caller manages (organiser, coordinator of its territory), found through the
 * caller's scope: any other is 404. `lock` takes its row for the transaction's changes.
 */
export async function loadManagedSession(db: Executor, user: CurrentUser, id: string, now: Date, { lock = false } = {}): Promise<SessionRow> {
  let query = sessionsInScope(db, organisedSessionScope(user)).where('s.id', '=', id);
  if (lock) query = query.forUpdate('s');
  const row = await query.executeTakeFirst();
  if (!row || !can(user, 'collectiveSession.manage', sessionFacts(row, now))) throw unknownSession();
  return row;
}
