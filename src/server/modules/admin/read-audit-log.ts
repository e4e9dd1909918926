import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';
import type { CurrentUser } from '../../auth/current-user.ts';
import { decodeCursor, paginate } from '../../http/pagination.ts';
import type { AuditPage } from '../../../shared/contracts/admin.ts';
import type { PageQuery } from '../../../shared/contracts/common.ts';
import { findAuditEntries } from './repository.ts';
import { presentAuditEntry } from './presenter.ts';

/** One page of the audit log of the académies the caller administers, newest first. */
export async function readAuditLog(db: Kysely<DB>, user: CurrentUser, query: PageQuery): Promise<AuditPage> {
  const limit = query.limit ?? 50;
  const before = decodeCursor(query.cursor, ['integer'] as const);
  const rows = await findAuditEntries(db, user, before?.[0], limit);
  return paginate(rows, limit, presentAuditEntry, (r) => [Number(r.id)]);
}
