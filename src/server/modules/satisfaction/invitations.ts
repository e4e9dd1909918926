import { sql, type Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';
import type { JobDefinition } from '../../jobs/queue.ts';
import type { MailSender } from '../../mail/sender.ts';
import { surveyMails, type SurveyMails } from './mails.ts';
import { newSurveyToken, surveyExpiry, SURVEY_VALIDITY_DAYS } from './tokens.ts';

const BATCH = 200;
/** The académie's delay when it has set none (academie_settings.survey_delay_days defaults to 2 too). */
const DEFAULT_DELAY_DAYS = 2;

/**
 * Closed requests whose survey is due: closed at least the académie's delay ago (calendar days,
 * not working days: a survey is no commitment) and at most the survey's validity ago, still
 * closed, not anonymised, with no survey yet. Oldest first, so a backlog drains in order.
 */
async function dueForSurvey(db: Kysely<DB>, now: Date) {
  return db.selectFrom('requests as r')
    .innerJoin('persons as agent', 'agent.id', 'r.agent_id')
    .leftJoin('academie_settings as s', 's.academie_code', 'r.academie_code')
    .leftJoin('satisfaction_surveys as sv', 'sv.request_id', 'r.id')
    .select(['r.id', 'r.reference', 'r.academie_code', 'agent.email'])
    .where('r.status', '=', 'closed')
    .where('r.anonymised_at', 'is', null)
    .where('agent.active', '=', true)
    .where('sv.id', 'is', null)
    .where('r.closed_at', '>', new Date(now.getTime() - SURVEY_VALIDITY_DAYS * 86_400_000))
    .where(sql<boolean>`r.closed_at <= ${now}::timestamptz - make_interval(days => coalesce(s.survey_delay_days, ${DEFAULT_DELAY_DAYS}))`)
    .orderBy('r.closed_at').limit(BATCH)
    .execute();
}

/**
 * Sends the satisfaction survey of each request that is due. Each survey is created by an
 * INSERT … ON CONFLICT (request_id) DO NOTHING in the same transaction as its mail: with
 * several workers racing, one insert wins, the others find the row and send nothing.
 * The insert re-reads the request, so one reopened meanwhile gets no survey.
 */
export async function inviteToSurveys(db: Kysely<DB>, mails: SurveyMails, now = new Date()) {
  let invited = 0;
  for (const candidate of await dueForSurvey(db, now)) {
    invited += await db.transaction().execute(async (trx) => {
      const { token, hash } = newSurveyToken();
      const expiresAt = surveyExpiry(now);
      const created = await trx.insertInto('satisfaction_surveys')
        .columns(['request_id', 'academie_code', 'departement_code', 'token_hash', 'sent_at', 'expires_at'])
        .expression((eb) => eb.selectFrom('requests')
          .select([
            'id', 'academie_code', 'departement_code',
            sql<string>`${hash}::text`.as('token_hash'), sql<Date>`${now}::timestamptz`.as('sent_at'), sql<Date>`${expiresAt}::timestamptz`.as('expires_at'),
          ])
          .where('id', '=', candidate.id).where('status', '=', 'closed').where('anonymised_at', 'is', null))
        .onConflict((oc) => oc.column('request_id').doNothing())
        .returning('id').executeTakeFirst();
      if (!created) return 0;
      await mails.invitation(trx, candidate.email, candidate.academie_code, { reference: candidate.reference, token, expiresAt: expiresAt.toISOString() });
      return 1;
    });
  }
  return invited;
}

export const SURVEY_INVITE_JOB = 'surveys.invite';

export function satisfactionJobDefinitions(db: Kysely<DB>, mail: MailSender, publicUrl: string): JobDefinition<object>[] {
  const mails = surveyMails(mail, publicUrl);
  return [
    { name: SURVEY_INVITE_JOB, schedule: '*/10 * * * *', retryLimit: 3, handler: async () => { await inviteToSurveys(db, mails); } },
  ];
}
