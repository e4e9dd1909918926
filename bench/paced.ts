/**
 * A load at a steady rate (open model): one request every 1000/rate ms, whether the previous ones
 * have answered or not, each latency counted from the moment the request was due (so a late
 * generator or a saturated server shows in the figures, never hides: no coordinated omission).
 *
 * Why not autocannon's `overallRate`: autocannon lets each connection send its share of the second
 * as soon as the second starts (httpClient.js: `reqsMadeThisSecond`, reset by a 1 s interval), and
 * all connections start together; at 200 requests/s over 100 connections, the server receives 200
 * requests within a few milliseconds at the top of every second, then nothing. That measures a
 * burst of 200 simultaneous requests, not a rate: the last of the burst waits for the 199 others.
 * The targets « p99 under 50 ms at 200 requests/s » speak of a rate; the burst is still measured
 * beside it (`--burst`), for what it says of a sudden crowd.
 */
import http from 'node:http';
import type { HttpRequest } from './scenarios.ts';

export interface PacedResult {
  latencies: number[];
  statusCodes: Record<string, number>;
  /** Requests without an answer: connection errors, and no answer within the timeout. */
  errors: number;
  timeouts: number;
  non2xx: number;
  /** A few error answers, to say what went wrong. */
  samples: string[];
}

export async function pacedLoad(base: string, next: () => HttpRequest,
  opts: { seconds: number; rate: number; connections: number; timeoutSeconds?: number }): Promise<PacedResult> {
  const url = new URL(base);
  const agent = new http.Agent({ keepAlive: true, maxSockets: opts.connections });
  const result: PacedResult = { latencies: [], statusCodes: {}, errors: 0, timeouts: 0, non2xx: 0, samples: [] };
  const interval = 1000 / opts.rate;
  const timeout = (opts.timeoutSeconds ?? 10) * 1000;
  const total = Math.round(opts.seconds * opts.rate);
  const pending: Array<Promise<void>> = [];

  const fire = (due: number) => new Promise<void>((resolve) => {
    const r = next();
    const request = http.request({
      host: url.hostname, port: url.port, path: r.path, method: r.method, agent,
      headers: { ...r.headers, ...(r.body ? { 'content-length': Buffer.byteLength(r.body) } : {}) },
    }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () => {
        const status = response.statusCode ?? 0;
        result.latencies.push(performance.now() - due);
        result.statusCodes[status] = (result.statusCodes[status] ?? 0) + 1;
        if (status < 200 || status >= 300) {
          result.non2xx++;
          if (status >= 400 && result.samples.length < 3) result.samples.push(`${status} ${Buffer.concat(chunks).toString('utf8').slice(0, 300)}`);
        }
        resolve();
      });
    });
    request.setTimeout(timeout, () => {
      result.timeouts++;
      request.destroy(new Error('timeout'));
    });
    request.on('error', () => {
      result.errors++;
      resolve();
    });
    request.end(r.body);
  });

  const start = performance.now();
  for (let sent = 0; sent < total; sent++) {
    const due = start + sent * interval;
    const wait = due - performance.now();
    // Behind time, the request goes at once, but the answers are still read between two sends.
    await new Promise((r) => (wait > 1 ? setTimeout(r, wait) : setImmediate(r)));
    pending.push(fire(due));
  }
  await Promise.all(pending);
  agent.destroy();
  return result;
}
