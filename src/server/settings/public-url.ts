import type { Kysely } from 'kysely';
import type { DB } from '../db/schema.ts';

/*
 * The public address of the service (links in mails, the OpenID Connect redirect, Secure
 * cookies) is one value for every instance, stored in the database. A mail is queued by one
 * instance with links on that address and may be delivered by any other, which checks the
 * links against its own address: two instances with different addresses would refuse each
 * other's mails. The first start writes it (PUBLIC_URL or its default); afterwards only
 * `npm run set-public-url` changes it, and PUBLIC_URL no longer decides.
 */

const PUBLIC_URL = 'public_url';

/** `https://Host:443/path/` → `https://host/path`: one spelling per address, so that a comparison means something. */
export function normalisePublicUrl(value: string): string {
  const url = new URL(value);
  return `${url.origin}${url.pathname}`.replace(/\/+$/, '');
}

/** Why `value` cannot be the public address, in one French sentence; undefined when it can. */
export function publicUrlProblem(value: string): string | undefined {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return `« ${value} » n’est pas une adresse valide (attendu : https://… ou http://…).`;
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return `l’adresse publique doit commencer par https:// ou http:// (reçu « ${url.protocol}// »).`;
  if (!url.hostname) return 'l’adresse publique ne nomme aucun serveur.';
  if (url.search || url.hash || url.username || url.password) return 'l’adresse publique ne peut porter ni paramètres (?…), ni fragment (#…), ni identifiants.';
  return undefined;
}

/**
 * The public address every instance uses: the stored one, or `configured` when none is stored
 * yet (it is then stored: the first instance to start decides, atomically).
 */
export async function settlePublicUrl(db: Kysely<DB>, configured: string): Promise<string> {
  await db.insertInto('service_settings').values({ name: PUBLIC_URL, value: normalisePublicUrl(configured) })
    .onConflict((oc) => oc.column('name').doNothing()).execute();
  const row = await db.selectFrom('service_settings').select('value').where('name', '=', PUBLIC_URL).executeTakeFirstOrThrow();
  return row.value;
}

/** The deliberate change (`npm run set-public-url`): instances take it at their next start. */
export async function changePublicUrl(db: Kysely<DB>, value: string): Promise<string> {
  const publicUrl = normalisePublicUrl(value);
  await db.insertInto('service_settings').values({ name: PUBLIC_URL, value: publicUrl })
    .onConflict((oc) => oc.column('name').doUpdateSet({ value: publicUrl, updated_at: new Date() })).execute();
  return publicUrl;
}
