import type { Transaction } from 'kysely';
import type { DB, Executor } from '../../db/schema.ts';
import type { ActivityReport, Period } from '../../../shared/contracts/reports.ts';
import { countedThrough, yearEarlier } from './period.ts';
import { presentActivityReport, type ReceivedFigures } from './presenter.ts';
import {
  closedFigures, firstAnswerDelays, overdueOpen, receivedCounts, satisfactionFigures, workloadFigures,
} from './repository.ts';
import { referralFigures } from './referral-figures.ts';
import { appointmentFigures, collectiveSessionTallies, firstFreeSlots } from './appointment-figures.ts';
import type { ReportScope } from './scope.ts';

/**
 * The grouping of received requests needs a transaction of its own (its memory settings are
 * local to one); inside the monthly report's transaction, it uses that one.
 */
function inTransaction<T>(db: Executor, run: (trx: Transaction<DB>) => Promise<T>): Promise<T> {
  return db.isTransaction ? run(db as Transaction<DB>) : db.transaction().execute(run);
}

async function receivedFigures(db: Executor, scope: ReportScope, period: Period, now: Date): Promise<ReceivedFigures> {
  const [counts, firstAnswerDays] = await Promise.all([
    inTransaction(db, (trx) => receivedCounts(trx, scope, period, now)),
    firstAnswerDelays(db, scope, period),
  ]);
  return { ...counts, firstAnswerDays };
}

/**
 * Computes the activity report of a scope over a fixed period — up to yesterday when it is in
 * progress — beside the same period a year earlier, whole. The queries run side by side (on
 * several connections of the pool when there are).
 */
export async function buildActivityReport(db: Executor, input: {
  scope: ReportScope; period: Period; threshold: number; now?: Date; adviserName?: string | undefined;
}): Promise<ActivityReport> {
  const { scope, period } = input;
  const now = input.now ?? new Date();
  const previousPeriod = yearEarlier(period);
  const countedTo = countedThrough(period, now);
  // Before its first day when the period starts today: the queries then count nothing.
  const counted = { from: period.from, to: countedTo };
  const [received, receivedBefore, closed, closedBefore, overdue, satisfaction, satisfactionBefore, workload, referrals, appointments, firstFreeSlot, collectiveSessions] = await Promise.all([
    receivedFigures(db, scope, counted, now),
    receivedFigures(db, scope, previousPeriod, now),
    closedFigures(db, scope, counted),
    closedFigures(db, scope, previousPeriod),
    overdueOpen(db, scope, now),
    satisfactionFigures(db, scope, counted),
    satisfactionFigures(db, scope, previousPeriod),
    scope.level === 'national' || scope.level === 'academie' ? workloadFigures(db, scope) : Promise.resolve(null),
    referralFigures(db, scope, counted, previousPeriod),
    appointmentFigures(db, scope, counted, previousPeriod),
    firstFreeSlots(db, scope, now),
    collectiveSessionTallies(db, scope, counted, previousPeriod, now),
  ]);
  return presentActivityReport(
    { received, receivedBefore, closed, closedBefore, overdue, satisfaction, satisfactionBefore, workload, referrals: referrals.current, referralsBefore: referrals.previous,
      appointments: appointments.current, appointmentsBefore: appointments.previous, firstFreeSlot, collectiveSessions },
    { scope, period, countedTo, previousPeriod, threshold: input.threshold, now, adviserName: input.adviserName },
  );
}
