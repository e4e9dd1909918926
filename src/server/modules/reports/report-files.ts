import ExcelJS from 'exceljs';
import type { ActivityReport, BreakdownKey, MaskedCount, Measure } from '../../../shared/contracts/reports.ts';
import { BREAKDOWNS } from './presenter.ts';

/*
 * The report's tables as a spreadsheet (XLSX, one sheet per table) or as one CSV table.
 * Both are written from the same report the API returns: a masked count is written « < 5 »
 * (« secret » when its breakdown is withheld), never as a number; the others are the same
 * rounded counts. Both read as numbers in a French spreadsheet: numeric cells with a format in
 * the XLSX; in the CSV (« ; » between cells, UTF-8 with its BOM), a decimal comma and shares
 * in percent. French labels first, the API's codes in a last column.
 */

/** A figure, written as a number of its kind; a text (« < 5 », « secret », a label) as it is. */
type Cell = string | { value: number; kind: 'count' | 'share' | 'decimal' };
type Row = Cell[];

interface Table {
  title: string;
  /** The sheet's name: Excel allows 31 characters, so each is chosen, never cut. */
  sheet: string;
  header: string[];
  rows: Row[];
  /** Breakdowns: label, counts and shares, the key last. Indicators: label, this period, a year earlier. */
  layout: 'breakdown' | 'indicators';
}

export const SHEET_NAMES: Record<BreakdownKey, string> = {
  byTopic: 'Thèmes des demandes',
  byResponseType: 'Types de réponse (clôtures)',
  byCategory: 'Catégories de personnels',
  byGender: 'Genre',
  byAgeBand: 'Tranches d’âge',
  byChannel: 'Canal de la demande',
  byTerritory: 'Territoires',
  byMonth: 'Demandes reçues par mois',
  byReferralKind: 'Orientations par interlocuteur',
  byReferralOutcome: 'Orientations par suite donnée',
  byAppointmentMode: 'Rendez-vous par modalité',
  byAppointmentPlace: 'Rendez-vous par lieu',
};

const count = (value: number): Cell => ({ value, kind: 'count' });
const masked = (cell: MaskedCount, threshold: number): string => (cell.maskReason === 'withheld' ? 'secret' : `< ${threshold}`);
const shown = (cell: MaskedCount, threshold: number): Cell => (cell.count === null ? masked(cell, threshold) : count(cell.count));
const shownCount = (value: number | null, threshold: number): Cell => (value === null ? `< ${threshold}` : count(value));
const shownShare = (share: number | null, cell: MaskedCount): Cell => (cell.count === null || share === null ? '' : { value: share, kind: 'share' });
const shownMeasure = (m: { value: number | null; masked?: true }, kind: Exclude<Cell, string>['kind']): Cell =>
  (m.masked ? 'secret' : m.value === null ? '' : { value: m.value, kind });

const dayFormat = new Intl.DateTimeFormat('fr-FR', { dateStyle: 'long', timeZone: 'UTC' });
/** « 1er janvier 2026 ». */
const day = (iso: string) => dayFormat.format(new Date(`${iso}T12:00:00Z`)).replace(/^1 /, '1er ');

/** Every table of the report: the one layout both formats write. */
function reportTables(report: ActivityReport): Table[] {
  const t = report.threshold;
  const periodLabel = `Du ${day(report.period.from)} au ${day(report.countedTo < report.period.to ? report.countedTo : report.period.to)}`;
  const previousLabel = `Du ${day(report.previousPeriod.from)} au ${day(report.previousPeriod.to)}`;
  const indicators = (title: string, sheet: string, rows: Row[]): Table => ({ title, sheet, header: ['Indicateur', periodLabel, previousLabel], rows, layout: 'indicators' });
  const tables: Table[] = [];
  const totals = report.totals;
  tables.push(indicators('Synthèse', 'Synthèse', [
    ['Demandes reçues', shown(totals.received, t), shown(totals.received.previous, t)],
    ['Demandes reçues encore ouvertes', shown(totals.open, t), shown(totals.open.previous, t)],
    ['Demandes clôturées', shown(totals.closed, t), shown(totals.closed.previous, t)],
    ['Demandes reçues rouvertes', shown(totals.reopened, t), shown(totals.reopened.previous, t)],
  ]));
  for (const [key, title] of BREAKDOWNS) {
    const items = report[key];
    if (items.length === 0) continue;
    tables.push({
      title,
      sheet: SHEET_NAMES[key],
      header: ['Libellé', 'Effectif', 'Part', 'Effectif un an plus tôt', 'Part un an plus tôt', 'Code'],
      rows: items.map((i) => [i.label, shown(i, t), shownShare(i.share, i), shown(i.previous, t), shownShare(i.previous.share, i.previous), i.key]),
      layout: 'breakdown',
    });
  }
  const d = report.delays;
  const measureRow = (label: string, m: Measure, kind: Exclude<Cell, string>['kind']): Row => [label, shownMeasure(m, kind), shownMeasure(m.previous, kind)];
  tables.push(indicators('Délais (jours ouvrés)', 'Délais (jours ouvrés)', [
    measureRow('Première réponse : médiane', d.firstAnswerMedianDays, 'decimal'),
    measureRow('Première réponse : 90ᵉ centile', d.firstAnswerP90Days, 'decimal'),
    measureRow('Clôture : médiane', d.closureMedianDays, 'decimal'),
    measureRow('Clôture : 90ᵉ centile', d.closureP90Days, 'decimal'),
    measureRow('Part des demandes ayant reçu leur première réponse dans le délai annoncé (sans réponse après ce délai : hors délai)', d.answeredWithinCommitmentShare, 'share'),
    ['Demandes ouvertes restées sans première réponse après le délai annoncé (aujourd’hui)', shown(d.overdueOpen, t), ''],
  ]));
  const o = report.referrals;
  tables.push(indicators('Orientations', 'Orientations', [
    ['Orientations envoyées (retirées non comptées)', shown(o.sent, t), shown(o.sent.previous, t)],
    measureRow('Part des orientations déclinées par l’interlocuteur', o.declinedShare, 'share'),
    measureRow('Réponse de l’interlocuteur (suite donnée ou refus) : médiane, en jours ouvrés', o.answerMedianDays, 'decimal'),
    measureRow('Réponse de l’interlocuteur (suite donnée ou refus) : 90ᵉ centile, en jours ouvrés', o.answerP90Days, 'decimal'),
  ]));
  const a = report.appointments;
  tables.push(indicators('Rendez-vous', 'Rendez-vous', [
    ['Rendez-vous de la période (annulés non comptés)', shown(a.total, t), shown(a.total.previous, t)],
    measureRow('Taux d’absence non excusée (parmi les rendez-vous honorés ou manqués)', a.noShowRate, 'share'),
    ...(a.collectiveSessions ? [
      ['Sessions d’information collective tenues', shown(a.collectiveSessions.held, t), shown(a.collectiveSessions.held.previous, t)],
      ['Participants aux sessions d’information collective', shown(a.collectiveSessions.attendees, t), shown(a.collectiveSessions.attendees.previous, t)],
    ] satisfies Row[] : []),
  ]));
  if (a.firstFreeSlot.length > 0) {
    tables.push({
      title: 'Délai jusqu’au premier créneau libre (aujourd’hui)', sheet: 'Premier créneau libre', layout: 'indicators',
      header: ['Département (permanences ouvertes)', 'Jours jusqu’au premier créneau libre'],
      rows: a.firstFreeSlot.map((d) => [`${d.label} (${d.officeHours} permanence${d.officeHours > 1 ? 's' : ''} ouverte${d.officeHours > 1 ? 's' : ''})`,
        d.officeHours === 0 ? 'aucune permanence' : d.days === null ? `aucun sous ${a.firstFreeSlotWindowDays} jours` : count(d.days)]),
    });
  }
  const s = report.satisfaction;
  tables.push(indicators('Satisfaction des agents (Services Publics+)', 'Satisfaction des agents', [
    measureRow('Questionnaires envoyés', s.surveysSent, 'count'),
    measureRow('Réponses', s.answers, 'count'),
    measureRow('Taux de réponse', s.responseRate, 'share'),
    measureRow('Satisfaction globale (moyenne sur 10)', s.overallMean, 'decimal'),
    measureRow('Part des notes de 8/10 ou plus', s.shareEightOrMore, 'share'),
    measureRow('Satisfaction nette (part des 9–10 moins part des 0–6)', s.netSatisfaction, 'share'),
    measureRow('Facilité de contact (sur 5)', s.ease, 'decimal'),
    measureRow('Délai (sur 5)', s.delay, 'decimal'),
    measureRow('Écoute (sur 5)', s.listening, 'decimal'),
    measureRow('Clarté (sur 5)', s.clarity, 'decimal'),
    measureRow('Utilité de la réponse ou de l’orientation (sur 5)', s.usefulness, 'decimal'),
  ]));
  if (report.workload) {
    const w = report.workload;
    tables.push({
      title: 'Charge des conseillers', sheet: 'Charge des conseillers', layout: 'indicators',
      header: ['Indicateur', 'Aujourd’hui'],
      rows: [
        ['Conseillers en poste', count(w.advisers)],
        ['Demandes ouvertes attribuées', shownCount(w.openAssigned, t)],
        ['Demandes ouvertes par conseiller : médiane', w.advisers === 0 ? '' : shownCount(w.medianOpenPerAdviser, t)],
        ['Demandes ouvertes par conseiller : maximum', w.advisers === 0 ? '' : shownCount(w.maxOpenPerAdviser, t)],
        ['Demandes ouvertes non attribuées', shownCount(w.unassignedOpen, t)],
      ],
    });
  }
  return tables;
}

/** Excel's number formats (shown with the reader's separators: « 1 230 », « 26,3 % », « 2,5 »). */
const NUMBER_FORMATS: Record<Exclude<Cell, string>['kind'], string> = { count: '#,##0', share: '0.0%', decimal: '0.0' };

function workbookOf(report: ActivityReport): ExcelJS.Workbook {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'ProxiRH';
  workbook.created = new Date(report.generatedAt);
  const note = `Effectifs de 1 à ${report.threshold} notés « < ${report.threshold} », autres effectifs arrondis à la dizaine (aléatoirement, de façon stable) ; tableaux d’un total masqué et indicateurs calculés sur ${report.threshold} personnes ou moins notés « secret ».`;
  for (const table of reportTables(report)) {
    const sheet = workbook.addWorksheet(table.sheet);
    sheet.addRow([`${table.title} — ${report.scope.label}`]).font = { bold: true };
    sheet.addRow([note]);
    sheet.addRow([]);
    sheet.addRow(table.header).font = { bold: true };
    for (const cells of table.rows) {
      const row = sheet.addRow(cells.map((cell) => (typeof cell === 'string' ? cell : cell.value)));
      cells.forEach((cell, i) => {
        if (typeof cell === 'string') row.getCell(i + 1).alignment = { horizontal: i === 0 ? 'left' : 'right' };
        else row.getCell(i + 1).numFmt = NUMBER_FORMATS[cell.kind];
      });
    }
    sheet.columns.forEach((column, i) => { column.width = i === 0 ? 60 : table.layout === 'breakdown' && i === table.header.length - 1 ? 24 : 22; });
  }
  return workbook;
}

export async function reportXlsx(report: ActivityReport): Promise<Buffer> {
  return Buffer.from(await workbookOf(report).xlsx.writeBuffer());
}

/** A number as a French spreadsheet reads it from a CSV: no thousands separator, a decimal comma. */
const frenchNumber = (value: number, digits: number) => String(Math.round(value * 10 ** digits) / 10 ** digits).replace('.', ',');
/** Shares are written in percent (« 26,3 »), their column says « (%) ». */
const csvCell = (cell: Cell): string => (typeof cell === 'string' ? cell
  : cell.kind === 'share' ? frenchNumber(cell.value * 100, 1) : frenchNumber(cell.value, cell.kind === 'count' ? 0 : 1));

export const CSV_HEADER = ['Tableau', 'Libellé ou indicateur', 'Effectif ou valeur', 'Part (%)', 'Un an plus tôt', 'Part un an plus tôt (%)', 'Code'];

/** One CSV table: the table's title in the first column, then its cells; shares in percent. */
export async function reportCsv(report: ActivityReport): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Rapport');
  sheet.addRow(CSV_HEADER);
  const percentSuffix = (label: string, cells: Row) => (cells.some((c) => typeof c !== 'string' && c.kind === 'share') ? `${label} (%)` : label);
  for (const table of reportTables(report)) {
    for (const row of table.rows) {
      const cells = row.map(csvCell);
      sheet.addRow(table.layout === 'breakdown'
        ? [table.title, ...cells]
        : [table.title, percentSuffix(cells[0]!, row), cells[1]!, '', cells[2] ?? '', '', '']);
    }
  }
  const csv = await workbook.csv.writeBuffer({ formatterOptions: { delimiter: ';', writeBOM: true } });
  return Buffer.from(csv);
}
