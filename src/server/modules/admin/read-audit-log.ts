import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';
import type { CurrentUser } from '../../auth/current-user.ts';
import { invalid } from '../../errors/app-error.ts';
import { decodeCursor, paginate } from '../../http/pagination.ts';
import type { AuditPage, AuditQuery } from '../../../shared/contracts/admin.ts';
import { findAuditEntries } from './repository.ts';
import { presentAuditEntry } from './presenter.ts';

/** A reversed period is the person's mistake, named on its field. */
export function checkAuditPeriod(query: AuditQuery) {
  if (query.from && query.to && query.to < query.from) throw invalid([{ field: 'to', message: 'La fin de la période doit suivre son début.' }]);
}

/** One page of the audit log of the académies the caller administers, newest first, filtered. */
export async function readAuditLog(db: Kysely<DB>, user: CurrentUser, query: AuditQuery): Promise<AuditPage> {
  checkAuditPeriod(query);
  const limit = query.limit ?? 50;
  const before = decodeCursor(query.cursor, ['integer'] as const);
  const rows = await findAuditEntries(db, user, query, before?.[0], limit);
  return paginate(rows, limit, presentAuditEntry, (r) => [Number(r.id)]);
}
