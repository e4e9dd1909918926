import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';
import { recordAudit, type ActionContext } from '../../audit/audit-log.ts';
import type { AccountDetail } from '../../../shared/contracts/admin.ts';
import { findPersonHistory } from './repository.ts';
import { loadAccount } from './load-account.ts';
import { presentAccount, presentAuditEntry } from './presenter.ts';

/** How much of a person's history the account page shows; the audit log holds the rest. */
const HISTORY_LIMIT = 100;

/** One account the caller administers, with its history (changes and sign-ins); the read is audited. */
export async function readAccount(db: Kysely<DB>, ctx: ActionContext, personId: string): Promise<AccountDetail> {
  return db.transaction().execute(async (trx) => {
    const account = await loadAccount(trx, ctx.user, personId);
    const history = await findPersonHistory(trx, personId, HISTORY_LIMIT);
    await recordAudit(trx, ctx, { action: 'account.read', targetType: 'person', targetId: personId, academieCode: account.academie_code, actorRole: 'admin' });
    return { account: presentAccount(account), history: history.map(presentAuditEntry), isSelf: personId === ctx.user.id };
  });
}
