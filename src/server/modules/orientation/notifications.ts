import type { Transaction } from 'kysely';
import type { DB } from '../../db/schema.ts';
import type { MailSender } from '../../mail/sender.ts';

/**
 * What the orientation module tells people, inside the transaction of the change. A mail names
 * the request's reference and the contact point, and links into ProxiRH: never the note, the
 * description or anything else of the request.
 */
export interface ReferralMails {
  received(trx: Transaction<DB>, event: { referralId: string; reference: string; contactPointName: string; academieCode: string; to: string[] }): Promise<void>;
  answered(trx: Transaction<DB>, event: { requestId: string; reference: string; contactPointName: string; academieCode: string; to: string }): Promise<void>;
  overdue(trx: Transaction<DB>, event: { requestId: string; reference: string; contactPointName: string; academieCode: string; to: string[] }): Promise<void>;
  /** Staff of the request wrote to the target: each member is told. */
  messageToTarget(trx: Transaction<DB>, event: { referralId: string; reference: string; contactPointName: string; academieCode: string; to: string[] }): Promise<void>;
}

export function referralMails(deps: { config: { publicUrl: string }; mail: MailSender }): ReferralMails {
  const { mail } = deps;
  const base = deps.config.publicUrl.replace(/\/$/, '');
  // « Orientations reçues », where the referral is listed (its own page comes with the interface).
  const receivedLink = `${base}/orientations`;
  const staffLink = (id: string) => `${base}/demandes/${id}`;
  return {
    async received(trx, e) {
      for (const to of new Set(e.to)) {
        await mail.send(trx, { template: 'referral.received', to, academieCode: e.academieCode,
          data: { reference: e.reference, contactPointName: e.contactPointName, link: receivedLink } });
      }
    },
    async answered(trx, e) {
      await mail.send(trx, { template: 'referral.answered', to: e.to, academieCode: e.academieCode,
        data: { reference: e.reference, contactPointName: e.contactPointName, link: staffLink(e.requestId) } });
    },
    async messageToTarget(trx, e) {
      for (const to of new Set(e.to)) {
        await mail.send(trx, { template: 'referral.message', to, academieCode: e.academieCode,
          data: { reference: e.reference, contactPointName: e.contactPointName, link: receivedLink } });
      }
    },
    async overdue(trx, e) {
      for (const to of new Set(e.to)) {
        await mail.send(trx, { template: 'referral.overdue', to, academieCode: e.academieCode,
          data: { reference: e.reference, contactPointName: e.contactPointName, link: staffLink(e.requestId) } });
      }
    },
  };
}
