import ExcelJS from 'exceljs';
import { sql, type Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';
import type { ActionContext } from '../../audit/audit-log.ts';
import { recordAudit } from '../../audit/audit-log.ts';
import { forbidden, invalid } from '../../errors/app-error.ts';
import { decodeCursor, paginate } from '../../http/pagination.ts';
import { can } from '../../policies/index.ts';
import { parisDate } from '../../clock.ts';
import { TOPIC_LABELS, type Topic } from '../../../shared/glossary.ts';
import type { CommentsQuery } from './schemas.ts';

export interface SatisfactionComment { answeredAt: string; topic: string; overall: number | null; improvement: string }

/** Most comments a CSV holds (a year of a large académie fits). */
const CSV_LIMIT = 20_000;

/**
 * The free text of the académie's satisfaction answers, for its coordinator only. The query
 * selects the day of the answer, the topic, the overall score and the text: no name, no
 * reference, no request id can leave, whoever calls. Each read is audited in its transaction.
 */
export async function readComments(db: Kysely<DB>, ctx: ActionContext, query: CommentsQuery & { limit?: number; cursor?: string | undefined },
  format: 'json' | 'csv') {
  if (!can(ctx.user, 'comments.read', { level: 'academie', code: query.academie })) {
    throw forbidden('Les commentaires des questionnaires sont réservés au coordonnateur de l’académie.');
  }
  if (query.from && query.to && query.to < query.from) throw invalid([{ field: 'to', message: 'La fin de la période doit suivre son début.' }]);
  const limit = format === 'csv' ? CSV_LIMIT : (query.limit ?? 50);
  const after = decodeCursor(query.cursor, ['timestamp', 'uuid'] as const);
  return db.transaction().execute(async (trx) => {
    let select = trx.selectFrom('satisfaction_surveys as s').innerJoin('requests as r', 'r.id', 's.request_id')
      .select(['s.id', 's.answered_at', 'r.topic', 's.overall', 's.improvement'])
      .where('s.academie_code', '=', query.academie)
      .where('s.answered_at', 'is not', null)
      .where('s.improvement', 'is not', null);
    if (query.from) select = select.where(sql<boolean>`s.answered_at >= (${query.from}::date)::timestamp at time zone 'Europe/Paris'`);
    if (query.to) select = select.where(sql<boolean>`s.answered_at < (${query.to}::date + 1)::timestamp at time zone 'Europe/Paris'`);
    if (after) select = select.where(sql<boolean>`(s.answered_at, s.id) < (${after[0]}::timestamptz, ${after[1]}::uuid)`);
    const rows = await select.orderBy('s.answered_at', 'desc').orderBy('s.id', 'desc').limit(limit + 1).execute();
    await recordAudit(trx, ctx, {
      action: 'satisfaction.comments.read', targetType: 'academie', targetId: query.academie, academieCode: query.academie, actorRole: 'coordinator',
      details: { format, from: query.from ?? null, to: query.to ?? null, count: Math.min(rows.length, limit) },
    });
    return paginate(rows, limit, (r): SatisfactionComment => ({
      answeredAt: parisDate(r.answered_at!), topic: r.topic, overall: r.overall, improvement: r.improvement!,
    }), (r) => [r.answered_at!.toISOString(), r.id]);
  });
}

/** A spreadsheet would run a cell starting with = + - @ as a formula: such text is quoted. */
function inert(text: string): string {
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}

/** The comments as CSV (ExcelJS, « ; » separated, BOM for Excel), for the académie's coordinator. */
export async function commentsCsv(items: SatisfactionComment[]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Commentaires');
  sheet.addRow(['Date de la réponse', 'Thème de la demande', 'Satisfaction globale (0 à 10)', 'Ce qui devrait s’améliorer']);
  for (const item of items) {
    sheet.addRow([item.answeredAt, TOPIC_LABELS[item.topic as Topic] ?? item.topic, item.overall ?? '', inert(item.improvement)]);
  }
  return Buffer.from(await workbook.csv.writeBuffer({ formatterOptions: { delimiter: ';', writeBOM: true } }));
}
