import ExcelJS from 'exceljs';
import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';
import { recordAudit, type ActionContext } from '../../audit/audit-log.ts';
import { parisDate } from '../../clock.ts';
import { ROLE_LABELS, ROLES, type Role } from '../../../shared/glossary.ts';
import type { AuditEntry, AuditQuery } from '../../../shared/contracts/admin.ts';
import { findAuditEntries } from './repository.ts';
import { presentAuditEntry } from './presenter.ts';
import { checkAuditPeriod } from './read-audit-log.ts';

/** One file holds at most this many rows; a longer period is exported in several files. */
export const AUDIT_CSV_LIMIT = 20_000;

const frenchDateTime = new Intl.DateTimeFormat('fr-FR', {
  timeZone: 'Europe/Paris', day: '2-digit', month: '2-digit', year: 'numeric', hour: '2-digit', minute: '2-digit', second: '2-digit',
});

/** A spreadsheet would run a cell starting with = + - @ as a formula: such text is quoted. */
const inert = (text: string) => (/^[=+\-@\t\r]/.test(text) ? `'${text}` : text);
const roleLabel = (role: string | null) => (role === null ? '' : (ROLES as readonly string[]).includes(role) ? ROLE_LABELS[role as Role] : role);

/** The rows as a French spreadsheet opens them: « ; » separated, UTF-8 with BOM, dates « 26/11/2026 14:03:00 » in Paris time. */
async function auditCsv(items: AuditEntry[]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Journal');
  sheet.addRow(['Date et heure (Paris)', 'Personne', 'Rôle', 'Action', 'Objet', 'Code de l’action', 'Identifiant de l’objet']);
  for (const e of items) {
    sheet.addRow([
      frenchDateTime.format(new Date(e.occurredAt)).replace(',', ''),
      inert(e.actor?.displayName ?? 'Système'), roleLabel(e.actorRole), e.actionLabel, inert(e.targetLabel ?? ''), e.action, e.targetId ?? '',
    ]);
  }
  return Buffer.from(await workbook.csv.writeBuffer({ formatterOptions: { delimiter: ';', writeBOM: true } }));
}

/**
 * The filtered audit log as a CSV file, for the data-protection officer. The export is itself
 * audited; its row says which filters were used, never what was typed in them (a name).
 */
export async function exportAuditLog(db: Kysely<DB>, ctx: ActionContext, query: AuditQuery, now = new Date()) {
  checkAuditPeriod(query);
  return db.transaction().execute(async (trx) => {
    const rows = await findAuditEntries(trx, ctx.user, query, undefined, AUDIT_CSV_LIMIT - 1);
    const items = rows.slice(0, AUDIT_CSV_LIMIT).map(presentAuditEntry);
    await recordAudit(trx, ctx, {
      action: 'audit.export', targetType: 'audit_log', actorRole: 'admin', academieCode: ctx.user.academieCode,
      details: {
        count: items.length, action: query.action ?? null, from: query.from ?? null, to: query.to ?? null,
        byPerson: Boolean(query.person?.trim() || query.actorId), byRecord: Boolean(query.record?.trim()),
      },
    });
    return { body: await auditCsv(items), filename: `journal-audit-${parisDate(now)}.csv` };
  });
}
