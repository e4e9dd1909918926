import type { Transaction } from 'kysely';
import type { DB } from '../../db/schema.ts';
import type { MailData } from '../../mail/templates.ts';
import type { MailSender } from '../../mail/sender.ts';

/**
 * The two mails of the satisfaction module, typed against their templates. They go through the
 * app's MailSender (the durable queue), inside the transaction that creates the survey: no
 * commit, no mail; a commit, exactly one mail.
 */
export function surveyMails(mail: MailSender, publicUrl: string) {
  return {
    async invitation(trx: Transaction<DB>, to: string, academieCode: string, data: Omit<MailData<'survey.invitation'>, 'link'> & { token: string }) {
      const payload: MailData<'survey.invitation'> = { reference: data.reference, link: `${publicUrl}/enquete/${data.token}`, expiresAt: data.expiresAt };
      await mail.send(trx, { template: 'survey.invitation', to, academieCode, data: payload });
    },
    async panelInvitation(trx: Transaction<DB>, to: string, data: { token: string; expiresAt: string }) {
      const payload: MailData<'panel.invitation'> = { link: `${publicUrl}/enquete-nationale/${data.token}`, expiresAt: data.expiresAt };
      // National: no académie's outbox shows it.
      await mail.send(trx, { template: 'panel.invitation', to, academieCode: null, data: payload });
    },
  };
}
export type SurveyMails = ReturnType<typeof surveyMails>;
