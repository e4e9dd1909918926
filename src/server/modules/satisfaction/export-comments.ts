import ExcelJS from 'exceljs';
import type { Kysely } from 'kysely';
import type { Comment, CommentsQuery } from '../../../shared/contracts/satisfaction.ts';
import { TOPIC_LABELS, type Topic } from '../../../shared/glossary.ts';
import type { DB } from '../../db/schema.ts';
import type { ActionContext } from '../../audit/audit-log.ts';
import { parisDate } from '../../clock.ts';
import { readComments } from './read-comments.ts';

/** A spreadsheet would run a cell starting with = + - @ as a formula: such text is quoted. */
function inert(text: string): string {
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}

/** The comments as CSV (ExcelJS, « ; » separated, BOM for Excel). */
async function commentsCsv(items: Comment[]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Commentaires');
  sheet.addRow(['Date de la réponse', 'Thème de la demande', 'Satisfaction globale (0 à 10)', 'Ce qui devrait s’améliorer']);
  for (const item of items) {
    sheet.addRow([item.answeredAt, TOPIC_LABELS[item.topic as Topic] ?? item.topic, item.overall ?? '', inert(item.improvement)]);
  }
  return Buffer.from(await workbook.csv.writeBuffer({ formatterOptions: { delimiter: ';', writeBOM: true } }));
}

/** The académie's comments as a CSV file, for its coordinator; audited like a page read. */
export async function exportComments(db: Kysely<DB>, ctx: ActionContext, query: CommentsQuery, now = new Date()) {
  const { items } = await readComments(db, ctx, query, 'csv');
  return { body: await commentsCsv(items), filename: `commentaires-${query.academie.toLowerCase()}-${parisDate(now)}.csv` };
}
