import { addWorkingDays, extendDueDateForPause, reminderDate, workingDaysBetween } from '../../calendar/working-days.ts';

/**
 * The request module's view of its commitments, over the working-day arithmetic
 * (working-days.ts states the rule: the submission day never counts; due at the end of the
 * N-th working day after it, in Paris time; holidays of the agent's département).
 */
export function firstResponseDueAt(submittedAt: Date, commitmentDays: number, departementCode: string): Date {
  return addWorkingDays(submittedAt, commitmentDays, { departementCode });
}

/** Working days from the submission (or any instant) to `to`, for the reports' delays. */
export function elapsedWorkingDays(from: Date, to: Date, departementCode: string): number {
  return Math.max(0, workingDaysBetween(from, to, { departementCode }));
}

/** The due date after a pause (waiting for the agent), pushed by the working days it covered. */
export function dueAfterPause(due: Date, pausedAt: Date, resumedAt: Date, departementCode: string): Date {
  return extendDueDateForPause(due, { from: pausedAt, to: resumedAt }, { departementCode });
}

/** When to send the holding message, `daysBefore` working days before the due day. */
export function holdingMessageDate(due: Date, daysBefore: number, departementCode: string): Date {
  return reminderDate(due, daysBefore, { departementCode });
}
