/**
 * The pieces every contract is made of. A contract (`src/shared/contracts/<module>.ts`) holds the
 * TypeBox schemas of a module's routes: the server validates and serialises with them, the
 * OpenAPI document is generated from them, and the interface takes its types from them with
 * `Static<>` (type-only imports, so no schema code reaches the browser bundle).
 */
import { Type, type Static, type TSchema } from 'typebox';

/** A string that must be one of `values` (JSON Schema `enum`), typed as their union. */
export const oneOf = <const T extends readonly string[]>(values: T, options: { description?: string } = {}) =>
  Type.Unsafe<T[number]>({ type: 'string', enum: [...values], ...options });

/**
 * `schema` or null, written as OpenAPI 3.0 and fast-json-stringify read it (`nullable`). A union
 * with null would make the serializer validate each value against every branch to choose one.
 */
export const nullable = <T extends TSchema>(schema: T) => Type.Unsafe<Static<T> | null>({ ...schema, nullable: true });

/** An identifier: a UUID, checked by the schema, so a malformed id never reaches SQL. */
export const Uuid = Type.String({ format: 'uuid', maxLength: 36 });
export const IdParams = Type.Object({ id: Uuid });
export type IdParams = Static<typeof IdParams>;

export const DateTime = Type.String({ format: 'date-time' });
/** A calendar day, YYYY-MM-DD. */
export const Day = Type.String({ format: 'date', pattern: '^\\d{4}-\\d{2}-\\d{2}$' });

/*
 * What typed text may hold. Control characters are never typed: they come from a paste or a
 * forged call, and would break a mail header, a CSV line or a layout. Each rule is its own
 * pattern so that the French message of a refusal names it (errors/validation-messages.ts).
 */
/** At least one visible character. */
export const VISIBLE_PATTERN = '\\S';
/** One line: no line break (LF, CR, U+2028, U+2029), no tab, no control character (C0, DEL, C1). */
export const ONE_LINE_PATTERN = '^[^\\u0000-\\u001f\\u007f-\\u009f\\u2028\\u2029]*$';
/** Text on several lines: line breaks and tabs are kept, other control characters refused. */
export const TEXT_PATTERN = '^[^\\u0000-\\u0008\\u000b\\u000c\\u000e-\\u001f\\u007f-\\u009f]*$';

/** Free text a person types, on several lines: at least one visible character, at most `max`. */
export const text = (max: number) =>
  Type.String({ minLength: 1, maxLength: max, allOf: [{ pattern: VISIBLE_PATTERN }, { pattern: TEXT_PATTERN }] });

/**
 * One line a person types (a subject, a name, a search): at least one visible character, at
 * most `max`; `{ blank: true }` also takes an empty or blank value (an optional field).
 */
export const line = (max: number, { blank = false } = {}) => (blank
  ? Type.String({ maxLength: max, pattern: ONE_LINE_PATTERN })
  : Type.String({ minLength: 1, maxLength: max, allOf: [{ pattern: VISIBLE_PATTERN }, { pattern: ONE_LINE_PATTERN }] }));

export const PersonRef = Type.Object({ id: Type.String(), displayName: Type.String() });
export type PersonRef = Static<typeof PersonRef>;

/** Lists: `?limit=` (default 50, at most 200) and an opaque `?cursor=`. */
export const PageQuery = Type.Object({
  limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 200, default: 50 })),
  cursor: Type.Optional(Type.String({ maxLength: 500 })),
});
export type PageQuery = Static<typeof PageQuery>;

export const pageOf = <T extends TSchema>(item: T) =>
  Type.Object({ items: Type.Array(item), nextCursor: Type.Union([Type.String(), Type.Null()]) });
export interface Page<T> { items: T[]; nextCursor: string | null }

/** 204 No Content. */
export const NoContent = Type.Null();

/** An error answer (RFC 9457 problem+json), as every route sends it: French title and detail. */
export const FieldError = Type.Object({ field: Type.String(), message: Type.String() });
export type FieldError = Static<typeof FieldError>;
export const Problem = Type.Object({
  type: Type.String(),
  title: Type.String(),
  status: Type.Integer(),
  detail: Type.String(),
  errors: Type.Optional(Type.Array(FieldError)),
  /** Only on a 500: what to give the support. */
  requestId: Type.Optional(Type.String()),
});
export type Problem = Static<typeof Problem>;

/** The success of a download: the file’s bytes, in this media type (any type: the file’s own). */
export const fileDownload = (mediaType: string, description: string) =>
  ({ description, content: { [mediaType]: { schema: Type.Unsafe<Uint8Array | string>({ type: 'string', format: 'binary' }) } } });

/** A redirection of the browser (sign-in with OpenID Connect): no body. */
export const redirection = (description: string) => ({ description, type: 'null' as const });
