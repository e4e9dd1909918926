import type { Executor } from '../../db/schema.ts';

/** The agent's staff category, as their record says (the audience of a session may name categories). */
export async function agentCategory(db: Executor, agentId: string): Promise<string | null> {
  const row = await db.selectFrom('persons').select('category').where('id', '=', agentId).executeTakeFirst();
  return row?.category ?? null;
}
