// autocannon 8 ships no types; the benchmark uses its programmatic API (run.ts) only.
declare module 'autocannon' {
  interface Instance extends PromiseLike<{ errors: number; timeouts: number; non2xx: number }> {
    on(event: 'response', listener: (client: unknown, statusCode: number, bytes: number, responseTime: number) => void): this;
  }
  function autocannon(options: Record<string, unknown>): Instance;
  export default autocannon;
}
