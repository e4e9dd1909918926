import pg from 'pg';
import type { FastifyBaseLogger } from 'fastify';
import type { Database } from '../db/database.ts';
import type { RecentSessions } from './recent-sessions.ts';

/** Where the database announces a session ended or a person changed (migration 2026_11_28_0001). */
const CHANNEL = 'proxirh_sessions';
const PERSON_ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** A lost listening connection is tried again after this long, then twice as long, up to 30 s. */
const FIRST_RETRY_MS = 500;
const LAST_RETRY_MS = 30_000;
/** A connection that went silent (no reset, no answer) is noticed by this heartbeat. */
const HEARTBEAT_MS = 15_000;

export interface Listening { stop(): Promise<void> }

function heard(recent: RecentSessions, payload: string | undefined) {
  if (!payload) return;
  if (PERSON_ID.test(payload)) recent.forgetPerson(payload);
  else recent.forgetSession(payload);
}

/**
 * Keeps `recent` in step with the announcements of the database. PGlite runs in this process:
 * its announcements are delivered with the commit. A PostgreSQL server delivers them on a
 * connection of our own that only listens; while it is down, `recent` remembers nothing, and
 * the connection is opened again until it holds.
 */
export async function listenForSessionChanges(database: Database, recent: RecentSessions, log: FastifyBaseLogger): Promise<Listening> {
  if (database.pglite) {
    const unlisten = await database.pglite.listen(CHANNEL, (payload) => heard(recent, payload));
    recent.trust();
    return {
      async stop() {
        recent.distrust();
        await unlisten().catch(() => undefined);
      },
    };
  }
  return listenOnServer(database.pool.options, recent, log);
}

async function listenOnServer(options: pg.ClientConfig, recent: RecentSessions, log: FastifyBaseLogger): Promise<Listening> {
  let current: pg.Client | undefined;
  let stopped = false;
  let retryMs = FIRST_RETRY_MS;
  let retry: NodeJS.Timeout | undefined;
  let heartbeat: NodeJS.Timeout | undefined;

  const lose = (client: pg.Client, error?: unknown): Promise<void> | undefined => {
    if (client !== current) return undefined;
    current = undefined;
    recent.distrust();
    clearInterval(heartbeat);
    client.removeAllListeners();
    client.on('error', () => undefined);
    const ended = client.end().catch(() => undefined);
    if (stopped) return ended;
    log.warn({ reason: error instanceof Error ? error.message : 'connection closed', retryMs }, 'session announcements lost: every session is read from the database');
    retry = setTimeout(() => void connect(), retryMs);
    retry.unref();
    retryMs = Math.min(retryMs * 2, LAST_RETRY_MS);
    return ended;
  };

  const connect = async () => {
    const client = new pg.Client({ ...options, keepAlive: true, query_timeout: 10_000 });
    current = client;
    client.on('notification', (message) => {
      if (message.channel === CHANNEL) heard(recent, message.payload);
    });
    client.on('error', (error) => lose(client, error));
    client.on('end', () => lose(client));
    try {
      await client.connect();
      await client.query(`listen ${CHANNEL}`);
    } catch (error) {
      await lose(client, error);
      return;
    }
    if (client !== current) return;
    // Anything announced while nobody listened is unknown: start from an empty memory.
    recent.trust();
    retryMs = FIRST_RETRY_MS;
    heartbeat = setInterval(() => void client.query('select 1').catch((error: unknown) => lose(client, error)), HEARTBEAT_MS);
    heartbeat.unref();
  };

  // The first attempt is awaited (not its success): a server that is down only means reading every time.
  await connect();
  return {
    async stop() {
      stopped = true;
      clearTimeout(retry);
      if (current) await lose(current);
    },
  };
}
