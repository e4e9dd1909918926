import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';
import type { ActionContext } from '../../audit/audit-log.ts';
import { recordAudit } from '../../audit/audit-log.ts';
import { decodeCursor, paginate } from '../../http/pagination.ts';
import type { AccountPage, AccountsQuery } from '../../../shared/contracts/admin.ts';
import { findAccounts } from './repository.ts';
import { administeredTerritories } from './administered-territories.ts';
import { presentAccount } from './presenter.ts';

/** One page of the accounts the caller administers, by name; the read is audited (it lists people). */
export async function listAccounts(db: Kysely<DB>, ctx: ActionContext, query: AccountsQuery): Promise<AccountPage> {
  const limit = query.limit ?? 50;
  const after = decodeCursor(query.cursor, ['text', 'uuid'] as const);
  return db.transaction().execute(async (trx) => {
    const rows = await findAccounts(trx, ctx.user, query.q?.trim() || undefined, after, limit);
    const page = paginate(rows, limit, presentAccount, (r) => [r.display_name, r.id]);
    await recordAudit(trx, ctx, { action: 'accounts.list', targetType: 'person', actorRole: 'admin', details: { count: page.items.length } });
    return { ...page, territories: administeredTerritories(ctx.user) };
  });
}
