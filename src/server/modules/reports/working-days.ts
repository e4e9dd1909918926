import { isWorkingDay } from '../../calendar/working-days.ts';

const DAY_MS = 86_400_000;

/**
 * The working days from one Paris day to another, as the requests module counts a delay: the
 * first day excluded, the last included, weekends and the public holidays of the département
 * left out (working-days.ts of the requests module states the rule). 0 when `to` is not after
 * `from`. Days are `YYYY-MM-DD`.
 */
export function workingDaysBetweenDays(from: string, to: string, departementCode: string): number {
  const first = Date.parse(`${from}T12:00:00Z`);
  const last = Date.parse(`${to}T12:00:00Z`);
  let count = 0;
  // Noon UTC falls on the same day in Paris, summer and winter alike.
  for (let day = first + DAY_MS; day <= last; day += DAY_MS) if (isWorkingDay(new Date(day), { departementCode })) count += 1;
  return count;
}
