import type { FastifyRequest } from 'fastify';
import { invalid } from '../errors/app-error.ts';

/*
 * Characters no field of ProxiRH accepts, whatever its schema: NUL (PostgreSQL refuses it in
 * text, which would end in a 500) and lone UTF-16 surrogates (not Unicode: no database, mail or
 * CSV can hold them). Checked once for every route, before the schema, in the path, the query
 * and a JSON body, so no route can forget it. Other control characters are the schemas' affair:
 * single-line fields refuse them, multi-line text keeps line breaks and tabs.
 */
// eslint-disable-next-line no-control-regex -- finding NUL is the point
const FORBIDDEN = /\u0000|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** The path of the first string holding a forbidden character, or undefined. */
function findForbidden(value: unknown, path: string, depth = 0): string | undefined {
  if (typeof value === 'string') return FORBIDDEN.test(value) ? path : undefined;
  if (depth > 20 || value === null || typeof value !== 'object') return undefined;
  for (const [key, item] of Object.entries(value)) {
    if (FORBIDDEN.test(key)) return path;
    const found = findForbidden(item, path ? `${path}.${key}` : key, depth + 1);
    if (found !== undefined) return found;
  }
  return undefined;
}

export async function refuseForbiddenCharacters(request: FastifyRequest) {
  const field = findForbidden(request.params, '') ?? findForbidden(request.query, '')
    ?? (request.isMultipart() ? undefined : findForbidden(request.body, ''));
  if (field !== undefined) {
    throw invalid([{ field: field || 'body', message: 'Ce texte contient un caractère interdit (caractère nul ou invalide).' }]);
  }
}

/** The path of the first number that is not finite (Infinity from « 1e309 » or a coerced « Infinity »). */
function findNonFinite(value: unknown, path: string, depth = 0): string | undefined {
  if (typeof value === 'number') return Number.isFinite(value) ? undefined : path;
  if (depth > 20 || value === null || typeof value !== 'object') return undefined;
  for (const [key, item] of Object.entries(value)) {
    const found = findNonFinite(item, path ? `${path}.${key}` : key, depth + 1);
    if (found !== undefined) return found;
  }
  return undefined;
}

/**
 * After the schema: Ajv lets Infinity through `type: integer` and `maximum` (coerced from the
 * text « Infinity », or parsed from « 1e309 » in JSON), and SQL would then fail. Refused here
 * for every route.
 */
export async function refuseNonFiniteNumbers(request: FastifyRequest) {
  const field = findNonFinite(request.params, '') ?? findNonFinite(request.query, '')
    ?? (request.isMultipart() ? undefined : findNonFinite(request.body, ''));
  if (field !== undefined) throw invalid([{ field: field || 'body', message: 'Ce nombre est invalide.' }]);
}
