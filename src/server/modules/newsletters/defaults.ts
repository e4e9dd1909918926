import type { Executor } from '../../db/schema.ts';
import type { CurrentUser } from '../../auth/current-user.ts';
import { forbidden } from '../../errors/app-error.ts';
import { editsFor } from '../../policies/index.ts';
import type { NewsletterDefaults, NewsletterDefaultsBody } from '../../../shared/contracts/newsletters.ts';
import { newsletterDefaults } from './subscriptions.ts';

/** The académie's default subscriptions, read and set by its editors. */
export async function readNewsletterDefaults(db: Executor, user: CurrentUser, academie: string): Promise<NewsletterDefaults> {
  if (!editsFor(user, academie)) throw forbidden('Vous n’êtes pas éditeur de cette académie.');
  return { academie, ...(await newsletterDefaults(db, academie)) };
}

export async function saveNewsletterDefaults(db: Executor, user: CurrentUser, body: NewsletterDefaultsBody): Promise<NewsletterDefaults> {
  if (!editsFor(user, body.academie)) throw forbidden('Vous n’êtes pas éditeur de cette académie.');
  await db.insertInto('newsletter_defaults').values({ academie_code: body.academie, quarterly: body.quarterly, weekly_flash: body.weekly_flash })
    .onConflict((oc) => oc.column('academie_code').doUpdateSet({ quarterly: body.quarterly, weekly_flash: body.weekly_flash })).execute();
  return readNewsletterDefaults(db, user, body.academie);
}
