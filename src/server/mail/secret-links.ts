import type { Kysely } from 'kysely';
import type { DB } from '../db/schema.ts';
import type { SecretLinkKind } from './template-kit.ts';

/**
 * Makes a fresh one-time link to record `id`, at delivery: draws a new token, stores only what
 * checks it (its hash, replacing any earlier one, so an undelivered link never works) and
 * returns the path (`/enquete/…`), which the mail prefixes with the shared public address.
 * Undefined when the record no longer wants the mail (gone, or already answered).
 */
export type SecretLinkMinter = (db: Kysely<DB>, id: string) => Promise<string | undefined>;

/** The minters of the modules that own one-time links, given to the mailer by compose.ts. */
export type SecretLinkMinters = Partial<Record<SecretLinkKind, SecretLinkMinter>>;
