import { sql } from 'kysely';
import type { Executor } from '../../db/schema.ts';

/** Every column of a key date the presenters read. */
export function selectKeyDates(db: Executor) {
  return db.selectFrom('key_dates').select([
    'id', 'academie_code', 'kind', 'title', 'description', 'starts_on', 'ends_on', 'audience', 'article_id', 'reminder_days', 'status', 'sequence', 'updated_at',
  ]);
}
export type KeyDateRow = Awaited<ReturnType<ReturnType<typeof selectKeyDates>['executeTakeFirstOrThrow']>>;

/**
 * The key dates the public sees for an académie (its own and the national ones; none other), for
 * one category of staff (those for everyone included). Cancelled ones are kept: the feed must say
 * so to the calendars that copied them; the JSON list marks them.
 */
export function publicKeyDates(db: Executor, filter: { academie?: string | undefined; audience?: string | undefined; from?: string | undefined; to?: string | undefined }) {
  let query = selectKeyDates(db).orderBy('starts_on').orderBy('title').orderBy('id');
  query = filter.academie
    ? query.where((eb) => eb.or([eb('academie_code', 'is', null), eb('academie_code', '=', filter.academie!)]))
    : query.where('academie_code', 'is', null);
  if (filter.audience) query = query.where(sql<boolean>`(jsonb_array_length(audience) = 0 or audience @> jsonb_build_array(${filter.audience}::text))`);
  if (filter.from) query = query.where('ends_on', '>=', filter.from);
  if (filter.to) query = query.where('starts_on', '<=', filter.to);
  return query;
}

/**
 * The key dates an editor manages: those of the académies they edit (the national ones for a
 * national editor); none without an editor grant.
 */
export function managedKeyDates(db: Executor, scope: { everywhere: boolean; academies: string[] }) {
  const query = selectKeyDates(db);
  if (scope.everywhere) return query;
  if (scope.academies.length === 0) return query.where(sql<boolean>`false`);
  return query.where('academie_code', 'in', scope.academies);
}
