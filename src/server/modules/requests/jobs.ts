import { sql, type Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';
import type { JobDefinition } from '../../jobs/queue.ts';
import { holdingMessageDate } from './commitments.ts';
import { recordEvent } from './events.ts';
import { getAcademieSettings, type AcademieSettings } from '../territories/index.ts';
import type { RequestNotifier } from './notifications.ts';

const BATCH = 200;

/** Candidates whose first answer is still awaited and due between `from` and `until`. */
async function awaitingFirstAnswer(db: Kysely<DB>, from: Date, until: Date, column: 'holding_sent_at' | 'overdue_alerted_at') {
  return db.selectFrom('requests')
    .select(['id', 'academie_code', 'departement_code', 'first_response_due_at'])
    .where(sql<boolean>`status <> 'closed'`) // a literal, so that the partial index on open requests serves
    .where('first_responded_at', 'is', null)
    .where('paused_at', 'is', null)
    .where('anonymised_at', 'is', null)
    .where(column, 'is', null)
    .where('first_response_due_at', '>', from)
    .where('first_response_due_at', '<=', until)
    .orderBy('first_response_due_at').limit(BATCH)
    .execute();
}

/**
 * Sends the « message d'attente » to agents whose answer is due soon (the académie's number of
 * working days before the due date). Each request is claimed by a conditional update in the
 * same transaction as the notice: with several workers, each message goes exactly once.
 */
export async function sendHoldingMessages(db: Kysely<DB>, notifier: RequestNotifier, now = new Date()) {
  const settings = new Map<string, AcademieSettings>();
  let sent = 0;
  // Due dates still ahead, within the longest holding delay (10 working days fit in 20 calendar days).
  for (const candidate of await awaitingFirstAnswer(db, now, new Date(now.getTime() + 20 * 86_400_000), 'holding_sent_at')) {
    const academie = settings.get(candidate.academie_code) ?? await getAcademieSettings(db, candidate.academie_code);
    settings.set(candidate.academie_code, academie);
    const sendAt = holdingMessageDate(candidate.first_response_due_at!, academie.holdingDaysBefore, candidate.departement_code);
    if (sendAt > now) continue;
    sent += await db.transaction().execute(async (trx) => {
      const claimed = await trx.updateTable('requests').set({ holding_sent_at: now })
        .where('id', '=', candidate.id).where('holding_sent_at', 'is', null).where('first_responded_at', 'is', null)
        .returning('id').executeTakeFirst();
      if (!claimed) return 0;
      await recordEvent(trx, candidate.id, 'holding_message_sent', null, { at: now });
      await notifier.holding(trx, { requestId: candidate.id });
      return 1;
    });
  }
  return sent;
}

/**
 * How long after a missed due date the coordinator is still alerted. An alert is news: it says
 * that an answer has just become late. A due date missed longer ago (the jobs were stopped, or the
 * request came with the history of the académie's former tool, or of the demo académie) is
 * already in the coordinator's list of late requests; a burst of mails about it at a start would
 * be noise. Three days cover a weekend without the jobs.
 */
export const OVERDUE_ALERT_WINDOW_DAYS = 3;

/** Alerts the coordinator once when a first answer has just become overdue. Same claim rule as above. */
export async function alertOverdueRequests(db: Kysely<DB>, notifier: RequestNotifier, now = new Date()) {
  let alerted = 0;
  const since = new Date(now.getTime() - OVERDUE_ALERT_WINDOW_DAYS * 86_400_000);
  for (const candidate of await awaitingFirstAnswer(db, since, now, 'overdue_alerted_at')) {
    alerted += await db.transaction().execute(async (trx) => {
      const claimed = await trx.updateTable('requests').set({ overdue_alerted_at: now })
        .where('id', '=', candidate.id).where('overdue_alerted_at', 'is', null).where('first_responded_at', 'is', null)
        .returning('id').executeTakeFirst();
      if (!claimed) return 0;
      await recordEvent(trx, candidate.id, 'overdue_alerted', null, { visibleToAgent: false, at: now });
      await notifier.overdue(trx, { requestId: candidate.id, academieCode: candidate.academie_code });
      return 1;
    });
  }
  return alerted;
}

/**
 * At the end of the retention period (per académie, 5 years after closure by default), removes
 * the free text and the attachments of closed requests and keeps what the statistics need.
 */
export async function anonymiseExpiredRequests(db: Kysely<DB>, now = new Date()) {
  const academies = await db.selectFrom('academies as a').leftJoin('academie_settings as s', 's.academie_code', 'a.code')
    .select(['a.code', sql<number>`coalesce(s.retention_years, 5)`.as('years')]).execute();
  let anonymised = 0;
  for (const academie of academies) {
    const limit = new Date(now);
    limit.setUTCFullYear(limit.getUTCFullYear() - academie.years);
    anonymised += await db.transaction().execute(async (trx) => {
      const rows = await trx.updateTable('requests')
        .set({ subject: 'Demande anonymisée', description: null, closing_summary: null, anonymised_at: now })
        .where('academie_code', '=', academie.code).where('status', '=', 'closed')
        .where('closed_at', '<', limit).where('anonymised_at', 'is', null)
        .returning('id').execute();
      if (!rows.length) return 0;
      const ids = rows.map((r) => r.id);
      await trx.updateTable('request_messages').set({ body: null }).where('request_id', 'in', ids).execute();
      await trx.updateTable('request_notes').set({ body: null }).where('request_id', 'in', ids).execute();
      await trx.deleteFrom('attachment_contents')
        .where('attachment_id', 'in', trx.selectFrom('request_attachments').select('id').where('request_id', 'in', ids)).execute();
      await trx.updateTable('request_attachments').set({ removed_at: now, filename: 'pièce supprimée' }).where('request_id', 'in', ids).execute();
      for (const id of ids) await recordEvent(trx, id, 'anonymised', null, { at: now });
      return ids.length;
    });
  }
  return anonymised;
}

export function requestJobDefinitions(db: Kysely<DB>, notifier: RequestNotifier): JobDefinition<object>[] {
  return [
    { name: 'requests.holding-messages', schedule: '*/10 * * * *', retryLimit: 3, handler: async () => { await sendHoldingMessages(db, notifier); } },
    { name: 'requests.overdue-alerts', schedule: '*/10 * * * *', retryLimit: 3, handler: async () => { await alertOverdueRequests(db, notifier); } },
    { name: 'requests.anonymise-expired', schedule: '30 2 * * *', retryLimit: 3, handler: async () => { await anonymiseExpiredRequests(db); } },
  ];
}
