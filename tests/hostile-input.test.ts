import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, DEMO, type Caller, type TestApp } from './support/test-app.ts';

/*
 * Every route of the OpenAPI document, walked with hostile values in every path parameter, query
 * parameter and JSON body field, as every kind of caller. No answer may be a 5xx, and every error
 * under /api must be French problem+json. The route list comes from the running app, so a route
 * added tomorrow is walked without a line here.
 */

let t: TestApp;
beforeAll(async () => { t = await createTestApp(); });
afterAll(async () => t?.close());

const HUGE = 'é'.repeat(200_000);
/** Hostile values, as JSON values (bodies) and as their text (paths, query strings). */
const CORPUS: unknown[] = [
  '', ' ', '\u0000', 'a\u0000b', '\u0001\u001f\u007f', 'ligne1\r\nligne2', '\ud800', '\udfff x', '\u202eevil', '\ufeffbom',
  '👩🏽‍💻'.repeat(50), 'e\u0301\u0301\u0301', HUGE, '9'.repeat(400), '-1', '0', 'NaN', 'Infinity', '1e309',
  "' OR 1=1 --", '"; drop table requests; --', '%', '_', '\\', '%00', '%E0%A4%A', '{{constructor.constructor("return process")()}}',
  '${7*7}', '<script>alert(1)</script>', '../../etc/passwd', '2026-02-30', '0000-00-00', '9999-99-99T99:99:99Z',
  '00000000-0000-0000-0000-000000000000', 'AMI-2026-000001', 123, -1, 1.5, 2 ** 53, true, false, null, [], [1, 'x'], {}, { $gt: '' },
];
/** A smaller set, for every caller on every route. */
const QUICK: unknown[] = ['\u0000', HUGE, "' OR 1=1 --", 123, {}];

interface Operation {
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  path: string;
  pathParams: string[];
  queryParams: string[];
  bodyFields: string[] | null;
}

type Json = Record<string, unknown>;

async function operations(): Promise<Operation[]> {
  const document = (await t.call(null, 'GET', '/api/docs/json')).json() as { paths: Record<string, Record<string, Json>> };
  const found: Operation[] = [];
  for (const [path, methods] of Object.entries(document.paths)) {
    for (const [method, op] of Object.entries(methods)) {
      const parameters = (op.parameters ?? []) as Array<{ in: string; name: string }>;
      const content = ((op.requestBody as Json | undefined)?.content ?? {}) as Record<string, { schema?: Json }>;
      const jsonSchema = content['application/json']?.schema;
      found.push({
        method: method.toUpperCase() as Operation['method'],
        path,
        pathParams: parameters.filter((p) => p.in === 'path').map((p) => p.name),
        queryParams: parameters.filter((p) => p.in === 'query').map((p) => p.name),
        bodyFields: jsonSchema ? Object.keys((jsonSchema.properties ?? {}) as Json) : null,
      });
    }
  }
  return found;
}

const asText = (value: unknown) => (typeof value === 'string' ? value : JSON.stringify(value) ?? String(value));
/** Percent-encoding that also carries a lone surrogate (as the bytes a careless client would send). */
function encodeSegment(text: string): string {
  return [...text].map((c) => {
    const code = c.charCodeAt(0);
    if (c.length === 1 && code >= 0xd800 && code <= 0xdfff) {
      return [0xe0 | (code >> 12), 0x80 | ((code >> 6) & 0x3f), 0x80 | (code & 0x3f)].map((b) => `%${b.toString(16).toUpperCase()}`).join('');
    }
    return encodeURIComponent(c);
  }).join('');
}
const PLACEHOLDER_ID = '0b9f1c7e-3f5e-4d61-9a55-2c0d6f1e8a11';

function url(op: Operation, path: Record<string, unknown> = {}, query: Record<string, unknown> = {}) {
  let result = op.path;
  for (const name of op.pathParams) result = result.replace(`{${name}}`, encodeSegment(asText(path[name] ?? PLACEHOLDER_ID)));
  const search = new URLSearchParams();
  for (const [name, value] of Object.entries(query)) search.set(name, asText(value));
  const text = search.toString();
  return text ? `${result}?${text}` : result;
}

/** Every hostile call of one operation: each value in each place, the others left plain. */
function* hostileCalls(op: Operation, corpus: unknown[]): Generator<{ url: string; body?: unknown }> {
  const plainBody = op.bodyFields ? Object.fromEntries(op.bodyFields.map((f) => [f, 'x'])) : undefined;
  for (const value of corpus) {
    for (const name of op.pathParams) yield { url: url(op, { [name]: value }), body: plainBody };
    for (const name of op.queryParams) yield { url: url(op, {}, { [name]: value }), body: plainBody };
    if (op.bodyFields) {
      for (const field of op.bodyFields) yield { url: url(op), body: { ...plainBody, [field]: value } };
      yield { url: url(op), body: value };
    }
    if (!op.pathParams.length && !op.queryParams.length && !op.bodyFields) yield { url: url(op) };
  }
}

async function callers(emails: string[]): Promise<Array<Caller | null>> {
  return [null, ...await Promise.all(emails.map((email) => t.signInAs(email)))];
}

/** One call with the body sent as JSON text, whatever it is (a number, a string, null). */
function send(caller: Caller | null, method: Operation['method'], path: string, body: unknown) {
  const headers: Record<string, string> = {};
  if (caller) {
    headers.cookie = caller.cookie;
    if (method !== 'GET') headers['x-csrf-token'] = caller.csrfToken;
  }
  if (body === undefined) return t.app.inject({ method, url: path, headers });
  headers['content-type'] = 'application/json';
  return t.app.inject({ method, url: path, headers, payload: JSON.stringify(body) });
}

/** Calls and collects what broke the rules: a 5xx, or an /api error that is not problem+json. */
async function walk(op: Operation, caller: Caller | null, corpus: unknown[], failures: string[]) {
  for (const call of hostileCalls(op, corpus)) {
    const response = await send(caller, op.method, call.url, call.body);
    const where = `${op.method} ${call.url.slice(0, 120)} body=${asText(call.body).slice(0, 60)}`;
    if (response.statusCode >= 500) failures.push(`${response.statusCode} ${where}`);
    else if (response.statusCode >= 400 && !String(response.headers['content-type']).includes('application/problem+json')) {
      failures.push(`${response.statusCode} non problem+json ${where}`);
    }
  }
}

/** The caller who goes deepest into a route: the first one a plain call does not turn away. */
async function deepestCaller(op: Operation, candidates: Array<Caller | null>) {
  for (const caller of candidates) {
    const plain = await send(caller, op.method, url(op), op.bodyFields ? Object.fromEntries(op.bodyFields.map((f) => [f, 'x'])) : undefined);
    if (plain.statusCode !== 401 && plain.statusCode !== 403) return caller;
  }
  return candidates[0] ?? null;
}

describe('hostile input on every route', () => {
  it('never answers 5xx, and answers every error in problem+json, whatever the value and whoever calls', async () => {
    const ops = (await operations()).filter((op) => op.path !== '/api/auth/logout');
    expect(ops.length).toBeGreaterThan(40);
    const failures: string[] = [];
    const everyone = Object.values(DEMO);
    for (const op of ops) {
      // Signed in afresh for each route: a route may end a session (deactivation, sign-out).
      const all = await callers(everyone);
      for (const caller of all) await walk(op, caller, QUICK, failures);
      await walk(op, await deepestCaller(op, all.slice(1)), CORPUS, failures);
    }
    // One line per route, parameter and kind of answer, so that a report stays readable.
    expect([...new Set(failures.map((f) => f.replace(/=([^&\s]*)/g, '=…')))]).toEqual([]);
  }, 900_000);
  it('answers sign-out with hostile input without a 5xx', async () => {
    const [op] = (await operations()).filter((o) => o.path === '/api/auth/logout');
    const failures: string[] = [];
    for (const value of QUICK) {
      const caller = await t.signInAs(DEMO.agentSomme);
      const response = await send(caller, 'POST', '/api/auth/logout', value);
      if (response.statusCode >= 500) failures.push(`${response.statusCode} ${asText(value).slice(0, 40)}`);
    }
    expect(op).toBeDefined();
    expect(failures).toEqual([]);
  });
});
