import { invalid } from '../errors/app-error.ts';
import type { Page } from '../../shared/contracts/common.ts';

/**
 * Keyset pagination, written once. A cursor is opaque to clients: base64url of the sort key of
 * the last row. It is decoded strictly against the kinds of the sort key, so a crafted cursor is
 * a French 400 before any SQL, never a 500.
 */
type CursorKind = 'timestamp' | 'uuid' | 'integer' | 'text';
type CursorValue<K extends CursorKind> = K extends 'integer' ? number : string;
type CursorValues<K extends readonly CursorKind[]> = { -readonly [I in keyof K]: CursorValue<K[I]> };

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const ISO_TIMESTAMP = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,6})?Z$/;

function fits(kind: CursorKind, value: unknown): boolean {
  switch (kind) {
    case 'timestamp': return typeof value === 'string' && ISO_TIMESTAMP.test(value) && !Number.isNaN(Date.parse(value));
    case 'uuid': return typeof value === 'string' && UUID.test(value);
    case 'integer': return typeof value === 'number' && Number.isSafeInteger(value) && value >= 0;
    case 'text': return typeof value === 'string' && value.length <= 500 && !value.includes('\u0000');
  }
}

export function encodeCursor(values: Array<string | number>): string {
  return Buffer.from(JSON.stringify(values)).toString('base64url');
}

/** The sort key a cursor carries, checked part by part; undefined when there is no cursor. */
export function decodeCursor<const K extends readonly CursorKind[]>(cursor: string | undefined, kinds: K): CursorValues<K> | undefined {
  if (cursor === undefined) return undefined;
  let values: unknown;
  try {
    values = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    values = undefined;
  }
  if (Array.isArray(values) && values.length === kinds.length && kinds.every((kind, i) => fits(kind, values[i]))) {
    return values as CursorValues<K>;
  }
  throw invalid([{ field: 'cursor', message: 'Curseur de pagination invalide : reprenez la liste depuis le début.' }]);
}

/**
 * One page from rows read with `limit + 1`: the extra row only says that a next page exists.
 * `keyOf` gives the sort key of a row, as `decodeCursor` will read it back.
 */
export function paginate<Row, Item>(rows: Row[], limit: number, present: (row: Row) => Item, keyOf: (row: Row) => Array<string | number>): Page<Item> {
  const page = rows.slice(0, limit);
  const last = page.at(-1);
  return { items: page.map(present), nextCursor: rows.length > limit && last !== undefined ? encodeCursor(keyOf(last)) : null };
}
