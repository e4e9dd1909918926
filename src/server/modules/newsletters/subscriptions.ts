import type { Executor } from '../../db/schema.ts';
import type { CurrentUser } from '../../auth/current-user.ts';
import { NEWSLETTER_KINDS, type NewsletterKind } from '../../../shared/glossary.ts';
import type { Subscriptions, SubscriptionsBody } from '../../../shared/contracts/newsletters.ts';

/** The académie's default per kind; without a setting, agents receive both. */
export async function newsletterDefaults(db: Executor, academie: string | null): Promise<Record<NewsletterKind, boolean>> {
  const row = academie ? await db.selectFrom('newsletter_defaults').selectAll().where('academie_code', '=', academie).executeTakeFirst() : undefined;
  return { quarterly: row?.quarterly ?? true, weekly_flash: row?.weekly_flash ?? true };
}

/** « Mon espace »: the letters the person receives, by their choice or by the académie's default. */
export async function readSubscriptions(db: Executor, user: CurrentUser): Promise<Subscriptions> {
  const defaults = await newsletterDefaults(db, user.academieCode);
  const chosen = new Map((await db.selectFrom('newsletter_subscriptions').select(['kind', 'subscribed']).where('person_id', '=', user.id).execute())
    .map((r) => [r.kind, r.subscribed]));
  return { items: NEWSLETTER_KINDS.map((kind) => ({ kind, subscribed: chosen.get(kind) ?? defaults[kind], chosen: chosen.has(kind) })) };
}

export async function saveSubscriptions(db: Executor, user: CurrentUser, body: SubscriptionsBody): Promise<Subscriptions> {
  const now = new Date();
  await db.insertInto('newsletter_subscriptions')
    .values(NEWSLETTER_KINDS.map((kind) => ({ person_id: user.id, kind, subscribed: body[kind], updated_at: now })))
    .onConflict((oc) => oc.columns(['person_id', 'kind']).doUpdateSet((eb) => ({ subscribed: eb.ref('excluded.subscribed'), updated_at: now })))
    .execute();
  return readSubscriptions(db, user);
}
