/** A command's end on a person's mistake or a refusal: one French sentence on stderr, exit 1. */
export function fail(message: string): never {
  process.stderr.write(`${message}\n`);
  process.exit(1);
}
