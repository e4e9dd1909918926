import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';
import type { CurrentUser } from '../../auth/current-user.ts';
import { can, organisedSessionScope } from '../../policies/index.ts';
import type { CollectiveSessions, OrganisedSessionsQuery } from '../../../shared/contracts/collective-sessions.ts';
import { sessionsInScope } from './repository.ts';
import { presentSession, sessionFacts } from './presenter.ts';

const MAX_LISTED = 200;

/** The sessions a staff member manages: upcoming (soonest first) or past (latest first). */
export async function listOrganisedSessions(db: Kysely<DB>, user: CurrentUser, query: OrganisedSessionsQuery, now = new Date()): Promise<CollectiveSessions> {
  const past = query.when === 'past';
  const rows = await sessionsInScope(db, organisedSessionScope(user))
    .where('s.ends_at', past ? '<=' : '>', now)
    .orderBy('s.starts_at', past ? 'desc' : 'asc').orderBy('s.id').limit(MAX_LISTED).execute();
  return {
    items: rows.filter((row) => can(user, 'collectiveSession.manage', sessionFacts(row, now)))
      .map((row) => presentSession(row, user, { mine: null, agentCategory: null, now })),
  };
}
