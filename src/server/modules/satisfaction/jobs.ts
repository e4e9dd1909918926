import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';
import type { JobDefinition } from '../../jobs/queue.ts';
import type { MailSender } from '../../mail/sender.ts';
import { inviteToSurveys } from './invite-to-surveys.ts';
import { surveyMails } from './mails.ts';

export const SURVEY_INVITE_JOB = 'surveys.invite';

export function satisfactionJobDefinitions(db: Kysely<DB>, mail: MailSender): JobDefinition<object>[] {
  const mails = surveyMails(mail);
  return [
    { name: SURVEY_INVITE_JOB, schedule: '*/10 * * * *', retryLimit: 3, handler: async () => { await inviteToSurveys(db, mails); } },
  ];
}
