import ExcelJS from 'exceljs';
import type { ActivityReport, MaskedCount, Measure } from '../../../shared/contracts/reports.ts';
import { BREAKDOWNS } from './presenter.ts';

/*
 * The report's tables as a spreadsheet (XLSX, one sheet per table) or as one CSV table.
 * Both are written from the same report the API returns: a masked count is written « < 5 »
 * (« secret » when its breakdown is withheld), never as a number; the others are the same
 * rounded counts.
 */

const shown = (cell: MaskedCount, threshold: number): string | number =>
  cell.count ?? (cell.maskReason === 'withheld' ? 'secret' : `< ${threshold}`);
const shownCount = (count: number | null, threshold: number): string | number => count ?? `< ${threshold}`;
const shownShare = (share: number | null, cell: MaskedCount) => (cell.count === null ? '' : share === null ? '' : share);
const shownMeasure = (m: { value: number | null; masked?: true }) => (m.masked ? 'secret' : m.value ?? '');

type Row = Array<string | number>;

/** Every table of the report as a title, a header and rows: the one layout both formats write. */
function reportTables(report: ActivityReport): Array<{ title: string; header: string[]; rows: Row[] }> {
  const t = report.threshold;
  const periodLabel = `${report.period.from} au ${report.countedTo < report.period.to ? report.countedTo : report.period.to}`;
  const previousLabel = `${report.previousPeriod.from} au ${report.previousPeriod.to}`;
  const tables: Array<{ title: string; header: string[]; rows: Row[] }> = [];
  const totals = report.totals;
  tables.push({
    title: 'Synthèse',
    header: ['Indicateur', `Du ${periodLabel}`, `Du ${previousLabel}`],
    rows: [
      ['Demandes reçues', shown(totals.received, t), shown(totals.received.previous, t)],
      ['Demandes reçues encore ouvertes', shown(totals.open, t), shown(totals.open.previous, t)],
      ['Demandes clôturées', shown(totals.closed, t), shown(totals.closed.previous, t)],
      ['Demandes reçues rouvertes', shown(totals.reopened, t), shown(totals.reopened.previous, t)],
    ],
  });
  for (const [key, title] of BREAKDOWNS) {
    const items = report[key];
    if (items.length === 0) continue;
    tables.push({
      title,
      header: ['Clé', 'Libellé', 'Effectif', 'Part', 'Effectif un an plus tôt', 'Part un an plus tôt'],
      rows: items.map((i) => [i.key, i.label, shown(i, t), shownShare(i.share, i), shown(i.previous, t), shownShare(i.previous.share, i.previous)]),
    });
  }
  const d = report.delays;
  const measureRow = (label: string, m: Measure): Row => [label, shownMeasure(m), shownMeasure(m.previous)];
  tables.push({
    title: 'Délais (jours ouvrés)',
    header: ['Indicateur', `Du ${periodLabel}`, `Du ${previousLabel}`],
    rows: [
      measureRow('Première réponse : médiane', d.firstAnswerMedianDays),
      measureRow('Première réponse : 90e centile', d.firstAnswerP90Days),
      measureRow('Clôture : médiane', d.closureMedianDays),
      measureRow('Clôture : 90e centile', d.closureP90Days),
      measureRow('Part des premières réponses dans le délai annoncé', d.answeredWithinCommitmentShare),
      ['Demandes ouvertes en retard (aujourd’hui)', shown(d.overdueOpen, t), ''],
    ],
  });
  const s = report.satisfaction;
  tables.push({
    title: 'Satisfaction (Services Publics+)',
    header: ['Indicateur', `Du ${periodLabel}`, `Du ${previousLabel}`],
    rows: [
      measureRow('Questionnaires envoyés', s.surveysSent),
      measureRow('Réponses', s.answers),
      measureRow('Taux de réponse', s.responseRate),
      measureRow('Satisfaction globale (moyenne sur 10)', s.overallMean),
      measureRow('Part des notes de 8/10 ou plus', s.shareEightOrMore),
      measureRow('Satisfaction nette (part 9–10 moins part 0–6)', s.netSatisfaction),
      measureRow('Facilité de contact (sur 5)', s.ease),
      measureRow('Délai (sur 5)', s.delay),
      measureRow('Écoute (sur 5)', s.listening),
      measureRow('Clarté (sur 5)', s.clarity),
      measureRow('Utilité de la réponse ou de l’orientation (sur 5)', s.usefulness),
    ],
  });
  if (report.workload) {
    const w = report.workload;
    tables.push({
      title: 'Charge des conseillers',
      header: ['Indicateur', 'Aujourd’hui'],
      rows: [
        ['Conseillers', w.advisers],
        ['Demandes ouvertes attribuées', shownCount(w.openAssigned, t)],
        ['Demandes ouvertes par conseiller : médiane', w.advisers === 0 ? '' : shownCount(w.medianOpenPerAdviser, t)],
        ['Demandes ouvertes par conseiller : maximum', w.advisers === 0 ? '' : shownCount(w.maxOpenPerAdviser, t)],
        ['Demandes ouvertes non attribuées', shownCount(w.unassignedOpen, t)],
      ],
    });
  }
  return tables;
}

function workbookOf(report: ActivityReport): ExcelJS.Workbook {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'ProxiRH';
  workbook.created = new Date(report.generatedAt);
  for (const table of reportTables(report)) {
    // Sheet names: 31 characters, no « : / ? * [ ] ».
    const sheet = workbook.addWorksheet(table.title.replace(/[:\\/?*[\]]/g, ' ').slice(0, 31));
    sheet.addRow([`${table.title} — ${report.scope.label}`]).font = { bold: true };
    sheet.addRow([`Effectifs de 1 à ${report.threshold} notés « < ${report.threshold} », autres effectifs arrondis à la dizaine (aléatoirement, de façon stable) ; tableaux d’un total masqué et indicateurs calculés sur ${report.threshold} personnes ou moins notés « secret ».`]);
    sheet.addRow([]);
    sheet.addRow(table.header).font = { bold: true };
    for (const row of table.rows) sheet.addRow(row);
    sheet.columns.forEach((column, i) => { column.width = i === 0 || (table.header[0] === 'Clé' && i === 1) ? 48 : 20; });
  }
  return workbook;
}

export async function reportXlsx(report: ActivityReport): Promise<Buffer> {
  return Buffer.from(await workbookOf(report).xlsx.writeBuffer());
}

/** One CSV table: the table's title in the first column, then its cells. */
export async function reportCsv(report: ActivityReport): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Rapport');
  sheet.addRow(['Tableau', 'Clé ou indicateur', 'Libellé', 'Effectif ou valeur', 'Part', 'Un an plus tôt', 'Part un an plus tôt']);
  for (const table of reportTables(report)) {
    for (const row of table.rows) {
      sheet.addRow(table.header[0] === 'Clé' ? [table.title, ...row] : [table.title, row[0]!, '', row[1]!, '', row[2] ?? '', '']);
    }
  }
  const csv = await workbook.csv.writeBuffer({ formatterOptions: { delimiter: ';', writeBOM: true } });
  return Buffer.from(csv);
}
