import { sql, type Expression, type ExpressionBuilder, type Kysely, type SqlBool, type Transaction } from 'kysely';
import type { DB, Executor } from '../../db/schema.ts';
import type { CurrentUser } from '../../auth/current-user.ts';
import { requestVisibility } from '../../policies/index.ts';
import type { Scope } from '../../../shared/territories.ts';

type RequestsEB = ExpressionBuilder<DB & { r: DB['requests'] }, 'r'>;

/**
 * The only WHERE through which requests are read. It needs a user and grants nothing by
 * default: a person with no role that sees requests gets `false`, never everything.
 * Mirrors `request.read` (policies/requests.ts) for lists; a test keeps the two in step.
 */
export function visibleTo(user: CurrentUser) {
  const seen = requestVisibility(user);
  return (eb: RequestsEB): Expression<SqlBool> => {
    const inScope = (scope: Scope) => (scope.everywhere ? eb.val(true) : scope.departements.length
      ? eb('r.departement_code', 'in', scope.departements) : eb.val(false));
    const allowed: Expression<SqlBool>[] = [];
    if (seen.agentId) allowed.push(eb('r.agent_id', '=', seen.agentId));
    if (seen.assigneeId) allowed.push(eb('r.assignee_id', '=', seen.assigneeId));
    if (seen.unassignedIn.everywhere || seen.unassignedIn.departements.length) {
      allowed.push(eb.and([eb('r.assignee_id', 'is', null), inScope(seen.unassignedIn)]));
    }
    if (seen.allIn.everywhere || seen.allIn.departements.length) allowed.push(inScope(seen.allIn));
    return allowed.length ? eb.or(allowed) : eb.val(false);
  };
}

export interface RequestListFilters {
  status?: string | undefined;
  topic?: string | undefined;
  assignedToMe?: boolean | undefined;
  unassigned?: boolean | undefined;
  overdue?: boolean | undefined;
  dueBefore?: Date | undefined;
  departementCode?: string | undefined;
  /**
   * A reference (AMI-2026-000042) or the beginning of an agent's name or e-mail. Never words of
   * the subject: it is content, which some who see the request may not read.
   */
  search?: string | undefined;
  /** Only the requests with news for the caller (see `hasNews`). */
  unread?: NewsScope | undefined;
  sort: 'newest' | 'due';
  after?: [string, string] | undefined;
  limit: number;
  now: Date;
}

const listColumns = [
  'r.id', 'r.reference', 'r.topic', 'r.subject', 'r.status', 'r.sensitive', 'r.channel', 'r.created_at',
  'r.acknowledged_at', 'r.first_response_due_at', 'r.first_responded_at', 'r.closed_at', 'r.response_type',
  'r.agent_id', 'r.assignee_id', 'r.departement_code', 'r.academie_code', 'r.paused_at',
  'agent.display_name as agent_name', 'assignee.display_name as assignee_name',
] as const;

/**
 * Was this sensitive request shared with the user (or opened by exception)? The policy needs it
 * to decide whether they read the content — the subject line included, so lists select it too.
 */
const sharedWith = (user: CurrentUser) => (eb: RequestsEB) => eb.exists(eb.selectFrom('request_shares as s').select('s.person_id')
  .whereRef('s.request_id', '=', 'r.id').where('s.person_id', '=', user.id)).as('shared_with_viewer');

const FAR_FUTURE = new Date('9999-12-31T00:00:00Z');

/** Whose news a person follows: their own requests (an agent), or those assigned to them (staff). */
export type NewsScope = 'own' | 'assigned';

/**
 * « Not closed », written as a literal rather than a parameter: the partial indexes on open
 * requests (`where status <> 'closed'`) then serve the prepared statement's generic plan, which
 * is planned once instead of at every call.
 */
const notClosed = sql<SqlBool>`r.status <> 'closed'`;

/**
 * « Du nouveau »: the one rule of the unread counter, of the `unread` filter and of the mark on
 * each listed request. Something happened since the person last opened the request (or they
 * never did), on their own requests (an agent) or on those assigned to them and not closed (staff:
 * a closed request is no longer work waiting for them; reopened, it counts again).
 */
const hasNews = (user: CurrentUser, scope: NewsScope) => (eb: RequestsEB) => eb.and([
  scope === 'own' ? eb('r.agent_id', '=', user.id) : eb.and([eb('r.assignee_id', '=', user.id), notClosed]),
  eb.not(eb.exists(eb.selectFrom('request_reads as rr').select('rr.request_id')
    .whereRef('rr.request_id', '=', 'r.id').where('rr.person_id', '=', user.id)
    .whereRef('rr.read_at', '>=', 'r.last_activity_at'))),
]);

function filtered(db: Kysely<DB>, user: CurrentUser, f: Omit<RequestListFilters, 'sort' | 'after' | 'limit'>) {
  let query = db.selectFrom('requests as r')
    .innerJoin('persons as agent', 'agent.id', 'r.agent_id')
    .leftJoin('persons as assignee', 'assignee.id', 'r.assignee_id')
    .where(visibleTo(user));
  if (f.status === 'active') query = query.where(notClosed);
  else if (f.status) query = query.where('r.status', '=', f.status as never);
  if (f.topic) query = query.where('r.topic', '=', f.topic as never);
  if (f.assignedToMe) query = query.where('r.assignee_id', '=', user.id);
  if (f.unassigned) query = query.where('r.assignee_id', 'is', null);
  if (f.departementCode) query = query.where('r.departement_code', '=', f.departementCode);
  if (f.overdue || f.dueBefore) {
    query = query.where(notClosed).where('r.first_responded_at', 'is', null)
      .where('r.first_response_due_at', '<', f.overdue ? f.now : f.dueBefore!);
  }
  if (f.unread) query = query.where(hasNews(user, f.unread));
  if (f.search) {
    const term = f.search.trim();
    if (/^[A-Za-z]{3}-\d{4}-\d{1,6}$/.test(term)) {
      query = query.where('r.reference', '=', term.toUpperCase());
    } else {
      const pattern = `${term.toLowerCase().replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
      query = query.where((eb) => eb.or([
        eb(eb.fn('lower', ['agent.display_name']), 'like', pattern),
        eb(eb.fn('lower', ['agent.family_name']), 'like', pattern),
        eb(eb.fn('lower', ['agent.email']), 'like', pattern),
      ]));
    }
  }
  return query;
}

export async function findRequestsVisibleTo(db: Kysely<DB>, user: CurrentUser, filters: RequestListFilters & { newsFor: NewsScope }) {
  let query = filtered(db, user, filters).select(listColumns).select(sharedWith(user))
    .select((eb) => hasNews(user, filters.newsFor)(eb).as('has_news'));
  if (filters.sort === 'due') {
    const due = sql<Date>`coalesce(r.first_response_due_at, ${FAR_FUTURE})`;
    if (filters.after) {
      const [at, id] = filters.after;
      query = query.where((eb) => eb.or([eb(due, '>', new Date(at)), eb.and([eb(due, '=', new Date(at)), eb('r.id', '>', id)])]));
    }
    return query.orderBy(due).orderBy('r.id').limit(filters.limit + 1).execute();
  }
  if (filters.after) {
    const [at, id] = filters.after;
    query = query.where((eb) => eb.or([
      eb('r.created_at', '<', new Date(at)),
      eb.and([eb('r.created_at', '=', new Date(at)), eb('r.id', '<', id)]),
    ]));
  }
  return query.orderBy('r.created_at', 'desc').orderBy('r.id', 'desc').limit(filters.limit + 1).execute();
}

/** How many visible requests each inbox filter would show (one query). */
export async function countRequestsVisibleTo(db: Kysely<DB>, user: CurrentUser, now: Date, weekEnd: Date) {
  const awaiting = sql`r.status <> 'closed' and r.first_responded_at is null`;
  return filtered(db, user, { now })
    .select([
      sql<number>`count(*) filter (where r.status <> 'closed')`.as('active'),
      sql<number>`count(*) filter (where r.status = 'open')`.as('open'),
      sql<number>`count(*) filter (where r.status = 'in_progress')`.as('in_progress'),
      sql<number>`count(*) filter (where r.status = 'waiting_agent')`.as('waiting_agent'),
      sql<number>`count(*) filter (where r.status = 'closed')`.as('closed'),
      sql<number>`count(*) filter (where ${awaiting} and r.first_response_due_at < ${now})`.as('overdue'),
      sql<number>`count(*) filter (where ${awaiting} and r.first_response_due_at < ${weekEnd})`.as('due_this_week'),
      sql<number>`count(*) filter (where r.status <> 'closed' and r.assignee_id = ${user.id})`.as('assigned_to_me'),
      sql<number>`count(*) filter (where r.status <> 'closed' and r.assignee_id is null)`.as('unassigned'),
    ])
    .executeTakeFirstOrThrow();
}

/** Requests with news the reader has not opened since (unread counter): the `unread` filter's rows, counted. */
export async function countUnreadFor(db: Kysely<DB>, user: CurrentUser, scope: NewsScope, now: Date) {
  const row = await filtered(db, user, { now, unread: scope })
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  return row.n;
}

export async function findRequestVisibleTo(db: Executor, user: CurrentUser, id: string) {
  return requestVisibleTo(db, user, id).executeTakeFirst();
}

/** The query of one request with what its detail shows, if the user may see it. */
export function requestVisibleTo(db: Executor, user: CurrentUser, id: string) {
  return db.selectFrom('requests as r')
    .innerJoin('persons as agent', 'agent.id', 'r.agent_id')
    .leftJoin('persons as assignee', 'assignee.id', 'r.assignee_id')
    .leftJoin('establishments as workplace', 'workplace.uai', 'agent.establishment_uai')
    .select([...listColumns, 'workplace.name as agent_establishment_name', 'r.description', 'r.contact_preference', 'r.consent_to_share', 'r.closing_summary', 'r.anonymised_at',
      'agent.category as agent_category', 'agent.email as agent_email', 'agent.phone as agent_phone', 'agent.establishment_uai as agent_uai',
      'agent.employment_status as agent_status'])
    .select(sharedWith(user))
    .where('r.id', '=', id)
    .where(visibleTo(user));
}

/**
 * A request the user may see, locked for the change about to be made, with the facts its
 * policy decides on. Undefined when it does not exist or is not visible.
 */
export async function lockRequestVisibleTo(trx: Transaction<DB>, user: CurrentUser, id: string) {
  return trx.selectFrom('requests as r')
    .select(['r.id', 'r.reference', 'r.agent_id', 'r.assignee_id', 'r.departement_code', 'r.academie_code', 'r.sensitive', 'r.status',
      'r.subject', 'r.topic', 'r.created_at', 'r.closed_at', 'r.first_responded_at', 'r.first_response_due_at', 'r.paused_at', 'r.anonymised_at'])
    .select(sharedWith(user))
    .where('r.id', '=', id)
    .where(visibleTo(user))
    .forUpdate('r')
    .executeTakeFirst();
}

/** Marks activity on a request (unread counters compare against it). */
export async function touchRequest(db: Executor, id: string, at: Date) {
  await db.updateTable('requests').set({ last_activity_at: at }).where('id', '=', id).execute();
}

/** Is this the agent's own request? (Only they are told who read it.) */
export async function isOwnRequest(db: Executor, user: CurrentUser, id: string) {
  const row = await db.selectFrom('requests').select('id').where('id', '=', id).where('agent_id', '=', user.id).executeTakeFirst();
  return row !== undefined;
}

/** The staff reads of a request in the audit log (and openings by exception), newest first, others than `exceptId`. */
export function findReadsOf(db: Executor, requestId: string, exceptId: string) {
  return db.selectFrom('audit_log as a')
    .leftJoin('persons as p', 'p.id', 'a.actor_id')
    .select(['a.occurred_at', 'a.actor_id', 'a.actor_role', 'a.action', 'p.display_name'])
    .where('a.target_type', '=', 'request').where('a.target_id', '=', requestId)
    .where('a.action', 'in', ['request.read', 'request.break_glass'])
    .where('a.actor_id', '!=', exceptId)
    .orderBy('a.occurred_at', 'desc').orderBy('a.id', 'desc').limit(500)
    .execute();
}

/** A listed request; `has_news` only in lists (a detail is being opened: it is read now). */
export type RequestListRow = Omit<Awaited<ReturnType<typeof findRequestsVisibleTo>>[number], 'has_news'> & { has_news?: SqlBool };
export type RequestDetailRow = NonNullable<Awaited<ReturnType<typeof findRequestVisibleTo>>>;
