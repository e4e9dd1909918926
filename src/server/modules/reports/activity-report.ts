import type { Kysely } from 'kysely';
import { subYears, parseISO, format } from 'date-fns';
import type { DB } from '../../db/schema.ts';
import {
  AGENT_CATEGORIES, AGENT_CATEGORY_LABELS, CHANNELS, CHANNEL_LABELS, GENDERS, GENDER_LABELS, RESPONSE_TYPES,
  RESPONSE_TYPE_LABELS, TOPICS, TOPIC_LABELS,
} from '../../../shared/glossary.ts';
import { ACADEMIES } from '../../../shared/territories.ts';
import { maskBreakdown, maskTotal, shareOf, type MaskedCount } from './masking.ts';
import {
  closedFigures, overdueOpen, receivedFigures, satisfactionFigures, workloadFigures, type Period, type ReceivedDimension,
} from './activity-queries.ts';
import { scopeLabel, type ReportScope } from './scope.ts';
import { departementName } from '../../../shared/territories.ts';

/*
 * An activity report: totals, breakdowns, delays, satisfaction and workload of a scope over
 * a period, each beside the same period a year earlier, with small counts masked. Every
 * figure that counts people goes through the masking; means and percentiles are withheld
 * when fewer people than the threshold stand behind them.
 */

export interface Figure extends MaskedCount { previous: MaskedCount }
export interface BreakdownItem extends MaskedCount {
  key: string;
  label: string;
  share: number | null;
  previous: MaskedCount & { share: number | null };
}
export interface Breakdown { title: string; items: BreakdownItem[] }

export interface Measure { value: number | null; masked?: true; previous: { value: number | null; masked?: true } }

export interface ActivityReport {
  scope: { level: ReportScope['level']; code: string; label: string };
  period: Period;
  previousPeriod: Period;
  threshold: number;
  generatedAt: string;
  totals: { received: Figure; open: Figure; closed: Figure; reopened: Figure };
  byTopic: BreakdownItem[];
  byResponseType: BreakdownItem[];
  byCategory: BreakdownItem[];
  byGender: BreakdownItem[];
  byAgeBand: BreakdownItem[];
  byChannel: BreakdownItem[];
  byTerritory: BreakdownItem[];
  byMonth: BreakdownItem[];
  delays: {
    firstAnswerMedianDays: Measure;
    firstAnswerP90Days: Measure;
    closureMedianDays: Measure;
    closureP90Days: Measure;
    /** Share (0–1) of the requests answered whose first answer came within the commitment. */
    answeredWithinCommitmentShare: Measure;
    /** Open requests past their first-answer date, now. */
    overdueOpen: MaskedCount;
  };
  satisfaction: {
    surveysSent: Measure;
    answers: Measure;
    responseRate: Measure;
    overallMean: Measure;
    shareEightOrMore: Measure;
    netSatisfaction: Measure;
    ease: Measure; delay: Measure; listening: Measure; clarity: Measure; usefulness: Measure;
  };
  /** Open requests per adviser, as a distribution (académie scope and above). */
  workload: { advisers: number; openAssigned: number; medianOpenPerAdviser: number | null; maxOpenPerAdviser: number | null; unassignedOpen: number } | null;
}

export const AGE_BANDS = ['under_30', '30_39', '40_49', '50_plus'] as const;
export const AGE_BAND_LABELS: Record<(typeof AGE_BANDS)[number] | 'unknown', string> = {
  under_30: 'Moins de 30 ans', '30_39': 'De 30 à 39 ans', '40_49': 'De 40 à 49 ans', '50_plus': '50 ans et plus', unknown: 'Non renseigné',
};

const monthLabel = new Intl.DateTimeFormat('fr-FR', { month: 'long', year: 'numeric', timeZone: 'UTC' });

/** The same period a year earlier (29 February falls back to the 28th). */
export function yearEarlier(period: Period): Period {
  const shift = (day: string) => format(subYears(parseISO(day), 1), 'yyyy-MM-dd');
  return { from: shift(period.from), to: shift(period.to) };
}

function monthsOf(period: Period): string[] {
  const months: string[] = [];
  let [year, month] = period.from.slice(0, 7).split('-').map(Number) as [number, number];
  const last = period.to.slice(0, 7);
  for (;;) {
    const key = `${year}-${String(month).padStart(2, '0')}`;
    months.push(key);
    if (key >= last || months.length > 240) return months;
    month += 1;
    if (month > 12) { month = 1; year += 1; }
  }
}

function territoryKeys(scope: ReportScope): Array<[string, string]> {
  if (scope.level === 'national') return ACADEMIES.map((a) => [a.code, a.name]);
  if (scope.level === 'academie') return (ACADEMIES.find((a) => a.code === scope.code)?.departements ?? []).map((d) => [d.code, `${d.name} (${d.code})`]);
  if (scope.level === 'departement') return [[scope.code, `${departementName(scope.code)} (${scope.code})`]];
  return [];
}

/** Keys in a stable order: the known ones, then any other the data holds (e.g. « unknown »). */
function keysWithLabels(known: Array<[string, string]>, found: Map<string, number>[], unknownLabel = 'Non renseigné'): Array<[string, string]> {
  const keys = [...known];
  for (const map of found) for (const key of map.keys()) if (!keys.some(([k]) => k === key)) keys.push([key, unknownLabel]);
  return keys;
}

function breakdown(keys: Array<[string, string]>, current: Map<string, number>, previous: Map<string, number>, threshold: number,
  totals: { current: MaskedCount; previous: MaskedCount }): BreakdownItem[] {
  const now = keys.map(([k]) => current.get(k) ?? 0);
  const before = keys.map(([k]) => previous.get(k) ?? 0);
  const maskedNow = maskBreakdown(now, threshold, totals.current.masked === true);
  const maskedBefore = maskBreakdown(before, threshold, totals.previous.masked === true);
  const sumNow = now.reduce((a, b) => a + b, 0);
  const sumBefore = before.reduce((a, b) => a + b, 0);
  return keys.map(([key, label], i) => ({
    key, label, ...maskedNow[i]!, share: shareOf(maskedNow[i]!, sumNow),
    previous: { ...maskedBefore[i]!, share: shareOf(maskedBefore[i]!, sumBefore) },
  }));
}

function measure(value: number | null, base: number, previousValue: number | null, previousBase: number, threshold: number, digits = 1): Measure {
  const one = (v: number | null, n: number) => (n >= 1 && n <= threshold
    ? { value: null, masked: true as const }
    : { value: v === null || Number.isNaN(v) ? null : Math.round(v * 10 ** digits) / 10 ** digits });
  return { ...one(value, base), previous: one(previousValue, previousBase) };
}

function figure(current: number, previous: number, threshold: number): Figure {
  return { ...maskTotal(current, threshold), previous: maskTotal(previous, threshold) };
}

const ratio = (part: number, whole: number) => (whole > 0 ? part / whole : null);

export async function buildActivityReport(db: Kysely<DB>, input: { scope: ReportScope; period: Period; threshold: number; now?: Date; adviserName?: string }): Promise<ActivityReport> {
  const { scope, period, threshold } = input;
  const now = input.now ?? new Date();
  const previousPeriod = yearEarlier(period);
  const [received, receivedBefore, closed, closedBefore, overdue, satisfaction, satisfactionBefore, workload] = await Promise.all([
    receivedFigures(db, scope, period),
    receivedFigures(db, scope, previousPeriod),
    closedFigures(db, scope, period),
    closedFigures(db, scope, previousPeriod),
    overdueOpen(db, scope, now),
    satisfactionFigures(db, scope, period),
    satisfactionFigures(db, scope, previousPeriod),
    scope.level === 'national' || scope.level === 'academie' ? workloadFigures(db, scope) : Promise.resolve(null),
  ]);

  const totals = {
    received: figure(received.received, receivedBefore.received, threshold),
    open: figure(received.open, receivedBefore.open, threshold),
    closed: figure(closed.closed, closedBefore.closed, threshold),
    reopened: figure(received.reopened, receivedBefore.reopened, threshold),
  };
  const receivedTotals = { current: totals.received, previous: totals.received.previous };
  const dim = (name: ReceivedDimension) => [received.byDimension.get(name)!, receivedBefore.byDimension.get(name)!] as const;
  const byReceived = (name: ReceivedDimension, known: Array<[string, string]>) => {
    const [current, previous] = dim(name);
    return breakdown(keysWithLabels(known, [current, previous]), current, previous, threshold, receivedTotals);
  };
  // Months of the period, each beside the same month a year earlier.
  const months = monthsOf(period);
  const [monthNow, monthBefore] = dim('month');
  const shiftedBefore = new Map([...monthBefore].map(([key, n]) => [`${Number(key.slice(0, 4)) + 1}${key.slice(4)}`, n]));
  const monthKeys = months.map((m) => [m, monthLabel.format(new Date(`${m}-15T00:00:00Z`))] as [string, string]);

  const s = satisfaction;
  const p = satisfactionBefore;
  return {
    scope: { level: scope.level, code: scope.level === 'adviser' ? 'moi' : scope.code, label: scopeLabel(scope, input.adviserName) },
    period,
    previousPeriod,
    threshold,
    generatedAt: now.toISOString(),
    totals,
    byTopic: byReceived('topic', TOPICS.map((t) => [t, TOPIC_LABELS[t]])),
    byResponseType: breakdown(keysWithLabels(RESPONSE_TYPES.map((t) => [t, RESPONSE_TYPE_LABELS[t]]), [closed.byResponseType, closedBefore.byResponseType]),
      closed.byResponseType, closedBefore.byResponseType, threshold, { current: totals.closed, previous: totals.closed.previous }),
    byCategory: byReceived('category', AGENT_CATEGORIES.map((c) => [c, AGENT_CATEGORY_LABELS[c]])),
    byGender: byReceived('gender', GENDERS.map((g) => [g, GENDER_LABELS[g]])),
    byAgeBand: byReceived('age_band', AGE_BANDS.map((a) => [a, AGE_BAND_LABELS[a]])),
    byChannel: byReceived('channel', CHANNELS.map((c) => [c, CHANNEL_LABELS[c]])),
    byTerritory: scope.level === 'adviser' ? [] : byReceived('territory', territoryKeys(scope)),
    byMonth: breakdown(monthKeys, monthNow, shiftedBefore, threshold, receivedTotals),
    delays: {
      firstAnswerMedianDays: measure(received.firstAnswer.median, received.firstAnswer.answered, receivedBefore.firstAnswer.median, receivedBefore.firstAnswer.answered, threshold),
      firstAnswerP90Days: measure(received.firstAnswer.p90, received.firstAnswer.answered, receivedBefore.firstAnswer.p90, receivedBefore.firstAnswer.answered, threshold),
      closureMedianDays: measure(closed.closure.median, closed.closed, closedBefore.closure.median, closedBefore.closed, threshold),
      closureP90Days: measure(closed.closure.p90, closed.closed, closedBefore.closure.p90, closedBefore.closed, threshold),
      answeredWithinCommitmentShare: measure(
        ratio(received.firstAnswer.withinCommitment, received.firstAnswer.answered), received.firstAnswer.answered,
        ratio(receivedBefore.firstAnswer.withinCommitment, receivedBefore.firstAnswer.answered), receivedBefore.firstAnswer.answered, threshold, 3),
      overdueOpen: maskTotal(overdue, threshold),
    },
    satisfaction: {
      surveysSent: measure(s.sent, s.sent, p.sent, p.sent, threshold, 0),
      answers: measure(s.answered, s.answered, p.answered, p.answered, threshold, 0),
      responseRate: measure(ratio(s.answered, s.sent), s.answered, ratio(p.answered, p.sent), p.answered, threshold, 3),
      overallMean: measure(s.overallMean, s.answered, p.overallMean, p.answered, threshold),
      shareEightOrMore: measure(ratio(s.eightOrMore, s.answered), s.answered, ratio(p.eightOrMore, p.answered), p.answered, threshold, 3),
      netSatisfaction: measure(ratio(s.promoters - s.detractors, s.answered), s.answered, ratio(p.promoters - p.detractors, p.answered), p.answered, threshold, 3),
      ease: measure(s.itemMeans.ease, s.answered, p.itemMeans.ease, p.answered, threshold),
      delay: measure(s.itemMeans.delay, s.answered, p.itemMeans.delay, p.answered, threshold),
      listening: measure(s.itemMeans.listening, s.answered, p.itemMeans.listening, p.answered, threshold),
      clarity: measure(s.itemMeans.clarity, s.answered, p.itemMeans.clarity, p.answered, threshold),
      usefulness: measure(s.itemMeans.usefulness, s.answered, p.itemMeans.usefulness, p.answered, threshold),
    },
    workload: workload && {
      advisers: workload.advisers, openAssigned: workload.openAssigned,
      medianOpenPerAdviser: workload.median, maxOpenPerAdviser: workload.max, unassignedOpen: workload.unassignedOpen,
    },
  };
}

/** The breakdowns of a report with their French titles, in reading order (page, CSV, XLSX). */
export const BREAKDOWNS = [
  ['byTopic', 'Thèmes des demandes'],
  ['byResponseType', 'Types de réponse (demandes clôturées)'],
  ['byCategory', 'Catégories de personnels'],
  ['byGender', 'Genre'],
  ['byAgeBand', 'Tranches d’âge'],
  ['byChannel', 'Canal de la demande'],
  ['byTerritory', 'Territoires'],
  ['byMonth', 'Demandes reçues par mois'],
] as const satisfies ReadonlyArray<readonly [keyof ActivityReport, string]>;
