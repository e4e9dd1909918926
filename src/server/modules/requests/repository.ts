import { sql, type Expression, type ExpressionBuilder, type Kysely, type SqlBool } from 'kysely';
import type { DB } from '../../db/schema.ts';
import { grantsOf, hasRole, type CurrentUser } from '../../auth/current-user.ts';
import { departementsCovered } from '../../policies/territory.ts';

type RequestsEB = ExpressionBuilder<DB & { r: DB['requests'] }, 'r'>;

/**
 * The only WHERE through which requests are read. It needs a user and grants nothing by
 * default: a person with no role that sees requests gets `false`, never everything.
 * Mirrors `canOnRequest` (policies/request.ts) for lists; a test keeps the two in step.
 */
export function visibleTo(user: CurrentUser) {
  return (eb: RequestsEB): Expression<SqlBool> => {
    const allowed: Expression<SqlBool>[] = [];
    if (hasRole(user, 'agent')) allowed.push(eb('r.agent_id', '=', user.id));
    for (const grant of grantsOf(user, 'adviser')) {
      const depts = departementsCovered(grant);
      allowed.push(eb('r.assignee_id', '=', user.id));
      const unassigned = eb('r.assignee_id', 'is', null);
      allowed.push(depts === null ? unassigned : depts.length ? eb.and([unassigned, eb('r.departement_code', 'in', depts)]) : eb.val(false));
    }
    for (const grant of grantsOf(user, 'coordinator')) {
      const depts = departementsCovered(grant);
      allowed.push(depts === null ? eb.val(true) : depts.length ? eb('r.departement_code', 'in', depts) : eb.val(false));
    }
    return allowed.length ? eb.or(allowed) : eb.val(false);
  };
}

export interface RequestListFilters {
  status?: string | undefined;
  topic?: string | undefined;
  assignedToMe?: boolean | undefined;
  overdue?: boolean | undefined;
  after?: { createdAt: string; id: string } | undefined;
  limit: number;
}

const listColumns = [
  'r.id', 'r.reference', 'r.topic', 'r.subject', 'r.status', 'r.sensitive', 'r.channel', 'r.created_at',
  'r.acknowledged_at', 'r.first_response_due_at', 'r.first_responded_at', 'r.closed_at', 'r.response_type',
  'r.agent_id', 'r.assignee_id', 'r.departement_code', 'r.academie_code',
  'agent.display_name as agent_name', 'assignee.display_name as assignee_name',
] as const;

export async function findRequestsVisibleTo(db: Kysely<DB>, user: CurrentUser, filters: RequestListFilters) {
  let query = db.selectFrom('requests as r')
    .innerJoin('persons as agent', 'agent.id', 'r.agent_id')
    .leftJoin('persons as assignee', 'assignee.id', 'r.assignee_id')
    .select(listColumns)
    .where(visibleTo(user));
  if (filters.status) query = query.where('r.status', '=', filters.status as never);
  if (filters.topic) query = query.where('r.topic', '=', filters.topic as never);
  if (filters.assignedToMe) query = query.where('r.assignee_id', '=', user.id);
  if (filters.overdue) {
    query = query.where('r.status', '!=', 'closed').where('r.first_responded_at', 'is', null)
      .where('r.first_response_due_at', '<', sql<Date>`now()`);
  }
  if (filters.after) {
    const { createdAt, id } = filters.after;
    query = query.where((eb) => eb.or([
      eb('r.created_at', '<', new Date(createdAt)),
      eb.and([eb('r.created_at', '=', new Date(createdAt)), eb('r.id', '<', id)]),
    ]));
  }
  return query.orderBy('r.created_at', 'desc').orderBy('r.id', 'desc').limit(filters.limit + 1).execute();
}

export async function findRequestVisibleTo(db: Kysely<DB>, user: CurrentUser, id: string) {
  return db.selectFrom('requests as r')
    .innerJoin('persons as agent', 'agent.id', 'r.agent_id')
    .leftJoin('persons as assignee', 'assignee.id', 'r.assignee_id')
    .select([...listColumns, 'r.description', 'r.contact_preference', 'r.consent_to_share', 'r.closing_summary'])
    .where('r.id', '=', id)
    .where(visibleTo(user))
    .executeTakeFirst();
}

export type RequestListRow = Awaited<ReturnType<typeof findRequestsVisibleTo>>[number];
export type RequestDetailRow = NonNullable<Awaited<ReturnType<typeof findRequestVisibleTo>>>;
