import { afterAll, beforeAll, expect, it } from 'vitest';
import { createTestApp, type TestApp } from './support/test-app.ts';

// Every route answers a shape the contract states (src/shared/contracts): the interface's types
// come from there, so a route without a response schema would be a shape nobody checks.

let t: TestApp;
beforeAll(async () => { t = await createTestApp(); });
afterAll(async () => t?.close());

it('declares a response schema for the success of every route of the OpenAPI document', async () => {
  const document = (await t.call(null, 'GET', '/api/docs/json')).json() as {
    paths: Record<string, Record<string, { responses?: Record<string, { content?: Record<string, { schema?: object }> }> }>>;
  };
  const missing: string[] = [];
  for (const [path, methods] of Object.entries(document.paths)) {
    for (const [method, op] of Object.entries(methods)) {
      const successes = Object.entries(op.responses ?? {}).filter(([status]) => /^[23]\d\d$/.test(status));
      const described = successes.some(([status, answer]) => status === '204' || status.startsWith('3')
        || Object.values(answer.content ?? {}).some((media) => media.schema !== undefined));
      if (!described) missing.push(`${method.toUpperCase()} ${path}`);
    }
  }
  expect(Object.keys(document.paths).length).toBeGreaterThan(40);
  expect(missing).toEqual([]);
});
