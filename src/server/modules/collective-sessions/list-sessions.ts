import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';
import type { CurrentUser } from '../../auth/current-user.ts';
import { can } from '../../policies/index.ts';
import type { CollectiveSessions, MyRegistration } from '../../../shared/contracts/collective-sessions.ts';
import { findRegistrations, upcomingSessionsOf, waitingPosition } from './repository.ts';
import { audienceFacts, presentSession } from './presenter.ts';
import { agentCategory } from './agent-category.ts';

const MAX_LISTED = 200;

/**
 * The upcoming sessions offered to an agent (their académie, their département and category when
 * the session names some), soonest first, with their own registration; plus those they hold a
 * registration to even if the audience changed since.
 */
export async function listSessions(db: Kysely<DB>, user: CurrentUser, now = new Date()): Promise<CollectiveSessions> {
  if (!user.academieCode) return { items: [] };
  const category = await agentCategory(db, user.id);
  const rows = await upcomingSessionsOf(db, user.academieCode, now).orderBy('s.starts_at').orderBy('s.id').limit(MAX_LISTED).execute();
  const registrations = await findRegistrations(db, user.id, rows.map((r) => r.id));
  const bySession = new Map(registrations.map((r) => [r.session_id, r]));
  const items = [];
  for (const row of rows) {
    const registration = bySession.get(row.id);
    if (!registration && !can(user, 'collectiveSession.reach', audienceFacts(row, category))) continue;
    const mine: MyRegistration | null = registration
      ? { status: registration.status as MyRegistration['status'],
        position: registration.status === 'waiting' ? await waitingPosition(db, row.id, registration.id) : null }
      : null;
    items.push(presentSession(row, user, { mine, agentCategory: category, now }));
  }
  return { items };
}
