import { sql } from 'kysely';
import type { Executor } from '../../db/schema.ts';
import type { OfficeHourScope } from '../../policies/index.ts';

/** The office hour's columns and its adviser's name. */
export function officeHoursWithAdviser(db: Executor) {
  return db.selectFrom('office_hours as o').innerJoin('persons as adviser', 'adviser.id', 'o.adviser_id')
    .selectAll('o').select('adviser.display_name as adviser_name');
}
export type OfficeHourRow = Awaited<ReturnType<ReturnType<typeof officeHoursWithAdviser>['executeTakeFirstOrThrow']>>;

/** The office hours a person manages (`officeHourScope`): their own, those of their territory. None without a scope. */
export function officeHoursVisibleTo(db: Executor, scope: OfficeHourScope) {
  return officeHoursWithAdviser(db).where((eb) => eb.or([
    ...(scope.adviserId ? [eb('o.adviser_id', '=', scope.adviserId)] : []),
    ...(scope.departementsIn.everywhere ? [eb.val(true)]
      : scope.departementsIn.departements.length ? [eb('o.departement_code', 'in', scope.departementsIn.departements)] : []),
    eb.val(false),
  ]));
}

/** The open office hours where slots are searched. */
export async function findOpenOfficeHours(db: Executor, filter: { departementCode: string; mode?: string | undefined; reason?: string | undefined; id?: string | undefined }) {
  let query = officeHoursWithAdviser(db).where('o.closed_at', 'is', null).where('o.departement_code', '=', filter.departementCode)
    .where('adviser.active', '=', true);
  if (filter.id) query = query.where('o.id', '=', filter.id);
  if (filter.reason) query = query.where(sql<boolean>`o.reasons ? ${filter.reason}`);
  if (filter.mode === 'visio') query = query.where('o.place_kind', '=', 'visio');
  else if (filter.mode === 'phone') query = query.where('o.place_kind', '=', 'phone');
  else if (filter.mode === 'in_person') query = query.where('o.place_kind', 'in', ['establishment', 'dsden', 'rectorat']);
  return query.orderBy('o.id').execute();
}

/** The advisers' absence days that meet [fromDay, toDay]. */
export async function findAbsences(db: Executor, adviserIds: string[], fromDay: string, toDay: string) {
  if (adviserIds.length === 0) return [];
  return db.selectFrom('adviser_absences').select(['adviser_id', 'starts_on', 'ends_on'])
    .where('adviser_id', 'in', adviserIds).where('ends_on', '>=', fromDay).where('starts_on', '<=', toDay).execute();
}

/** An appointment lasts one slot of an office hour, and an office hour at most 12 hours: always less than this. */
const LONGEST_APPOINTMENT_MS = 86_400_000;

/** The advisers' live appointments that meet [from, to). */
export async function findBookedTimes(db: Executor, adviserIds: string[], from: Date, to: Date) {
  if (adviserIds.length === 0) return [];
  return db.selectFrom('appointments').select(['adviser_id', 'starts_at', 'ends_at'])
    .where('adviser_id', 'in', adviserIds).where('status', '<>', 'cancelled')
    .where('starts_at', '<', to).where('ends_at', '>', from)
    // The same rows, but the index (adviser, start) is read from just before `from`, not from the adviser's first
    // appointment years ago: without it, a search read every past appointment of the département's advisers.
    .where('starts_at', '>', new Date(from.getTime() - LONGEST_APPOINTMENT_MS))
    .execute();
}

/** An appointment with its adviser's and agent's names. */
export function appointmentsWithPeople(db: Executor) {
  return db.selectFrom('appointments as a')
    .innerJoin('persons as adviser', 'adviser.id', 'a.adviser_id')
    .innerJoin('persons as agent', 'agent.id', 'a.agent_id')
    .selectAll('a')
    .select(['adviser.display_name as adviser_name', 'adviser.email as adviser_email', 'agent.display_name as agent_name', 'agent.email as agent_email']);
}
export type AppointmentRow = Awaited<ReturnType<ReturnType<typeof appointmentsWithPeople>['executeTakeFirstOrThrow']>>;

/** The appointments a person sees: theirs as the agent, theirs as the adviser. Nothing else, ever. */
export function appointmentsVisibleTo(db: Executor, personId: string) {
  return appointmentsWithPeople(db).where((eb) => eb.or([eb('a.agent_id', '=', personId), eb('a.adviser_id', '=', personId)]));
}

/** The académie's delay for an agent to cancel online, in hours (24 unless it set its own). */
export async function agentCancelHours(db: Executor, academieCode: string): Promise<number> {
  const row = await db.selectFrom('appointment_settings').select('agent_cancel_hours').where('academie_code', '=', academieCode).executeTakeFirst();
  return row?.agent_cancel_hours ?? DEFAULT_AGENT_CANCEL_HOURS;
}
export const DEFAULT_AGENT_CANCEL_HOURS = 24;
