/**
 * The contract of the reports module (« Pilotage »): the activity report of a scope over a
 * fixed period (month, quarter, calendar year, school year), its exports, and the scopes a
 * caller may open. Counts from 1 to the threshold are masked (`count: null`), the others rounded
 * to a multiple of 10: docs/decisions/0008-statistical-disclosure.md.
 */
import { Type, type Static } from 'typebox';
import { DateTime, nullable, oneOf } from './common.ts';

export const REPORT_LEVELS = ['national', 'academie', 'departement', 'adviser'] as const;
export type ReportLevel = (typeof REPORT_LEVELS)[number];

/**
 * A report's day: pattern only, the server checks the date exists and that `from`–`to` is one
 * month, quarter, calendar year or school year (with a French message).
 */
const ReportDay = Type.String({ pattern: '^\\d{4}-\\d{2}-\\d{2}$', description: 'AAAA-MM-JJ (heure de Paris)' });

export const ReportQuery = Type.Object({
  level: oneOf(REPORT_LEVELS),
  code: Type.Optional(Type.String({ minLength: 1, maxLength: 20 })),
  from: Type.Optional(ReportDay),
  to: Type.Optional(ReportDay),
}, { additionalProperties: false });
export type ReportQuery = Static<typeof ReportQuery>;

/** A scope the caller may open a report on, for the picker. */
export const ReportScopeOption = Type.Object({ level: Type.String(), code: Type.String(), label: Type.String() });
export type ReportScopeOption = Static<typeof ReportScopeOption>;
export const ReportScopes = Type.Array(ReportScopeOption);
export type ReportScopes = Static<typeof ReportScopes>;

/**
 * Why a count is not shown: from 1 to the threshold, or any count of a breakdown whose total is
 * itself masked (`withheld`: 0 to the threshold, so that zeros do not show where the few are).
 */
export const MASK_REASONS = ['small', 'withheld'] as const;
export type MaskReason = (typeof MASK_REASONS)[number];

// Property order follows the server's objects, so the JSON reads as before the contract.
const maskedCountProperties = {
  /** null when masked (« < 5 », or « secret » when withheld), else a multiple of 10 (0 is 0). */
  count: nullable(Type.Integer()),
  masked: Type.Optional(Type.Literal(true)),
  maskReason: Type.Optional(oneOf(MASK_REASONS)),
};
export const MaskedCount = Type.Object(maskedCountProperties);
export type MaskedCount = Static<typeof MaskedCount>;

/** A total, beside the same period a year earlier. */
export const Figure = Type.Object({ ...maskedCountProperties, previous: MaskedCount });
export type Figure = Static<typeof Figure>;

/** One key of a breakdown; `share` (0–1) is null when the count is hidden. */
export const BreakdownItem = Type.Object({
  key: Type.String(),
  label: Type.String(),
  ...maskedCountProperties,
  share: nullable(Type.Number()),
  previous: Type.Object({ ...maskedCountProperties, share: nullable(Type.Number()) }),
});
export type BreakdownItem = Static<typeof BreakdownItem>;

const MeasureValue = { value: nullable(Type.Number()), masked: Type.Optional(Type.Literal(true)) };
/** A mean, percentile or rate: withheld (`masked`) when too few people stand behind it. */
export const Measure = Type.Object({ ...MeasureValue, previous: Type.Object(MeasureValue) });
export type Measure = Static<typeof Measure>;

export const Period = Type.Object({ from: Type.String(), to: Type.String() });
export type Period = Static<typeof Period>;

const Breakdown = Type.Array(BreakdownItem);

export const ActivityReport = Type.Object({
  /** `code` is « moi » for an adviser's own report. */
  scope: Type.Object({ level: oneOf(REPORT_LEVELS), code: Type.String(), label: Type.String() }),
  period: Period,
  /** The last day counted: the period's end, or yesterday (Paris) for a period in progress. */
  countedTo: Type.String(),
  /** The same fixed period a year earlier, whole. */
  previousPeriod: Period,
  /** Counts from 1 to this are masked. */
  threshold: Type.Integer(),
  /** When the figures were computed (a report may be served from a one-minute memory). */
  generatedAt: DateTime,
  totals: Type.Object({ received: Figure, open: Figure, closed: Figure, reopened: Figure }),
  byTopic: Breakdown,
  byResponseType: Breakdown,
  byCategory: Breakdown,
  byGender: Breakdown,
  byAgeBand: Breakdown,
  byChannel: Breakdown,
  byTerritory: Breakdown,
  byMonth: Breakdown,
  /**
   * The referrals sent in the period (withdrawn ones left out) of the requests of the scope (their
   * département or académie; an adviser's: the requests assigned to them), by kind of contact
   * point, and by outcome (`none`: « sans suite connue », declined or still awaited).
   */
  byReferralKind: Breakdown,
  byReferralOutcome: Breakdown,
  referrals: Type.Object({
    /** The referrals sent in the period: the total of both breakdowns above. */
    sent: Figure,
    /** Share (0–1) of them the contact point declined, from published counts. */
    declinedShare: Measure,
    /**
     * Working days from the day a referral was sent (not counted) to the day of its target's
     * answer (its outcome, or its decline), for the referrals of the period answered so far;
     * withheld when 1 to the threshold stand behind it.
     */
    answerMedianDays: Measure,
    answerP90Days: Measure,
  }),
  /**
   * The appointments (issue 14) whose start falls in the period, cancelled ones left out, of the
   * scope (their département or académie; an adviser's: their own), by mode and by kind of place.
   */
  byAppointmentMode: Breakdown,
  byAppointmentPlace: Breakdown,
  appointments: Type.Object({
    /** The appointments of the period: the total of both breakdowns above. */
    total: Figure,
    /** No-shows over appointments held or missed (excused absences and those still to mark left out), from published counts. */
    noShowRate: Measure,
    /**
     * Now, whatever the period: for each département of the scope (none for an adviser's own
     * report), its open office hours and the days from today to the first slot an agent could
     * book (null: none in the next `FIRST_SLOT_WINDOW_DAYS` days). Not a count of people: never masked.
     */
    firstFreeSlot: Type.Array(Type.Object({
      code: Type.String(), label: Type.String(), officeHours: Type.Integer(), days: nullable(Type.Integer()),
    })),
    /** How many days ahead the first free slot is searched. */
    firstFreeSlotWindowDays: Type.Integer(),
    /**
     * Collective information sessions held in the period and their attendees (« information
     * collective »): sessions not cancelled whose start falls in the period and that are over,
     * and the people marked present; counts masked and rounded like the others (null: not computed).
     */
    collectiveSessions: nullable(Type.Object({ held: Figure, attendees: Figure })),
  }),
  delays: Type.Object({
    /** Working days from the day of the request (not counted) to the first answer; null when no request was answered. */
    firstAnswerMedianDays: Measure,
    firstAnswerP90Days: Measure,
    closureMedianDays: Measure,
    closureP90Days: Measure,
    /**
     * Share (0–1) of the requests received in the period whose first answer has fallen due, as of
     * the start of today (Paris), that were answered within the announced delay: one answered
     * late, or left unanswered past its date, counts as missed; one still within its delay, or
     * waiting for the agent, is not counted yet (the Marianne commitment).
     */
    answeredWithinCommitmentShare: Measure,
    /** Open requests past their first-answer date, now. */
    overdueOpen: MaskedCount,
  }),
  satisfaction: Type.Object({
    surveysSent: Measure,
    answers: Measure,
    responseRate: Measure,
    overallMean: Measure,
    shareEightOrMore: Measure,
    netSatisfaction: Measure,
    ease: Measure,
    delay: Measure,
    listening: Measure,
    clarity: Measure,
    usefulness: Measure,
  }),
  /**
   * Open requests per adviser, as a distribution, never a name (académie scope and above).
   * Counts of requests are published like every count: null from 1 to the threshold.
   */
  workload: nullable(Type.Object({
    advisers: Type.Integer(),
    openAssigned: nullable(Type.Integer()),
    medianOpenPerAdviser: nullable(Type.Number()),
    maxOpenPerAdviser: nullable(Type.Integer()),
    unassignedOpen: nullable(Type.Integer()),
  })),
});
export type ActivityReport = Static<typeof ActivityReport>;

/** The names of a report's breakdowns (`byTopic`…). */
export type BreakdownKey = { [K in keyof ActivityReport]: ActivityReport[K] extends BreakdownItem[] ? K : never }[keyof ActivityReport];
