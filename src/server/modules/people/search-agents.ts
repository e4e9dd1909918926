import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';
import type { CurrentUser } from '../../auth/current-user.ts';
import type { AgentSearchResult } from '../../../shared/contracts/people.ts';
import { findAgents } from './repository.ts';
import { presentAgent } from './presenter.ts';

/** The agents of the territory a staff member handles whose name or e-mail starts with `q`. */
export async function searchAgents(db: Kysely<DB>, user: CurrentUser, q: string): Promise<AgentSearchResult[]> {
  return (await findAgents(db, user, q)).map(presentAgent);
}
