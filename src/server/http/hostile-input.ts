import type { FastifyRequest } from 'fastify';
import { invalid } from '../errors/app-error.ts';

// eslint-disable-next-line no-control-regex -- finding NUL is the point
const FORBIDDEN = /\u0000|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** Whether a value (or an object key) is refused; keys are strings. */
type Refusal = (value: unknown) => boolean;

/** The path of the first value in `value` (depth-first, keys included) that `refused` names. */
function findRefused(value: unknown, refused: Refusal, path = '', depth = 0): string | undefined {
  if (refused(value)) return path;
  if (depth > 20 || value === null || typeof value !== 'object') return undefined;
  for (const [key, item] of Object.entries(value)) {
    if (refused(key)) return path;
    const found = findRefused(item, refused, path ? `${path}.${key}` : key, depth + 1);
    if (found !== undefined) return found;
  }
  return undefined;
}

/** The first refused value of the call's path, query and JSON body, as a field name. */
function refusedField(request: FastifyRequest, refused: Refusal): string | undefined {
  const field = findRefused(request.params, refused) ?? findRefused(request.query, refused)
    ?? (request.isMultipart() ? undefined : findRefused(request.body, refused));
  return field === undefined ? undefined : field || 'body';
}

/*
 * Characters no field of ProxiRH accepts, whatever its schema: NUL (PostgreSQL refuses it in
 * text, which would end in a 500) and lone UTF-16 surrogates (not Unicode: no database, mail or
 * CSV can hold them). Checked once for every route, before the schema, in the path, the query
 * and a JSON body, so no route can forget it. Other control characters are the schemas' affair:
 * single-line fields refuse them, multi-line text keeps line breaks and tabs.
 */
export async function refuseForbiddenCharacters(request: FastifyRequest) {
  const field = refusedField(request, (value) => typeof value === 'string' && FORBIDDEN.test(value));
  if (field !== undefined) throw invalid([{ field, message: 'Ce texte contient un caractère interdit (caractère nul ou invalide).' }]);
}

/**
 * After the schema: Ajv lets Infinity through `type: integer` and `maximum` (coerced from the
 * text « Infinity », or parsed from « 1e309 » in JSON), and SQL would then fail. Refused here
 * for every route.
 */
export async function refuseNonFiniteNumbers(request: FastifyRequest) {
  const field = refusedField(request, (value) => typeof value === 'number' && !Number.isFinite(value));
  if (field !== undefined) throw invalid([{ field, message: 'Ce nombre est invalide.' }]);
}
