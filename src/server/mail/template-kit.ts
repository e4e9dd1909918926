import { Type, type Static, type TSchema } from 'typebox';
import { ONE_LINE_PATTERN } from '../../shared/contracts/common.ts';

/*
 * What every module's mail templates are made of (modules/<module>/mail-templates.ts): the closed
 * schema pieces of a payload, the French formats, and `defineMailTemplates`, which ties each schema
 * to its text. Module template files import this file only, never templates.ts (which gathers them).
 */

/**
 * One line of text: no line breaks or control characters (they could forge headers or layout).
 * The same rule as the one-line fields of the contracts, so what a form accepts a mail takes.
 */
export const oneLine = (maxLength: number, minLength = 0) => Type.String({ minLength, maxLength, pattern: ONE_LINE_PATTERN });

/** A request reference, e.g. AMI-2026-000042. */
export const Reference = Type.String({ pattern: '^[A-Z]{2,6}-\\d{4}-\\d{6,9}$' });
/** A date and time (ISO 8601); the template writes it in French, Europe/Paris. */
export const DateTime = Type.String({ format: 'date-time' });
/**
 * A link into ProxiRH: an absolute path made of plain segments, no query, no fragment. The
 * template prefixes it with the public address, so a mail never points elsewhere and a link
 * cannot smuggle text. An absolute URL under the public address is also accepted.
 */
export const Link = Type.String({ maxLength: 500, pattern: '^(https?://[^\\s/?#]+)?(/[A-Za-z0-9_-]+)+/?$' });

/** The owners of one-time links: each kind is minted by its module (`SecretLinkMinters`, given by compose.ts). */
export const SECRET_LINK_KINDS = ['survey', 'panel'] as const;
export type SecretLinkKind = (typeof SECRET_LINK_KINDS)[number];

/**
 * A link only its recipient may read (a one-time survey link, later a booking or an
 * unsubscribe link). The payload names the record, never the link: the token is minted at
 * delivery, sent once, and never stored readable; the outbox keeps REDACTED_LINK instead.
 */
export const SecretLink = <K extends SecretLinkKind>(kind: K) =>
  Type.Object({ kind: Type.Literal(kind), id: Type.String({ format: 'uuid' }) }, { additionalProperties: false });
export interface SecretLinkRef { kind: SecretLinkKind; id: string }

/** What the outbox and any stored copy of a mail show in place of a secret link. */
export const REDACTED_LINK = '[lien personnel masqué]';

/** Escapes a value for HTML text and attribute contexts. Every interpolated value goes through it. */
export function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

const parisDate = new Intl.DateTimeFormat('fr-FR', { timeZone: 'Europe/Paris', dateStyle: 'full' });

/** « lundi 30 novembre 2026 », in Europe/Paris whatever the server's time zone. */
export function formatFrenchDate(iso: string): string {
  return parisDate.format(new Date(iso));
}

const parisDateTime = new Intl.DateTimeFormat('fr-FR', { timeZone: 'Europe/Paris', dateStyle: 'full', timeStyle: 'short' });
/** « mardi 8 décembre 2026 à 09:30 », Paris time. */
export function formatFrenchDateTime(iso: string): string {
  return parisDateTime.format(new Date(iso));
}

/** « novembre 2026 » for 2026-11. */
export function frenchMonth(month: string): string {
  const [year, index] = month.split('-').map(Number);
  return new Intl.DateTimeFormat('fr-FR', { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date(Date.UTC(year!, index! - 1, 15)));
}

/** What a template says, as plain text pieces; the layout of templates.ts turns it into text and HTML. */
export interface MailContent {
  subject: string;
  paragraphs: string[];
  action: { label: string; href: string };
}

/** A template: the schema of its payload and its text, filled from a payload already checked against the schema. */
export interface MailTemplate<S extends TSchema> {
  schema: S;
  content: (data: Static<S>, link: string) => MailContent;
}

/**
 * A module's templates, named: each schema with its text. The texts are typed by the schemas, so a
 * template without its text, or a text without its template, does not compile.
 */
export function defineMailTemplates<S extends Record<string, TSchema>>(
  schemas: S,
  contents: NoInfer<{ [T in keyof S]: (data: Static<S[T]>, link: string) => MailContent }>,
): { [T in keyof S]: MailTemplate<S[T]> } {
  const entries = Object.entries(schemas).map(([name, schema]) => [name, { schema, content: contents[name as keyof S] }]);
  return Object.fromEntries(entries) as { [T in keyof S]: MailTemplate<S[T]> };
}
