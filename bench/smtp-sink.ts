/**
 * The benchmark's mail relay: a real SMTP server (smtp-server) on 127.0.0.1, in a process of its own
 * so that receiving mail does not share the load generator's event loop. `bench/run.ts` forks it,
 * reads its address from the first message, points the product server's SMTP_URL at it, and asks
 * for a report (`'report'`) when it wants the figures. It keeps no mail, only when each arrived:
 * newsletter mails (those carrying List-Unsubscribe) apart from the others (acknowledgements,
 * invitations…), and their Message-IDs, so that a mail relayed twice shows. It greets as smtp-server
 * does by default, 100 ms after each new connection (to catch clients that talk too soon), a pause
 * the product's pooled mailer pays once per connection, not once per mail.
 */
import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';

export interface SinkReport {
  /** When each newsletter mail was received (ms since the epoch), in order of arrival. */
  newsletterAt: number[];
  /** Distinct Message-IDs among the newsletter mails (fewer than mails: one was relayed twice). */
  newsletterMessageIds: number;
  /** Other mails received (acknowledgements, invitations…). */
  others: number;
}
export type SinkMessage = { url: string } | { report: SinkReport };

const newsletterAt: number[] = [];
const messageIds = new Set<string>();
let others = 0;

/** The headers of a message, unfolded, names in lower case (only the head is read). */
function headersOf(raw: string): Map<string, string> {
  const end = raw.search(/\r?\n\r?\n/);
  const head = (end < 0 ? raw : raw.slice(0, end)).replace(/\r?\n[ \t]+/g, ' ');
  const headers = new Map<string, string>();
  for (const line of head.split(/\r?\n/)) {
    const colon = line.indexOf(':');
    if (colon > 0) headers.set(line.slice(0, colon).trim().toLowerCase(), line.slice(colon + 1).trim());
  }
  return headers;
}

const server = new SMTPServer({
  authOptional: true,
  disabledCommands: ['STARTTLS', 'AUTH'],
  logger: false,
  // Nor a reverse DNS look-up of 127.0.0.1 on every connection.
  disableReverseLookup: true,
  onData(stream, _session, callback) {
    const chunks: Buffer[] = [];
    stream.on('data', (chunk: Buffer) => chunks.push(chunk));
    stream.on('end', () => {
      const headers = headersOf(Buffer.concat(chunks).toString('utf8'));
      if (headers.has('list-unsubscribe')) {
        newsletterAt.push(Date.now());
        messageIds.add(headers.get('message-id') ?? '');
      } else {
        others += 1;
      }
      callback();
    });
  },
});

server.listen(0, '127.0.0.1', () => {
  const { port } = server.server.address() as AddressInfo;
  process.send?.({ url: `smtp://127.0.0.1:${port}` } satisfies SinkMessage);
});
process.on('message', (message) => {
  if (message === 'report') process.send?.({ report: { newsletterAt, newsletterMessageIds: messageIds.size, others } } satisfies SinkMessage);
});
// The parent gone (killed, or finished without stopping us): nothing left to receive for.
process.on('disconnect', () => server.close(() => process.exit(0)));
process.on('SIGTERM', () => server.close(() => process.exit(0)));
