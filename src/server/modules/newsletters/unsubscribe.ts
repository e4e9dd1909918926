import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';
import type { NewsletterKind } from '../../../shared/glossary.ts';
import { hashUnsubscribeToken } from './sending.ts';

export type UnsubscribeState = { found: false } | { found: true; kind: NewsletterKind; academie: string; done: boolean };

/** What a link's token points at: the kind of letter, and whether it was already used. Nothing about the person. */
export async function readUnsubscribe(db: Kysely<DB>, token: string): Promise<UnsubscribeState> {
  const row = await db.selectFrom('newsletter_sends as s').innerJoin('newsletter_issues as n', 'n.id', 's.issue_id')
    .select(['n.kind', 'n.academie_code', 's.unsubscribed_at']).where('s.token_hash', '=', hashUnsubscribeToken(token)).executeTakeFirst();
  return row ? { found: true, kind: row.kind, academie: row.academie_code, done: row.unsubscribed_at !== null } : { found: false };
}

/**
 * One-click unsubscribe (RFC 8058): the person stops receiving this kind of letter, from now on
 * (the rows of an issue still being sent to them are dropped at its next batch). The link works
 * once: a second POST changes nothing, and answers the same.
 */
export async function unsubscribe(db: Kysely<DB>, token: string, now = new Date()): Promise<UnsubscribeState> {
  return db.transaction().execute(async (trx) => {
    const row = await trx.selectFrom('newsletter_sends as s').innerJoin('newsletter_issues as n', 'n.id', 's.issue_id')
      .select(['s.id', 's.person_id', 's.unsubscribed_at', 'n.kind', 'n.academie_code'])
      .where('s.token_hash', '=', hashUnsubscribeToken(token)).forUpdate('s').executeTakeFirst();
    if (!row) return { found: false };
    if (row.unsubscribed_at === null) {
      await trx.updateTable('newsletter_sends').set({ unsubscribed_at: now }).where('id', '=', row.id).execute();
      await trx.insertInto('newsletter_subscriptions').values({ person_id: row.person_id, kind: row.kind, subscribed: false, updated_at: now })
        .onConflict((oc) => oc.columns(['person_id', 'kind']).doUpdateSet({ subscribed: false, updated_at: now })).execute();
    }
    return { found: true, kind: row.kind, academie: row.academie_code, done: true };
  });
}
