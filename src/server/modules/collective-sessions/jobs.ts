import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';
import type { JobDefinition } from '../../jobs/queue.ts';
import { registrationsWithSession } from './repository.ts';
import type { SessionMails } from './notifications.ts';

const BATCH = 200;
const HOUR = 3_600_000;
/** The reminder leaves 48 hours before the session. */
export const SESSION_REMINDER_HOURS = 48;

/**
 * Reminds each registered agent once, 48 hours before the session. A seat taken less than
 * 48 hours ahead gets none (its confirmation is fresh). Each reminder is claimed by a conditional
 * update in the transaction of its mail: with several instances, one reminder.
 */
export async function sendSessionReminders(db: Kysely<DB>, mails: SessionMails, now = new Date()): Promise<number> {
  const horizon = new Date(now.getTime() + SESSION_REMINDER_HOURS * HOUR);
  const candidates = await db.selectFrom('collective_session_registrations as r').innerJoin('collective_sessions as s', 's.id', 'r.session_id')
    .select('r.id').where('r.status', '=', 'registered').where('r.reminder_sent_at', 'is', null).where('s.status', '=', 'scheduled')
    .where('s.starts_at', '>', now).where('s.starts_at', '<=', horizon).orderBy('s.starts_at').limit(BATCH).execute();
  let sent = 0;
  for (const candidate of candidates) {
    sent += await db.transaction().execute(async (trx) => {
      const claimed = await trx.updateTable('collective_session_registrations').set({ reminder_sent_at: now })
        .where('id', '=', candidate.id).where('reminder_sent_at', 'is', null).where('status', '=', 'registered').returning('id').executeTakeFirst();
      if (!claimed) return 0;
      const r = await registrationsWithSession(trx).where('r.id', '=', claimed.id).executeTakeFirstOrThrow();
      const seatedAt = await trx.selectFrom('collective_session_registrations').select(['created_at', 'promoted_at']).where('id', '=', r.id).executeTakeFirstOrThrow();
      const since = (seatedAt.promoted_at ?? seatedAt.created_at).getTime();
      if (r.starts_at.getTime() - since < SESSION_REMINDER_HOURS * HOUR) return 0;
      await mails.send(trx, 'session.reminder', r);
      return 1;
    });
  }
  return sent;
}

export function sessionJobDefinitions(db: Kysely<DB>, mails: SessionMails): JobDefinition<object>[] {
  return [
    { name: 'collective-sessions.reminders', schedule: '*/10 * * * *', retryLimit: 3, handler: async () => { await sendSessionReminders(db, mails); } },
  ];
}
