import type { Executor } from '../../db/schema.ts';
import type { CurrentUser } from '../../auth/current-user.ts';
import { notFound } from '../../errors/app-error.ts';
import { findAccount } from './repository.ts';

/** The account, if the caller administers it; else 404 (somebody else's is not disclosed). `lock`: inside a change. */
export async function loadAccount(db: Executor, user: CurrentUser, id: string, options: { lock?: boolean } = {}) {
  const account = await findAccount(db, user, id, options);
  if (!account) throw notFound('Ce compte est introuvable.');
  return account;
}
