import type { LightMyRequestResponse } from 'fastify';

/**
 * The answer of `call` once a change made in the database has reached the instance asked. The
 * database announces it at commit: on PGlite the announcement is delivered with the commit, on
 * a PostgreSQL server it travels on the instance's listening connection, a few milliseconds.
 * Either way, far below the seconds an instance would otherwise answer from memory (the caller
 * checks `ms`).
 */
export async function answerOnceHeard(call: () => Promise<LightMyRequestResponse>, heard: (response: LightMyRequestResponse) => boolean) {
  const started = Date.now();
  let response = await call();
  while (!heard(response) && Date.now() - started < 1_000) {
    await new Promise((resolve) => setTimeout(resolve, 5));
    response = await call();
  }
  return { response, ms: Date.now() - started };
}

export const status = (code: number) => (response: LightMyRequestResponse) => response.statusCode === code;
