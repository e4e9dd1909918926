const parisDay = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Paris', year: 'numeric', month: '2-digit', day: '2-digit' });

/** The calendar day of an instant in Europe/Paris, as 'YYYY-MM-DD' (store UTC, reason in Paris time). */
export function parisDate(instant: Date): string {
  return parisDay.format(instant);
}

/** The year of an instant in Europe/Paris (request references are numbered per year). */
export function parisYear(instant: Date): number {
  return Number(parisDate(instant).slice(0, 4));
}
