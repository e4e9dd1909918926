import type { Executor } from '../../db/schema.ts';
import type { CurrentUser } from '../../auth/current-user.ts';
import type { MyKeyDates } from '../../../shared/contracts/key-dates.ts';
import { AGENT_CATEGORIES, type AgentCategory } from '../../../shared/glossary.ts';
import { listKeyDates } from './list-key-dates.ts';

/** The key dates that concern the agent: their académie's and the national ones, for their category, cancelled ones left out. */
export async function listMyKeyDates(db: Executor, user: CurrentUser): Promise<MyKeyDates> {
  const person = await db.selectFrom('persons').select(['academie_code', 'category']).where('id', '=', user.id).executeTakeFirst();
  const academie = person?.academie_code ?? null;
  const audience = person?.category && (AGENT_CATEGORIES as readonly string[]).includes(person.category) ? person.category as AgentCategory : null;
  const { items } = await listKeyDates(db, { ...(academie ? { academie } : {}), ...(audience ? { audience } : {}) });
  return { academie, audience, items: items.filter((k) => k.status === 'scheduled') };
}
