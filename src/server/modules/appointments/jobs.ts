import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';
import type { JobDefinition } from '../../jobs/queue.ts';
import { appointmentsWithPeople } from './repository.ts';
import type { AppointmentMails } from './notifications.ts';
import { offerFreedSlots } from './offer-freed-slots.ts';
import { anonymiseExpiredAppointments } from './anonymise-appointments.ts';

const BATCH = 200;
const HOUR = 3_600_000;
/** The reminder leaves 48 hours before the appointment. */
export const REMINDER_HOURS = 48;

/**
 * Reminds each agent of a booked appointment once, 48 hours before it. An appointment booked
 * less than 48 hours ahead gets none (its confirmation is fresh). Each one is claimed by a
 * conditional update in the transaction of its mail: with several instances, one reminder.
 */
export async function sendAppointmentReminders(db: Kysely<DB>, mails: AppointmentMails, now = new Date()): Promise<number> {
  const horizon = new Date(now.getTime() + REMINDER_HOURS * HOUR);
  const candidates = await db.selectFrom('appointments').select('id')
    .where('status', '=', 'booked').where('reminder_sent_at', 'is', null)
    .where('starts_at', '>', now).where('starts_at', '<=', horizon)
    .orderBy('starts_at').limit(BATCH).execute();
  let sent = 0;
  for (const candidate of candidates) {
    sent += await db.transaction().execute(async (trx) => {
      const claimed = await trx.updateTable('appointments').set({ reminder_sent_at: now })
        .where('id', '=', candidate.id).where('reminder_sent_at', 'is', null).where('status', '=', 'booked')
        .returning('id').executeTakeFirst();
      if (!claimed) return 0;
      const a = await appointmentsWithPeople(trx).where('a.id', '=', claimed.id).executeTakeFirstOrThrow();
      // Booked within the last 48 hours: the confirmation said it all.
      if (a.starts_at.getTime() - a.created_at.getTime() < REMINDER_HOURS * HOUR) return 0;
      await mails.reminder(trx, { appointmentId: a.id, to: a.agent_email, academieCode: a.academie_code, startsAt: a.starts_at, mode: a.mode,
        placeLabel: a.place_label, adviserName: a.adviser_name });
      return 1;
    });
  }
  return sent;
}

export function appointmentJobDefinitions(db: Kysely<DB>, mails: AppointmentMails): JobDefinition<object>[] {
  return [
    { name: 'appointments.reminders', schedule: '*/10 * * * *', retryLimit: 3, handler: async () => { await sendAppointmentReminders(db, mails); } },
    { name: 'appointments.offer-freed-slots', schedule: '*/5 * * * *', retryLimit: 3, handler: async () => { await offerFreedSlots(db, mails); } },
    { name: 'appointments.anonymise-expired', schedule: '50 2 * * *', retryLimit: 3, handler: async () => { await anonymiseExpiredAppointments(db); } },
  ];
}
