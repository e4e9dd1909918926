import {
  AGENT_CATEGORIES, AGENT_CATEGORY_LABELS, CHANNELS, CHANNEL_LABELS, GENDERS, GENDER_LABELS, RESPONSE_TYPES,
  RESPONSE_TYPE_LABELS, TOPICS, TOPIC_LABELS, APPOINTMENT_MODES, APPOINTMENT_MODE_LABELS, PLACE_KINDS, PLACE_KIND_LABELS,
} from '../../../shared/glossary.ts';
import { ACADEMIES, departementName } from '../../../shared/territories.ts';
import type {
  ActivityReport, BreakdownItem, BreakdownKey, Figure, Measure, Period,
} from '../../../shared/contracts/reports.ts';
import { addTallies, NO_RECORDS, publishCount, publishTable, roundedCount, shareOf, type Tally } from './disclosure.ts';
import { percentileOfHistogram, type Histogram } from './percentile.ts';
import type { ClosedFigures, ReceivedCounts, ReceivedDimension, SatisfactionFigures, WorkloadFigures } from './repository.ts';
import { scopeLabel, type ReportScope } from './scope.ts';
import type { ReferralFigures } from './referral-figures.ts';
import { FIRST_SLOT_WINDOW_DAYS, type AppointmentFigures, type CollectiveSessionTallies, type FirstFreeSlot } from './appointment-figures.ts';
import { CONTACT_POINT_KINDS, CONTACT_POINT_KIND_LABELS, REFERRAL_OUTCOMES, REFERRAL_OUTCOME_LABELS } from '../../../shared/contracts/orientation.ts';

/*
 * An activity report as the contract shapes it: totals, breakdowns, delays, satisfaction and
 * workload of a scope over a fixed period, each beside the same period a year earlier. Every
 * count goes through `disclosure.ts` (1 to 5 masked, the others rounded to a multiple of 10),
 * shares and rates are computed from the published counts; means and percentiles are withheld
 * when the threshold or fewer people stand behind them.
 */

/** The received requests of a period with their first-answer delays. */
export interface ReceivedFigures extends ReceivedCounts { firstAnswerDays: Histogram }

/** What the database gives for the period and the year before it. */
export interface ReportFigures {
  received: ReceivedFigures;
  receivedBefore: ReceivedFigures;
  closed: ClosedFigures;
  closedBefore: ClosedFigures;
  overdue: Tally;
  satisfaction: SatisfactionFigures;
  satisfactionBefore: SatisfactionFigures;
  workload: WorkloadFigures | null;
  referrals: ReferralFigures;
  referralsBefore: ReferralFigures;
  appointments: AppointmentFigures;
  appointmentsBefore: AppointmentFigures;
  firstFreeSlot: FirstFreeSlot[];
  /** Collective sessions held and their attendees (null while that module gives no figures). */
  collectiveSessions: CollectiveSessionTallies | null;
}

/** Collective sessions held in the period and a year earlier, and their attendees. */
const AGE_BANDS = ['under_30', '30_39', '40_49', '50_plus'] as const;
const AGE_BAND_LABELS: Record<(typeof AGE_BANDS)[number] | 'unknown', string> = {
  under_30: 'Moins de 30 ans', '30_39': 'De 30 à 39 ans', '40_49': 'De 40 à 49 ans', '50_plus': '50 ans et plus', unknown: 'Non renseigné',
};

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
  ['byReferralKind', 'Orientations par type d’interlocuteur'],
  ['byReferralOutcome', 'Orientations par suite donnée'],
  ['byAppointmentMode', 'Rendez-vous par modalité'],
  ['byAppointmentPlace', 'Rendez-vous par lieu'],
] as const satisfies ReadonlyArray<readonly [BreakdownKey, string]>;

const monthLabel = new Intl.DateTimeFormat('fr-FR', { month: 'long', year: 'numeric', timeZone: 'UTC' });

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
function keysWithLabels(known: Array<[string, string]>, found: Map<string, Tally>[], unknownLabel = 'Non renseigné'): Array<[string, string]> {
  const keys = [...known];
  for (const map of found) for (const key of map.keys()) if (!keys.some(([k]) => k === key)) keys.push([key, unknownLabel]);
  return keys;
}

function breakdown(keys: Array<[string, string]>, current: Map<string, Tally>, previous: Map<string, Tally>, threshold: number,
  totals: { current: Tally; previous: Tally }): BreakdownItem[] {
  const now = publishTable(totals.current, keys.map(([k]) => current.get(k) ?? NO_RECORDS), threshold);
  const before = publishTable(totals.previous, keys.map(([k]) => previous.get(k) ?? NO_RECORDS), threshold);
  return keys.map(([key, label], i) => ({
    key, label, ...now.cells[i]!, share: shareOf(now.cells[i]!, now.total),
    previous: { ...before.cells[i]!, share: shareOf(before.cells[i]!, before.total) },
  }));
}

/** A mean, percentile or rate, withheld when 1 to the threshold people stand behind it. */
function measure(value: number | null, base: number, previousValue: number | null, previousBase: number, threshold: number, digits = 1): Measure {
  const one = (v: number | null, n: number) => (n >= 1 && n <= threshold
    ? { value: null, masked: true as const }
    : { value: v === null || Number.isNaN(v) ? null : Math.round(v * 10 ** digits) / 10 ** digits });
  return { ...one(value, base), previous: one(previousValue, previousBase) };
}

/** A count in the measures' tables (surveys sent, answers): its published value, « secret » when masked. */
function countMeasure(current: Tally, previous: Tally, threshold: number): Measure {
  const one = (t: Tally) => { const value = roundedCount(t, threshold); return value === null ? { value, masked: true as const } : { value }; };
  return { ...one(current), previous: one(previous) };
}

/** A rate of two published counts (now and a year earlier), withheld when its base is masked. */
function rateMeasure(now: [part: Tally, whole: Tally], before: [part: Tally, whole: Tally], threshold: number): Measure {
  const one = ([part, whole]: [Tally, Tally]) => {
    const base = publishCount(whole, threshold);
    return base.masked ? { value: null, masked: true as const } : { value: shareOf(publishCount(part, threshold), base) };
  };
  return { ...one(now), previous: one(before) };
}

function figure(current: Tally, previous: Tally, threshold: number): Figure {
  return { ...publishCount(current, threshold), previous: publishCount(previous, threshold) };
}

/** Net satisfaction: the share of 9–10 minus the share of 0–6, both from published counts. */
function netMeasure(current: SatisfactionFigures, previous: SatisfactionFigures, threshold: number): Measure {
  const one = (f: SatisfactionFigures) => {
    const answered = publishCount(f.answered, threshold);
    if (answered.masked) return { value: null, masked: true as const };
    const promoters = shareOf(publishCount(f.promoters, threshold), answered);
    const detractors = shareOf(publishCount(f.detractors, threshold), answered);
    return { value: promoters === null || detractors === null ? null : Math.round((promoters - detractors) * 1000) / 1000 };
  };
  return { ...one(current), previous: one(previous) };
}

/** Workload: advisers are staff, counted exactly; their open requests are counts like any other. */
function presentWorkload(workload: WorkloadFigures, threshold: number): NonNullable<ActivityReport['workload']> {
  const loads = [...workload.loads].sort((a, b) => a.n - b.n);
  const published = (t: Tally | undefined) => (t === undefined ? null : roundedCount(t, threshold));
  return {
    advisers: workload.advisers,
    openAssigned: published(loads.reduce((sum, t) => addTallies(sum, t), NO_RECORDS)),
    // The median is the load of the adviser in the middle (lower middle): a published count, never a mean of two.
    medianOpenPerAdviser: published(loads[Math.floor((loads.length - 1) / 2)]),
    maxOpenPerAdviser: published(loads.at(-1)),
    unassignedOpen: published(workload.unassignedOpen),
  };
}

/** Kinds of contact point a request may be oriented to (advisers are assigned a request, never sent one). */
const REFERRAL_KIND_KEYS = CONTACT_POINT_KINDS.filter((k) => k !== 'adviser').map((k): [string, string] => [k, CONTACT_POINT_KIND_LABELS[k]]);
const APPOINTMENT_MODE_KEYS = APPOINTMENT_MODES.map((m): [string, string] => [m, APPOINTMENT_MODE_LABELS[m]]);
const APPOINTMENT_PLACE_KEYS = PLACE_KINDS.map((k): [string, string] => [k, PLACE_KIND_LABELS[k]]);
const REFERRAL_OUTCOME_KEYS: Array<[string, string]> = [...REFERRAL_OUTCOMES.map((o): [string, string] => [o, REFERRAL_OUTCOME_LABELS[o]]), ['none', 'Sans suite connue']];

const median = (days: Histogram) => percentileOfHistogram(days, 0.5);
const p90 = (days: Histogram) => percentileOfHistogram(days, 0.9);
/** How many requests stand behind a delay: those in its histogram. */
const sizeOf = (days: Histogram) => days.reduce((sum, bucket) => sum + bucket.n, 0);

export function presentActivityReport(figures: ReportFigures, input: {
  scope: ReportScope; period: Period; countedTo: string; previousPeriod: Period; threshold: number; now: Date; adviserName?: string | undefined;
}): ActivityReport {
  const { scope, period, countedTo, previousPeriod, threshold, now } = input;
  const { received, receivedBefore, closed, closedBefore, overdue, workload, referrals, referralsBefore } = figures;
  const referralTotals = { current: referrals.sent, previous: referralsBefore.sent };
  const { appointments, appointmentsBefore, collectiveSessions } = figures;
  const appointmentTotals = { current: appointments.total, previous: appointmentsBefore.total };
  const totals = {
    received: figure(received.received, receivedBefore.received, threshold),
    open: figure(received.open, receivedBefore.open, threshold),
    closed: figure(closed.closed, closedBefore.closed, threshold),
    reopened: figure(received.reopened, receivedBefore.reopened, threshold),
  };
  const receivedTotals = { current: received.received, previous: receivedBefore.received };
  const dim = (name: ReceivedDimension) => [received.byDimension.get(name)!, receivedBefore.byDimension.get(name)!] as const;
  const byReceived = (name: ReceivedDimension, known: Array<[string, string]>) => {
    const [current, previous] = dim(name);
    return breakdown(keysWithLabels(known, [current, previous]), current, previous, threshold, receivedTotals);
  };
  // Months of the period counted so far, each beside the same month a year earlier.
  const months = monthsOf({ from: period.from, to: countedTo < period.from ? period.from : countedTo });
  const [monthNow, monthBefore] = dim('month');
  const shiftedBefore = new Map([...monthBefore].map(([key, n]) => [`${Number(key.slice(0, 4)) + 1}${key.slice(4)}`, n]));
  const monthKeys = months.map((m) => [m, monthLabel.format(new Date(`${m}-15T00:00:00Z`))] as [string, string]);

  const first = received.firstAnswer;
  const firstBefore = receivedBefore.firstAnswer;
  const s = figures.satisfaction;
  const p = figures.satisfactionBefore;
  const delay = (pick: (days: Histogram) => number | null, now: Histogram, before: Histogram) =>
    measure(pick(now), sizeOf(now), pick(before), sizeOf(before), threshold);
  const mean = (now: number | null, before: number | null) => measure(now, s.answered.n, before, p.answered.n, threshold);
  return {
    scope: { level: scope.level, code: scope.level === 'adviser' ? 'moi' : scope.code, label: scopeLabel(scope, input.adviserName) },
    period,
    countedTo,
    previousPeriod,
    threshold,
    generatedAt: now.toISOString(),
    totals,
    byTopic: byReceived('topic', TOPICS.map((t) => [t, TOPIC_LABELS[t]])),
    byResponseType: breakdown(keysWithLabels(RESPONSE_TYPES.map((t) => [t, RESPONSE_TYPE_LABELS[t]]), [closed.byResponseType, closedBefore.byResponseType]),
      closed.byResponseType, closedBefore.byResponseType, threshold, { current: closed.closed, previous: closedBefore.closed }),
    byCategory: byReceived('category', AGENT_CATEGORIES.map((c) => [c, AGENT_CATEGORY_LABELS[c]])),
    byGender: byReceived('gender', GENDERS.map((g) => [g, GENDER_LABELS[g]])),
    byAgeBand: byReceived('age_band', AGE_BANDS.map((a) => [a, AGE_BAND_LABELS[a]])),
    byChannel: byReceived('channel', CHANNELS.map((c) => [c, CHANNEL_LABELS[c]])),
    byTerritory: scope.level === 'adviser' ? [] : byReceived('territory', territoryKeys(scope)),
    byMonth: breakdown(monthKeys, monthNow, shiftedBefore, threshold, receivedTotals),
    byReferralKind: breakdown(keysWithLabels(REFERRAL_KIND_KEYS, [referrals.byKind, referralsBefore.byKind]),
      referrals.byKind, referralsBefore.byKind, threshold, referralTotals),
    byReferralOutcome: breakdown(keysWithLabels(REFERRAL_OUTCOME_KEYS, [referrals.byOutcome, referralsBefore.byOutcome]),
      referrals.byOutcome, referralsBefore.byOutcome, threshold, referralTotals),
    byAppointmentMode: breakdown(keysWithLabels(APPOINTMENT_MODE_KEYS, [appointments.byMode, appointmentsBefore.byMode]),
      appointments.byMode, appointmentsBefore.byMode, threshold, appointmentTotals),
    byAppointmentPlace: breakdown(keysWithLabels(APPOINTMENT_PLACE_KEYS, [appointments.byPlace, appointmentsBefore.byPlace]),
      appointments.byPlace, appointmentsBefore.byPlace, threshold, appointmentTotals),
    appointments: {
      total: figure(appointments.total, appointmentsBefore.total, threshold),
      // Both counts published first (rounded or masked): the rate says nothing they do not.
      noShowRate: rateMeasure([appointments.noShow, addTallies(appointments.held, appointments.noShow)],
        [appointmentsBefore.noShow, addTallies(appointmentsBefore.held, appointmentsBefore.noShow)], threshold),
      firstFreeSlot: figures.firstFreeSlot,
      firstFreeSlotWindowDays: FIRST_SLOT_WINDOW_DAYS,
      collectiveSessions: collectiveSessions && {
        held: figure(collectiveSessions.held, collectiveSessions.heldBefore, threshold),
        attendees: figure(collectiveSessions.attendees, collectiveSessions.attendeesBefore, threshold),
      },
    },
    referrals: {
      sent: figure(referrals.sent, referralsBefore.sent, threshold),
      declinedShare: rateMeasure([referrals.declined, referrals.sent], [referralsBefore.declined, referralsBefore.sent], threshold),
      answerMedianDays: delay(median, referrals.answerDays, referralsBefore.answerDays),
      answerP90Days: delay(p90, referrals.answerDays, referralsBefore.answerDays),
    },
    delays: {
      firstAnswerMedianDays: delay(median, received.firstAnswerDays, receivedBefore.firstAnswerDays),
      firstAnswerP90Days: delay(p90, received.firstAnswerDays, receivedBefore.firstAnswerDays),
      closureMedianDays: delay(median, closed.closureDays, closedBefore.closureDays),
      closureP90Days: delay(p90, closed.closureDays, closedBefore.closureDays),
      answeredWithinCommitmentShare: rateMeasure([first.withinCommitment, first.fallenDue], [firstBefore.withinCommitment, firstBefore.fallenDue], threshold),
      overdueOpen: publishCount(overdue, threshold),
    },
    satisfaction: {
      surveysSent: countMeasure(s.sent, p.sent, threshold),
      answers: countMeasure(s.answered, p.answered, threshold),
      responseRate: rateMeasure([s.answered, s.sent], [p.answered, p.sent], threshold),
      overallMean: mean(s.overallMean, p.overallMean),
      shareEightOrMore: rateMeasure([s.eightOrMore, s.answered], [p.eightOrMore, p.answered], threshold),
      netSatisfaction: netMeasure(s, p, threshold),
      ease: mean(s.itemMeans.ease, p.itemMeans.ease),
      delay: mean(s.itemMeans.delay, p.itemMeans.delay),
      listening: mean(s.itemMeans.listening, p.itemMeans.listening),
      clarity: mean(s.itemMeans.clarity, p.itemMeans.clarity),
      usefulness: mean(s.itemMeans.usefulness, p.itemMeans.usefulness),
    },
    workload: workload && presentWorkload(workload, threshold),
  };
}
