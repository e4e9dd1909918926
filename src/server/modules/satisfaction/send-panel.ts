import type { Kysely } from 'kysely';
import type { PanelDetail } from '../../../shared/contracts/satisfaction.ts';
import type { DB } from '../../db/schema.ts';
import { recordAudit, type ActionContext } from '../../audit/audit-log.ts';
import { AppError } from '../../errors/app-error.ts';
import type { SurveyMails } from './mails.ts';
import { readPanel, unknownPanel } from './read-panel.ts';
import { claimPanelForSending, findActivePanelMembers, panelExists, setPanelMemberInvitation } from './repository.ts';
import { surveyExpiry } from './tokens.ts';
import { academieOf } from '../../../shared/territories.ts';

/**
 * Sends the national questionnaire to every member of the panel, once. The panel is claimed by
 * a conditional update in the same transaction as the invitations and the queued mails: a
 * second call, or a concurrent one, finds it sent (409) and sends nothing. Each member's link is
 * minted when their mail leaves.
 */
export async function sendPanel(db: Kysely<DB>, ctx: ActionContext, mails: SurveyMails, id: string, now = new Date()): Promise<PanelDetail> {
  await db.transaction().execute(async (trx) => {
    if (!await claimPanelForSending(trx, id, now)) {
      if (!await panelExists(trx, id)) throw unknownPanel();
      throw new AppError('conflict', 'Ce panel a déjà reçu le questionnaire : il n’est envoyé qu’une fois.');
    }
    const members = await findActivePanelMembers(trx, id);
    const expiresAt = surveyExpiry(now);
    for (const member of members) {
      await setPanelMemberInvitation(trx, member.id, { sentAt: now, expiresAt });
      await mails.panelInvitation(trx, member.email, academieOf(member.departement_code) ?? null, { memberId: member.id, expiresAt: expiresAt.toISOString() });
    }
    await recordAudit(trx, ctx, { action: 'panel.send', targetType: 'survey_panel', targetId: id, actorRole: 'coordinator', details: { sent: members.length } });
  });
  return readPanel(db, id);
}
