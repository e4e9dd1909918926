import type { Transaction } from 'kysely';
import type { DB } from '../../db/schema.ts';
import type { MailData } from '../../mail/templates.ts';
import type { MailSender } from '../../mail/sender.ts';

/**
 * The two mails of the satisfaction module, typed against their templates. They go through the
 * app's MailSender (the durable queue), inside the transaction that creates the survey: no
 * commit, no mail; a commit, exactly one mail. They name the survey, never a link: the link is
 * minted when the mail leaves (secret-links.ts), so the queue never holds it.
 */
export function surveyMails(mail: MailSender) {
  return {
    async invitation(trx: Transaction<DB>, to: string, academieCode: string, data: { reference: string; surveyId: string; expiresAt: string }) {
      const payload: MailData<'survey.invitation'> = { reference: data.reference, secretLink: { kind: 'survey', id: data.surveyId }, expiresAt: data.expiresAt };
      await mail.send(trx, { template: 'survey.invitation', to, academieCode, data: payload });
    },
    async panelInvitation(trx: Transaction<DB>, to: string, academieCode: string | null, data: { memberId: string; expiresAt: string }) {
      const payload: MailData<'panel.invitation'> = { secretLink: { kind: 'panel', id: data.memberId }, expiresAt: data.expiresAt };
      // Filed under the member's académie: its administrators see in their outbox who was written to (the link masked).
      await mail.send(trx, { template: 'panel.invitation', to, academieCode, data: payload });
    },
  };
}
export type SurveyMails = ReturnType<typeof surveyMails>;
