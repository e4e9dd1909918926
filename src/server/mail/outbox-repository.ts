import type { Executor } from '../db/schema.ts';
import type { CurrentUser } from '../auth/current-user.ts';
import { administeredScope } from '../policies/index.ts';
import { academiesIn, isEmptyScope } from '../../shared/territories.ts';

/**
 * The outbox rows an administrator may read: those of the académies they administer, all of
 * them for a national administrator, none without an admin grant (fail closed). A mail with
 * no académie is national.
 */
function visibleOutbox(db: Executor, user: CurrentUser) {
  const scope = administeredScope(user);
  if (isEmptyScope(scope)) return null;
  const query = db.selectFrom('mail_outbox');
  return scope.everywhere ? query : query.where('academie_code', 'in', academiesIn(scope));
}

/** Newest first; `before` is the (created_at, id) of the last row of the previous page; `limit + 1` rows. */
export async function findOutboxMails(db: Executor, user: CurrentUser, before: { createdAt: Date; id: string } | undefined, limit: number) {
  const visible = visibleOutbox(db, user);
  if (!visible) return [];
  let query = visible
    .select(['id', 'template', 'recipient', 'subject', 'created_at', 'sent_at', 'transport', 'academie_code'])
    .orderBy('created_at', 'desc').orderBy('id', 'desc').limit(limit + 1);
  if (before) query = query.where((eb) => eb(eb.refTuple('created_at', 'id'), '<', eb.tuple(before.createdAt, before.id)));
  return query.execute();
}

export async function findOutboxMail(db: Executor, user: CurrentUser, id: string) {
  const visible = visibleOutbox(db, user);
  if (!visible) return undefined;
  return visible
    .select(['id', 'template', 'recipient', 'subject', 'text_body', 'created_at', 'sent_at', 'transport', 'message_id', 'academie_code'])
    .where('id', '=', id)
    .executeTakeFirst();
}
