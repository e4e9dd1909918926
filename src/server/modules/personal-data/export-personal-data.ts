import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';
import type { ActionContext } from '../../audit/audit-log.ts';
import { recordAudit } from '../../audit/audit-log.ts';
import type { PersonalDataExport } from '../../../shared/contracts/personal-data.ts';
import { findPersonalData } from './repository.ts';
import { presentPersonalData } from './presenter.ts';

/**
 * « Mes données » (GDPR right of access): everything ProxiRH holds about the person as an agent —
 * profile, roles, their requests with the messages exchanged, attachments' metadata, the events
 * and who read each request. Internal notes are staff working documents about the request and are
 * listed by count and date, as the right of access to such notes goes through the académie's DPO.
 * The read and its audit row are one transaction.
 */
export async function exportPersonalData(db: Kysely<DB>, ctx: ActionContext): Promise<PersonalDataExport> {
  const data = await db.transaction().execute(async (trx) => {
    const found = await findPersonalData(trx, ctx.user.id);
    await recordAudit(trx, ctx, { action: 'personal_data.export', targetType: 'person', targetId: found.person.id, academieCode: found.person.academie_code });
    return found;
  });
  return presentPersonalData(data, new Date());
}
